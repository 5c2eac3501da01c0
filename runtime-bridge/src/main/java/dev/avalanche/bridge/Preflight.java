package dev.avalanche.bridge;

import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Service;

/**
 * Checks, before any socket is opened, that this machine can carry the scenario on loopback: the
 * listen backlog against {@code somaxconn}, the connections against the file-descriptor limit and
 * the ephemeral port range. Each failure is one line naming the limit, its value and what the run needs.
 *
 * <p>Connections are estimated from the load: a closed loop holds {@code concurrency} user
 * connections; an open loop its peak rate times how long a served request takes at the profile's
 * worst degradation, with a margin of {@value #MARGIN}x on each call's mean latency, a call never
 * longer than its timeout (Little's law; capped by {@code maxRequests}). A run whose calls all hang
 * to their timeouts can need more; it would find connections refused, counted rejected. Each user connection
 * may hold as many connections to the third parties as the largest parallel call group, and, with a
 * balancer of ours in front of the servers, one more from the balancer to a server. Each loopback
 * connection is counted twice, for its two ends, in the process that holds each: with the users in
 * this JVM, every end is this JVM's; with the users in N child JVMs ({@link UserSide.ChildJvm#processes()}),
 * each child holds its share of the users' ends and this JVM the rest, which is never fewer than
 * the users' (every user connection's other end is here), so a child never needs more than this JVM
 * and only this JVM is checked. With each app server in a JVM of its own ({@link ServerSide.ChildJvms}),
 * the servers' ends (one per user connection and one per third-party call) live in their JVMs,
 * shared evenly, and each server's JVM is checked too. Orphans are not
 * counted: a request its user or the balancer gave up on holds its server's end of the connection
 * and its calls until it is done. The backlog (each server's) is not checked against an external
 * target's, which is the target's own business.
 */
public final class Preflight {

    /** Descriptors the JVM, the listen sockets and the selectors use besides the connections. */
    static final long BASE_DESCRIPTORS = 256;
    /** The margin on each call's mean latency at its worst degradation. */
    static final double MARGIN = 2;

    private Preflight() {
    }

    /**
     * Checks this machine's limits; does nothing where {@code /proc} is missing (not Linux).
     *
     * @throws IllegalArgumentException when a limit is too low, naming it, its value and what is needed
     */
    public static void check(ModelConfig cfg, LiveOptions opts) {
        HostLimits.read().ifPresent(limits -> check(cfg, opts, limits));
    }

