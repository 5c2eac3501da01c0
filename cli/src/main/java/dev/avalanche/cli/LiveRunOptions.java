package dev.avalanche.cli;

import dev.avalanche.bridge.LiveOptions;
import dev.avalanche.bridge.LiveTarget;
import dev.avalanche.bridge.ServerSide;
import dev.avalanche.bridge.StopSignal;
import dev.avalanche.bridge.UserSide;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How a live run is paced, bounded and aimed (a picocli mixin shared by {@code live} and {@code validate}). */
final class LiveRunOptions {

    @Option(names = "--time-scale", paramLabel = "K", defaultValue = "1",
            description = "Play the scenario K times faster: latencies and durations / K, rates x K (default ${DEFAULT-VALUE}).")
    double timeScale;

    @Option(names = "--max-wall", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "Stop the traffic after this much real time per variant (default 60s, at most 1h).")
    double maxWallSeconds;

    @Option(names = "--max-requests", paramLabel = "N", defaultValue = "100000",
            description = "Stop after sending this many requests per variant (default ${DEFAULT-VALUE}).")
    long maxRequests;

    @Option(names = "--target", paramLabel = "URL", converter = UrlConverter.class,
            description = "Load this HTTP server instead of the built-in app server, measured the same way (GET URL?id=N)."
                + " Loopback addresses only (127.0.0.0/8, ::1), checked after resolving, unless --allow-remote. The"
                + " third-party stub then starts only if the scenario calls third parties; the server's side is not observed.")
    URI target;

    @Option(names = "--allow-remote", description = "Allow a --target that is not a loopback address: real traffic then leaves this machine.")
    boolean allowRemote;

    @Option(names = "--new-connections",
            description = "Open a new connection for every request and close it after the response, as ab does without -k"
                + " (every request then goes through the server's listen queue, as in the model). By default the users keep"
                + " their connections alive, as wrk does.")
    boolean newConnections;

    @Option(names = "--in-process",
            description = "Run the users in this JVM instead of a JVM of their own (starts faster, but shares heap, JIT and threads with the server).")
    boolean inProcess;

    @Option(names = "--user-processes", paramLabel = "N", defaultValue = "1",
            description = "Split the users across N JVMs of their own (1 to 16; an open loop only), each playing every N-th"
                + " intent of the schedule the seed draws and holding only its users' connections, for loads whose"
                + " connections would pass one process's open-file limit; their logs are merged (default ${DEFAULT-VALUE}).")
    int userProcesses;

    @Option(names = "--server-processes",
            description = "Run each of the scenario's app servers in a JVM of its own, as uWSGI's processes are (the balancer"
                + " and the third-party stub stay in this one): each server's connections, threads, heap and collector are"
                + " its own, so no one process holds every connection of a large run; their logs are read back afterwards.")
    boolean serverProcesses;

    /** Stops the run early; the Ctrl-C hook (or a test) stops it. Not an option. */
    final StopSignal stop = new StopSignal();

    /**
     * The options, with {@code --target} resolved and checked; the users in this JVM (the command
     * chooses the child JVM per variant).
     *
     * @throws IllegalArgumentException naming the option when a value is out of range, or the target not allowed
     */
    LiveOptions toOptions() {
        if (userProcesses < 1 || userProcesses > UserSide.ChildJvm.MAX_PROCESSES) {
            throw new IllegalArgumentException("--user-processes: got " + userProcesses + "; allowed 1.."
                    + UserSide.ChildJvm.MAX_PROCESSES);
        }
        if (inProcess && userProcesses != 1) {
            throw new IllegalArgumentException("--user-processes: got " + userProcesses + " with --in-process; allowed one or the other");
        }
        try {
            Optional<LiveTarget> t = target == null ? Optional.empty() : Optional.of(LiveTarget.resolve(target, allowRemote));
            return new LiveOptions(timeScale, Duration.ofNanos(Math.round(maxWallSeconds * 1e9)), maxRequests).withTarget(t)
                    .withNewConnections(newConnections).withStop(stop)
                    .withServers(serverProcesses ? new ServerSide.ChildJvms(Main.class.getName(), List.of()) : new ServerSide.ThisJvm());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace("timeScale:", "--time-scale:")
                    .replace("wallTimeCap:", "--max-wall:").replace("maxRequests:", "--max-requests:")
                    .replace("target:", "--target:"), e);
        }
    }
}
