package dev.avalanche.models.config;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distribution;
import java.util.List;
import java.util.Optional;

/**
 * What serving one request takes: a CPU burst, then the third-party calls in order, then the
 * local steps (database, cache) of fixed latency, then a second CPU burst that builds and writes
 * the response.
 *
 * @param cpu CPU seconds of the request's own work before its calls; empty: none
 * @param cpuAfter CPU seconds after its calls and local steps (rendering and writing the
 *     response); empty: none. Only a request whose calls succeeded does it.
 */
public record RequestWork(Optional<Distribution> cpu, List<Call> calls, List<LocalStep> local, Optional<Distribution> cpuAfter) {

    /** {@code count} calls to {@code service}, one after another or all at once. */
    public record Call(String service, int count, Mode mode) {
        public enum Mode {
            SEQUENTIAL, PARALLEL
        }

        public Call {
            Check.present("service", service);
            Check.atLeast("count", count, 1);
            Check.present("mode", mode);
        }
    }

    /** A step of fixed latency that waits without using CPU (a database or cache round trip). */
    public record LocalStep(String name, SimDuration latency) {
        public LocalStep {
            Check.present("name", name);
            Check.nonNegative("latency", latency);
        }
    }

    /** Work with no CPU after the calls. */
    public RequestWork(Optional<Distribution> cpu, List<Call> calls, List<LocalStep> local) {
        this(cpu, calls, local, Optional.empty());
    }

    public RequestWork {
        cpu = cpu == null ? Optional.empty() : cpu;
        cpuAfter = cpuAfter == null ? Optional.empty() : cpuAfter;
        calls = calls == null ? List.of() : List.copyOf(calls);
        local = local == null ? List.of() : List.copyOf(local);
    }
}