    /** As {@link #check(ModelConfig, LiveOptions)} against the given limits. */
    public static void check(ModelConfig cfg, LiveOptions opts, HostLimits limits) {
        // The scenario's own somaxconn (servers.tcp) caps its backlog first, as the model does.
        int backlog = cfg.servers().tcp().effectiveBacklog(cfg.servers().backlog());
        if (opts.target().isEmpty() && backlog > limits.somaxconn()) {
            throw new IllegalArgumentException("net.core.somaxconn is " + limits.somaxconn() + " but servers.backlog is "
                    + backlog + ": the kernel would silently cap the backlog; raise it with"
                    + " 'sysctl -w net.core.somaxconn=" + backlog + "' or lower the backlog");
        }
        long connections = connections(cfg, opts);
        int processes = opts.users() instanceof UserSide.ChildJvm c ? c.processes() : 0;
        if (processes > 1 && cfg.users().arrivals() instanceof Arrivals.Closed) {
            throw new IllegalArgumentException("--user-processes: got " + processes
                    + "; allowed 1 for a closed loop (users.arrivals.concurrency): only an open loop's intents are split");
        }
        long users = userConnections(cfg, opts);
        boolean serverJvms = opts.servers() instanceof ServerSide.ChildJvms && opts.target().isEmpty();
        long serverEnds = serverJvms ? users * (1 + callsAtOnce(cfg)) : 0;
        long descriptors = 2 * connections - (processes == 0 ? 0 : users) - serverEnds + BASE_DESCRIPTORS;
        if (descriptors > limits.openFiles()) {
            throw new IllegalArgumentException("the open-file limit (ulimit -n) is " + limits.openFiles()
                    + " but this run needs about " + descriptors + " descriptors in this JVM (" + connections
                    + " loopback connections, both ends" + (processes == 0 ? "" : ", but the users'")
                    + (serverJvms ? ", but the servers'" : "") + ", plus "
                    + BASE_DESCRIPTORS + "); raise it with 'ulimit -n " + descriptors + "' or lower the concurrency"
                    + (serverJvms ? "" : ", or run each server in a JVM of its own (--server-processes)"));
        }
        int count = cfg.servers().count();
        long perServer = serverJvms ? (serverEnds + count - 1) / count + BASE_DESCRIPTORS : 0;
        if (perServer > limits.openFiles()) {
            throw new IllegalArgumentException("the open-file limit (ulimit -n) is " + limits.openFiles()
                    + " but each of the " + count + " app servers' JVMs needs about " + perServer + " descriptors ("
                    + serverEnds + " server ends shared, plus " + BASE_DESCRIPTORS + "); raise it with 'ulimit -n "
                    + perServer + "' or lower the concurrency");
        }
        if (connections > limits.ephemeralPorts()) {
            throw new IllegalArgumentException("net.ipv4.ip_local_port_range " + limits.portLow() + "-" + limits.portHigh()
                    + " has " + limits.ephemeralPorts() + " ports but this run needs about " + connections
                    + " at once; widen the range or lower the concurrency");
        }
    }

    /** The connections open at once, users', the balancer's and third parties', as estimated in the class comment. */
    static long connections(ModelConfig cfg, LiveOptions opts) {
        long users = userConnections(cfg, opts);
        boolean balanced = cfg.balancer().isPresent() && opts.target().isEmpty();
        return users * (1 + (balanced ? 1 : 0) + callsAtOnce(cfg));
    }

    /** The users' connections open at once (at least 1), as estimated in the class comment. */
    static long userConnections(ModelConfig cfg, LiveOptions opts) {
        long users = switch (cfg.users().arrivals()) {
            case Arrivals.Closed c -> c.concurrency();
            case Arrivals.Open o -> (long) Math.ceil(o.rate().max() * longestServedSeconds(cfg) - 1e-9);
        };
        return Math.max(1, Math.min(users, opts.maxRequests()));
    }

    /** The most third-party calls one request has in flight at once: its largest parallel group, or 1, or 0 without calls. */
    static int callsAtOnce(ModelConfig cfg) {
        int callsAtOnce = 0;
        for (RequestWork.Call call : cfg.request().calls()) {
            callsAtOnce = Math.max(callsAtOnce, call.mode() == RequestWork.Call.Mode.PARALLEL ? call.count() : 1);
        }
        return callsAtOnce;
    }

    /** Scenario seconds a served request takes at the worst degradation, each call's mean latency x {@value #MARGIN}, capped by its timeout. */
    private static double longestServedSeconds(ModelConfig cfg) {
        RequestWork w = cfg.request();
        double s = w.cpu().map(d -> d.mean()).orElse(0.0) + w.cpuAfter().map(d -> d.mean()).orElse(0.0)
                + cfg.servers().overhead().seconds();
        for (RequestWork.Call call : w.calls()) {
            Service svc = cfg.services().get(call.service());
            int rounds = call.mode() == RequestWork.Call.Mode.PARALLEL ? 1 : call.count();
            double call1 = Math.min(svc.timeout().seconds(), MARGIN * svc.latency().mean() * svc.degradation().max());
            s += rounds * call1;
        }
        for (RequestWork.LocalStep step : w.local()) {
            s += step.latency().seconds();
        }
        if (cfg.balancer().isPresent()) {
            s = Math.min(s, cfg.balancer().get().timeout().seconds());
        }
        return Math.max(s, 1e-3);
    }
}
