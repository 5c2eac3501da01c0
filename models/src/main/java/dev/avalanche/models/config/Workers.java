package dev.avalanche.models.config;

/**
 * The workers of one server process.
 *
 * @param model how concurrent requests are carried
 * @param size the most requests one process serves at once; 0 means unbounded (virtual threads only)
 * @param memoryBytesPerWorker resident memory one worker costs (stack, interpreter state), for the summary
 */
public record Workers(Model model, int size, long memoryBytesPerWorker) {

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
    }

    public boolean unbounded() {
        return size == 0;
    }
}
