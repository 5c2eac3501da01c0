package dev.avalanche.models.config;

import java.util.Optional;

/**
 * The workers of one server process.
 *
 * @param model how concurrent requests are carried
 * @param size the most requests one process serves at once; 0 means unbounded (virtual threads only)
 * @param memoryBytesPerWorker resident memory one worker costs (stack, interpreter state), for the summary
 * @param gil threads only: CPython's lock, under which one thread of a process runs Python at a
 *     time; empty: threads whose CPU bursts run side by side (native code, Java, Go...)
 */
public record Workers(Model model, int size, long memoryBytesPerWorker, Optional<Gil> gil) {

    /**
     * {@code THREADS}: one OS thread per request, the CPU bursts of all threads of a host share its
     * cores. {@code GREENLETS}: gevent, every request of a process on ONE OS thread, so CPU bursts
     * inside a process run one at a time while I/O waits overlap. {@code VIRTUAL_THREADS}: Java
     * virtual threads, CPU bursts on as many carrier threads as the host has cores.
     */
    public enum Model {
        THREADS, GREENLETS, VIRTUAL_THREADS
    }

    public Workers {
        Check.present("model", model);
        if (size < 0 || (size == 0 && model != Model.VIRTUAL_THREADS)) {
            throw Check.invalid("size", size, model == Model.VIRTUAL_THREADS
                    ? "an integer >= 0 (0: unbounded)" : "an integer >= 1");
        }
        Check.atLeast("memory", memoryBytesPerWorker, 0);
        gil = gil == null ? Optional.empty() : gil;
        if (gil.isPresent() && model != Model.THREADS) {
            throw Check.invalid("gil", "a lock for " + model.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    "a gil only with model threads (greenlets and virtual threads run one burst per carrier already)");
        }
    }

    /** Workers without a GIL. */
    public Workers(Model model, int size, long memoryBytesPerWorker) {
        this(model, size, memoryBytesPerWorker, Optional.empty());
    }

    public boolean unbounded() {
        return size == 0;
    }
}
