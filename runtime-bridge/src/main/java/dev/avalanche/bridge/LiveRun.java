package dev.avalanche.bridge;

import dev.avalanche.bridge.internal.load.ChildJvmUsers;
import dev.avalanche.bridge.internal.load.InProcessUsers;
import dev.avalanche.bridge.internal.load.UserRunner;
import dev.avalanche.bridge.internal.load.WarmUp;
import dev.avalanche.bridge.internal.run.HostCpu;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.bridge.internal.run.LiveSummary;
import dev.avalanche.bridge.internal.run.ProcessCpu;
import dev.avalanche.bridge.internal.server.ServerLog;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.validation.RunConditions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plays one variant of a scenario for real and measures it like the simulator: a third-party stub
 * and the scenario's app servers with its worker model in this JVM, behind a reverse proxy playing
 * its balancer when it has one ({@link BuiltInDeployment}; each server in a JVM of its own with
 * {@link LiveOptions#servers()}), on 127.0.0.1 ports the kernel picks, and the users in this JVM or
 * in one or several child JVMs ({@link LiveOptions#users()}). With a
 * {@link LiveOptions#target() target}, the users load that server instead of the built-in one
 * ({@link TargetDeployment}), and the stub runs only when the scenario calls third parties (for a
 * target that is told where they answer).
 * The run stops by itself (see {@link LiveOptions}), or early on {@link LiveOptions#stop()}, and
 * everything it opened, the child JVMs included, is closed or killed when it returns. Runs share
 * nothing; two may run at once on different threads, though they then compete for the same cores.
 */
public final class LiveRun {

    /** The {@link RunResult#mode()} of live results. */
    public static final String MODE = "live";
    /** After a stop, how long the requests in flight may take to finish or time out (wall time). */
    public static final Duration STOP_GRACE = Duration.ofSeconds(5);
    /**
     * Unlogged requests each warm-up sends before the clock starts (each app server to itself and to
     * the stub, the balancer through itself to the servers; a child JVM to a stub of its own), so that
     * the measured requests run compiled code.
     */
    static final int WARM_UP_REQUESTS = 2000;

    private LiveRun() {
    }

    /**
     * Runs variant {@code variantName} of {@code cfg}, seeded by {@code seed}.
     *
     * @throws IllegalArgumentException when a limit of this machine is too low ({@link Preflight})
     * @throws UncheckedIOException when a server or the users' JVM cannot be started, or the users' JVM fails
     * @throws InterruptedException when the calling thread is interrupted; everything is closed first
     */
    public static LiveVariant run(String scenarioName, long seed, String variantName, ModelConfig cfg, LiveOptions opts)
            throws InterruptedException {
        return run(scenarioName, seed, variantName, cfg, opts, new ServerLog((int) opts.maxRequests()));
    }

    /**
     * As {@link #run(String, long, String, ModelConfig, LiveOptions)}, the built-in servers logging into
     * {@code server} (room for at least {@link LiveOptions#maxRequests()} ids): a test may watch it while
     * the run plays (it is thread-safe) and read each request's instants afterwards, on the run's wall clock.
     */
    static LiveVariant run(String scenarioName, long seed, String variantName, ModelConfig cfg, LiveOptions opts,
            ServerLog server) throws InterruptedException {
        Preflight.check(cfg, opts);
        RandomStreams streams = new RandomStreams(seed);
        LiveClock clock = new LiveClock(opts.timeScale());
        long scenarioEnd = clock.toWall(cfg.duration().plus(cfg.drain()));
        long cap = opts.wallTimeCap().toNanos();
        long deadline = Math.min(scenarioEnd, cap);
        try (Deployment side = Deployment.start(cfg, opts, seed, streams, clock, server, WARM_UP_REQUESTS);
                UserRunner users = users(cfg, opts, side.target(), seed, streams, deadline)) {
            users.prepare();
            side.play();
            WarmUp.settle();
            Optional<HostCpu.Snapshot> hostBefore = HostCpu.read();
            long wallBefore = System.nanoTime();
            long cpuBefore = ProcessCpu.nanos();
            long synBefore = side.synRetransmissions();
            long stubCpuBefore = side.stubCpuNanos();
            UserRunner.Played played = users.play(clock);
            long until = deadline;
            if (opts.stop().isStopped()) {
                until = Math.min(until, opts.stop().stoppedAtNanoTime() - clock.originNanoTime() + STOP_GRACE.toNanos());
            }
            long end = side.end(clock, played.log(), played.endNanos(), until);
            boolean cut = cap < scenarioEnd && end >= cap;
            long ownCpu = ProcessCpu.since(cpuBefore);
            long wall = System.nanoTime() - wallBefore;
            Optional<HostCpu.Snapshot> hostAfter = HostCpu.read();
            long stubCpu = side.stubCpuNanos() - stubCpuBefore;
            long serverJvms = side.serverJvmsCpuNanos();
            long serverCpu = ownCpu < 0 || serverJvms < 0 ? -1 : ownCpu - stubCpu + serverJvms;
            long childCpu = played.ownJvmCpuNanos() < 0 || serverJvms < 0 ? -1 : played.ownJvmCpuNanos() + serverJvms;
            CpuUse cpu = new CpuUse(serverCpu, stubCpu, played.ownJvmCpuNanos(), played.log().sentCount(), server.worked());
            LiveSummary.Summary s = side.summarize(variantName, cfg, clock, played.log(), synBefore, end);
            boolean stopped = opts.stop().isStopped();
            Optional<LatencySummary> lateness = side.stubLateness();
            RunConditions conditions = conditions(hostBefore, hostAfter, ownCpu, childCpu, wall, s.sendLag(),
                    lateness.orElse(null), opts.timeScale());
            List<String> notes = new ArrayList<>(LiveNotes.of(cfg, opts, side.facts(played.truncated(), stopped, cpu, lateness)));
            notes.add(LiveNotes.conditions(conditions));
            return new LiveVariant(s.result(), !cut && !played.truncated() && !stopped, opts.timeScale(), end / 1e9,
                    s.rawLatency(), cpu.perRequestSeconds(), notes, side.taken(), conditions);
        } catch (IOException e) {
            throw new UncheckedIOException(scenarioName + ": variant " + variantName + ": " + e.getMessage(), e);
        }
    }

    /**
     * What the run shared the machine with, from {@code /proc/stat} around the run ({@link HostCpu}),
     * this JVM's CPU over the same {@code wallNanos} plus its child JVMs' ({@code usersJvmCpu}: the
     * users', and the servers' when they run in JVMs of their own), and how late the users sent and the stub answered (wall seconds, scaled to scenario time).
     */
    static RunConditions conditions(Optional<HostCpu.Snapshot> before, Optional<HostCpu.Snapshot> after, long ownCpu,
            long usersJvmCpu, long wallNanos, LatencySummary sendLag, LatencySummary stubLateness, double timeScale) {
        double others = Double.NaN;
        int cores = Runtime.getRuntime().availableProcessors();
        if (before.isPresent() && after.isPresent()) {
            long own = ownCpu < 0 || usersJvmCpu < 0 ? -1 : ownCpu + usersJvmCpu;
            others = HostCpu.otherCores(before.get(), after.get(), own, wallNanos);
            cores = after.get().cpus();
        }
        double stub = stubLateness == null || stubLateness.count() == 0 ? Double.NaN : stubLateness.p99() * timeScale;
        return new RunConditions(cores, others, sendLag.count() == 0 ? Double.NaN : sendLag.p99(), stub);
    }

    /**
     * Each app server's keep-alive connections to the stub opened before the clock, as a long-running
     * app's pool to a third party is warm: in a closed loop, the calls that can be in flight at once
     * on one server (its share of the users, capped by its worker slots, times the largest parallel
     * group); none for an open loop, whose users also connect as they come.
     */
    static int stubConnections(ModelConfig cfg, LiveOptions opts) {
        long users = usersPerServer(cfg, opts);
        Servers s = cfg.servers();
        if (s.workers().size() > 0) {
            users = Math.min(users, (long) s.workers().size() * s.processes());
        }
        return (int) Math.min(Integer.MAX_VALUE, users * Preflight.callsAtOnce(cfg));
    }

    /**
     * The balancer's keep-alive connections to each server opened before the clock, as a proxy that
     * has been up a while holds them: in a closed loop, one per user of the server's share (a request
     * waiting in a server's accept queue holds its connection too); none without a balancer, or for
     * an open loop.
     */
    static int balancerConnections(ModelConfig cfg, LiveOptions opts) {
        return cfg.balancer().isPresent() ? (int) Math.min(Integer.MAX_VALUE, usersPerServer(cfg, opts)) : 0;
    }

    /** A closed loop's users (capped by its requests and the run's) shared evenly by the servers, rounded up; 0 if open. */
    private static long usersPerServer(ModelConfig cfg, LiveOptions opts) {
        if (!(cfg.users().arrivals() instanceof Arrivals.Closed closed)) {
            return 0;
        }
        long users = Math.min(Math.min(closed.concurrency(), closed.requests()), opts.maxRequests());
        int count = cfg.servers().count();
        return (users + count - 1) / count;
    }

    /** The users; against a target, which has no balancer of ours in front, they play the balancer's timeout themselves. */
    private static UserRunner users(ModelConfig cfg, LiveOptions opts, LiveTarget target, long seed, RandomStreams streams,
            long deadline) throws IOException {
        int capacity = (int) opts.maxRequests();
        boolean usersTimeOut = opts.target().isPresent();
        return switch (opts.users()) {
            case UserSide.ThisJvm t -> new InProcessUsers(cfg, target, streams, capacity, deadline, opts.stop(),
                    STOP_GRACE.toNanos(), usersTimeOut, opts.newConnections());
            case UserSide.ChildJvm c -> new ChildJvmUsers(c, target, seed, opts.timeScale(), capacity, deadline, opts.stop(),
                    STOP_GRACE.toNanos(), WARM_UP_REQUESTS, usersTimeOut, opts.newConnections());
        };
    }

    /**
     * The CPU a run used on this machine while it played, over the {@code requests} sent: this JVM's
     * but the stub's thread plus the servers' own JVMs when they have them (the app servers, their
     * fronts and calls, the balancer; also the users when they share the JVM), the stub's thread, and the users' own JVM (0 when they share this one); negative
     * where unknown. {@code worked} of the requests were worked on by the built-in servers (0 against a target).
     */
    record CpuUse(long serverNanos, long stubNanos, long usersJvmNanos, long requests, long worked) {

        /** CPU seconds per request sent, all of it; NaN when unknown or nothing was sent. */
        double perRequestSeconds() {
            return known() ? (serverNanos + stubNanos + usersJvmNanos) / 1e9 / requests : Double.NaN;
        }

        boolean known() {
            return serverNanos >= 0 && stubNanos >= 0 && usersJvmNanos >= 0 && requests > 0;
        }

        /** Microseconds per request of one part. */
        double micros(long nanos) {
            return nanos / 1e3 / requests;
        }
    }

    /** The variants of one scenario, in the order given, as the results type the simulator produces. */
    public static RunResult toRunResult(String scenarioName, long seed, List<LiveVariant> variants) {
        List<VariantOutcome> outcomes = new ArrayList<>();
        boolean complete = true;
        for (LiveVariant v : variants) {
            outcomes.add(new VariantOutcome(v.result(), 1, Map.of()));
            complete &= v.complete();
        }
        return new RunResult(scenarioName, seed, MODE, complete, outcomes);
    }
}
