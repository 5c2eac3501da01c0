package dev.avalanche.bridge.probe;

import dev.avalanche.bridge.HostLimits;
import dev.avalanche.models.fit.Calibration;
import dev.avalanche.models.fit.ConcurrencyLimit;
import dev.avalanche.models.fit.ServiceTimeFit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.DoubleStream;

/**
 * Calibrates a running service, in four bounded phases sharing {@link ProbeOptions#maxTime()}: a
 * short warm-up; a closed loop at concurrency 1, 2, 4 ... until a doubling raises the throughput
 * by less than {@link ConcurrencyLimit#PLATEAU_GAIN} (the service time at low load is sampled from
 * the steps below half the limit, the CPU of the service's processes read around the steps); a
 * burst of about twice the limit at once, whose first wave counts the limit (sent again, up to
 * {@value #BURSTS} times in all, while its waves blur); idle connections
 * beyond it ({@link ListenQueueProbe}). A phase that runs out of its share of the time ends with
 * what it measured, which the notes say.
 */
public final class ServiceProbe {

    /** Each step's clients send at least this many requests back to back. */
    static final int MIN_ROUNDS = 5;
    /** ... and for at least this long (seconds), so that a fast service is measured over many requests. */
    static final double MIN_STEP_SECONDS = 0.5;
    /** ... and at most this many. */
    static final int MAX_ROUNDS = 2000;
    /** A burst whose waves blur is sent at most this many times in all. */
    static final int BURSTS = 3;

    private ServiceProbe() {
    }

    /**
     * Probes {@code opts.target()}, saying what it does on {@code progress} (one line per phase and step).
     *
     * @throws IllegalArgumentException when a given pid does not exist, or no request succeeded
     * @throws InterruptedException when interrupted; every connection is closed first
     */
    public static Calibration run(ProbeOptions opts, Consumer<String> progress) throws InterruptedException {
        ProcessTreeCpu procs = new ProcessTreeCpu(Path.of("/proc"));
        for (long pid : opts.pids()) {
            if (!procs.exists(pid)) {
                throw new IllegalArgumentException("pid: got " + pid + ", no such process on this host; allowed the id of a running process of the service");
            }
        }
        long start = System.nanoTime();
        long total = opts.maxTime().toNanos();
        List<String> notes = new ArrayList<>();
        try (ClosedLoop loop = new ClosedLoop(opts.target(), opts.requestTimeout())) {
            int warm = Math.min(4, opts.maxConcurrency());
            progress.accept("warm-up: " + warm + " clients x 2 requests");
            loop.step(warm, 2, 0, 2, start + total / 20);

            Optional<ProcessTreeCpu.Reading> cpuBefore = opts.pids().isEmpty() ? Optional.empty() : procs.read(opts.pids());
            List<ClosedLoop.Result> ramp = ramp(loop, opts, start + total * 65 / 100, progress, notes);
            Optional<ProcessTreeCpu.Reading> cpuAfter = opts.pids().isEmpty() ? Optional.empty() : procs.read(opts.pids());
            List<ConcurrencyLimit.Step> steps = ramp.stream().map(ClosedLoop.Result::step).toList();
            long completed = steps.stream().mapToLong(ConcurrencyLimit.Step::completed).sum();
            if (completed == 0) {
                throw new IllegalArgumentException("target: got no successful response from " + opts.target().uri()
                        + " in " + steps.stream().mapToLong(ConcurrencyLimit.Step::failed).sum() + " requests; allowed a service answering 2xx to GET");
            }
            steps.stream().filter(s -> s.failed() > 0).forEach(s -> notes.add("concurrency " + s.concurrency() + ": " + s.failed()
                    + " of " + (s.failed() + s.completed()) + " requests failed (error, timeout or not 2xx)"));

            double plateau = steps.stream().mapToDouble(ConcurrencyLimit.Step::throughput).max().orElse(0);
            double firstMean = mean(ramp.getFirst().latencies());
            double roughLimit = plateau * firstMean;
            double[] samples = ramp.stream().filter(r -> r.step().concurrency() <= Math.max(1, roughLimit / 2))
                    .flatMapToDouble(r -> Arrays.stream(r.latencies())).toArray();
            if (samples.length < ServiceTimeFit.MIN_SAMPLES) {
                samples = ramp.getFirst().latencies();
            }
            if (samples.length < ServiceTimeFit.MIN_SAMPLES) {
                samples = ramp.stream().flatMapToDouble(r -> Arrays.stream(r.latencies())).toArray();
                notes.add("service time: too few samples at low load; fitted on every step's, queueing included");
            }
            ServiceTimeFit fit = ServiceTimeFit.of(samples);

            int burst = (int) Math.min(opts.maxConcurrency(), Math.max(Math.ceil(roughLimit) + 4, Math.ceil(2 * roughLimit)));
            double[] waves = new double[0];
            if (burst > roughLimit) {
                // A burst whose waves blur (a host busy enough to spread them) is sent again, up to
                // BURSTS times while the time allows: the count is only taken from clear waves.
                for (int k = 1; k <= BURSTS; k++) {
                    progress.accept("burst: " + burst + " requests at once" + (k > 1 ? " (again: the waves blurred)" : ""));
                    waves = loop.burst(burst, start + total * 85 / 100);
                    if (ConcurrencyLimit.wavesApart(waves, fit.mean()) || System.nanoTime() - start > total * 70 / 100) {
                        break;
                    }
                }
            } else {
                notes.add("burst: skipped, the concurrency cap " + opts.maxConcurrency() + " is not above the limit");
            }
            ConcurrencyLimit limit = ConcurrencyLimit.of(steps, fit.mean(), waves);

            Optional<Calibration.Cpu> cpu = Optional.empty();
            if (cpuBefore.isPresent() && cpuAfter.isPresent()) {
                long ticks = cpuAfter.get().ticks() - cpuBefore.get().ticks();
                int processes = Math.max(cpuBefore.get().processes(), cpuAfter.get().processes());
                cpu = Optional.of(new Calibration.Cpu(ticks * ProcessTreeCpu.TICK_SECONDS / completed,
                        2.0 * processes * ProcessTreeCpu.TICK_SECONDS / completed, completed, processes, opts.pids()));
            }

            int connections = opts.maxConnections();
            Optional<HostLimits> host = HostLimits.read();
            if (host.isPresent()) {
                connections = (int) Math.min(connections, Math.max(0, host.get().openFiles() - 256));
            }
            progress.accept("listen queue: up to " + connections + " idle connections");
            Calibration.ListenQueue queue = ListenQueueProbe.run(opts.target().address(), connections, start + total * 97 / 100);
            if (!queue.overflowed()) {
                notes.add("listen queue: all " + queue.connected() + " idle connections were taken; the server accepts eagerly or its"
                        + " backlog is larger (overflow is then this host's setting, when it is on this host)");
            }
            return new Calibration(opts.target().uri().toString(), limit, steps, fit, cpu, queue, (System.nanoTime() - start) / 1e9,
                    opts.requestTimeout().toNanos() / 1e9, notes);
        }
    }

