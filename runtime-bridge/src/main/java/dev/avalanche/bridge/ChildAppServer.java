package dev.avalanche.bridge;

import dev.avalanche.bridge.internal.load.WarmUp;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.bridge.internal.run.LockedStream;
import dev.avalanche.bridge.internal.run.ProcessCpu;
import dev.avalanche.bridge.internal.run.ShutdownWait;
import dev.avalanche.bridge.internal.run.Substream;
import dev.avalanche.bridge.internal.server.AppServer;
import dev.avalanche.bridge.internal.server.ServerFile;
import dev.avalanche.bridge.internal.server.ServerLog;
import dev.avalanche.bridge.internal.server.ServerSpec;
import dev.avalanche.bridge.internal.stub.StubAddress;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.workload.StreamNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

/**
 * An app server's child JVM of a live run ({@link ServerSide.ChildJvms}), the child's half of the
 * protocol whose other half starts it: read the spec, start the server against the run's stub and
 * warm it up, say {@code ready <URI>}, then answer the run's lines ({@code forget}, {@code play},
 * {@code settle <until>}) until {@code end} or the end of the input (the run's JVM died), then
 * write its log, levels, SYN retransmissions and CPU ({@code ServerFile}) and return. A shutdown of
 * this JVM (Ctrl-C reaches the whole process group) waits a while for that {@code end}, so that a
 * stopped run still gets the server's log. Its clock counts from the spec's instant, which the
 * run's JVM maps onto its own origin; its CPU bursts draw from the {@code cpu} substream of its index.
 */
public final class ChildAppServer {

    /** How long a shutdown of this JVM waits for the run's {@code end}. */
    private static final long SHUTDOWN_WAIT_NANOS = 12_000_000_000L;

    private ChildAppServer() {
    }

    /**
     * How long the child described by {@code spec} may live at most: for a watchdog in its {@code main}.
     *
     * @throws IllegalArgumentException when the spec is malformed
     */
    public static Duration lifetime(Path spec) throws IOException {
        return Duration.ofNanos(ServerSpec.read(spec).lifetimeNanos());
    }

    /**
     * Serves {@code cfg}'s app server as {@code spec} says, reading the run's lines from {@code in}
     * and writing its own to {@code out}.
     *
     * @throws IllegalArgumentException when the spec is malformed
     * @throws IOException when the server cannot start or the log cannot be written
     */
    public static void serve(ModelConfig cfg, Path spec, BufferedReader in, PrintWriter out)
            throws IOException, InterruptedException {
        ServerSpec s = ServerSpec.read(spec);
        LiveClock clock = new LiveClock(s.timeScale());
        clock.startAtEpoch(s.epochMicros());
        ServerLog log = new ServerLog(s.capacity());
        String cpuStream = Substream.name(StreamNames.CPU, "server", s.index(), s.count());
        try (ShutdownWait held = ShutdownWait.install("server-shutdown", SHUTDOWN_WAIT_NANOS, () -> { });
                AppServer app = AppServer.start(cfg, new StubAddress(s.stubPort()),
                        new LockedStream(new RandomStreams(s.seed()).stream(cpuStream)), clock, log, s.warmUpRequests(),
                        s.stubConnections())) {
            WarmUp.settle();
            out.println(ServerSpec.READY + " " + app.uri());
            out.flush();
            long synAtPlay = 0;
            long cpuAtPlay = ProcessCpu.nanos();
            for (String line = in.readLine(); line != null && !line.equals(ServerSpec.END); line = in.readLine()) {
                if (line.equals(ServerSpec.FORGET)) {
                    app.forgetWarmUp();
                    out.println(ServerSpec.DONE);
                } else if (line.equals(ServerSpec.PLAY)) {
                    synAtPlay = app.synRetransmissions();
                    cpuAtPlay = ProcessCpu.nanos();
                    app.play();
                    out.println(ServerSpec.DONE);
                } else if (line.startsWith(ServerSpec.SETTLE + " ")) {
                    long until = Long.parseLong(line.substring(ServerSpec.SETTLE.length() + 1).strip());
                    out.println(app.awaitIdle(clock, until) ? "idle" : "busy");
                } else {
                    out.println("unknown line '" + line + "'");
                }
                out.flush();
            }
            ServerFile.write(log, app.levels(), app.synRetransmissions() - synAtPlay, app.taken(),
                    cpuAtPlay < 0 ? -1 : ProcessCpu.since(cpuAtPlay), s.result());
        }
    }
}