    /** The closed loop stepped up, doubling, until the plateau, the concurrency cap or {@code deadline}. */
    private static List<ClosedLoop.Result> ramp(ClosedLoop loop, ProbeOptions opts, long deadline, Consumer<String> progress,
            List<String> notes) throws InterruptedException {
        List<ClosedLoop.Result> ramp = new ArrayList<>();
        int c = 1;
        while (true) {
            ClosedLoop.Result r = loop.step(c, MIN_ROUNDS, MIN_STEP_SECONDS, MAX_ROUNDS, deadline);
            progress.accept(String.format(java.util.Locale.ROOT, "concurrency %d: %.1f req/s, %s (%d ok, %d failed)", c,
                    r.step().throughput(), r.latencies().length == 0 ? "no response"
                            : String.format(java.util.Locale.ROOT, "mean %.1f ms", mean(r.latencies()) * 1e3),
                    r.step().completed(), r.step().failed()));
            ramp.add(r);
            if (r.step().completed() == 0) {
                return ramp;
            }
            if (ramp.size() > 1 && ConcurrencyLimit.onPlateau(ramp.get(ramp.size() - 2).step(), r.step())) {
                return ramp;
            }
            if (r.stoppedByDeadline()) {
                notes.add("the closed loop ran out of time at concurrency " + c + " before its throughput levelled off: the limit"
                        + " may be higher (raise --max-time)");
                return ramp;
            }
            if (c >= opts.maxConcurrency()) {
                notes.add("the throughput still grew at the concurrency cap " + c + ": the limit may be higher (raise --max-concurrency)");
                return ramp;
            }
            c = Math.min(2 * c, opts.maxConcurrency());
        }
    }

    private static double mean(double[] xs) {
        return xs.length == 0 ? Double.NaN : DoubleStream.of(xs).average().orElse(Double.NaN);
    }
}
