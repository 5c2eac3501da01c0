package dev.avalanche.cli;

import dev.avalanche.bridge.LiveTarget;
import dev.avalanche.bridge.probe.ProbeOptions;
import dev.avalanche.bridge.probe.ServiceProbe;
import dev.avalanche.models.fit.Calibration;
import dev.avalanche.models.io.AtomicFiles;
import dev.avalanche.scenarios.measured.CalibratedScenario;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code avalanche calibrate}: a bounded probe of a running service, written as a scenario. */
@Command(name = "calibrate", mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
    "0:success", "1:a failure during the probe", "2:bad input or usage (a target not allowed, no such pid, no answer)"},
        description = {"Probe a running HTTP service and write a scenario of it: a closed loop stepped up (1, 2, 4 ..."
            + " clients) until the throughput levels off, a burst that counts how many requests it serves at once"
            + " (processes x workers), the service time at low load fitted as a distribution, the CPU per request from"
            + " /proc when --pid is given, and what a full listen queue does (refuse or drop). Every number in the"
            + " scenario says how it was measured and how sure it is.",
            "Bounded: --max-time in all (default 4m30s), every loop bounded in count and time. Sends GET URL?id=N, as"
            + " live --target does; loopback only unless --allow-remote."},
        footer = {"", "Examples:", "  ./avalanche calibrate --target http://127.0.0.1:8000/view --pid 4242 \\",
            "      --out my-service.yaml",
            "  ./avalanche validate my-service.yaml --target http://127.0.0.1:8000/view"})
final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--target", required = true, paramLabel = "URL", converter = UrlConverter.class,
            description = "The service to probe (GET URL?id=N). Loopback addresses only (127.0.0.0/8, ::1) unless --allow-remote.")
    URI target;

    @Option(names = "--allow-remote", description = "Allow a --target that is not a loopback address: real traffic then leaves this machine.")
    boolean allowRemote;

    @Option(names = "--pid", paramLabel = "PID", split = ",",
            description = "A process of the service (e.g. uWSGI's master): its CPU and its descendants' is read from /proc"
                + " (repeatable, or comma-separated). Without it the CPU per request is not measured.")
    List<Long> pids = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The scenario to write.")
    Path out;

    @Option(names = "--max-time", paramLabel = "DURATION", defaultValue = "4m30s", converter = DurationConverter.class,
            description = "The whole probe's bound (default 4m30s, 1s to 1h).")
    double maxTimeSeconds;

    @Option(names = "--max-concurrency", paramLabel = "N", defaultValue = "1024",
            description = "The closed loop's highest concurrency and the burst's cap (default ${DEFAULT-VALUE}).")
    int maxConcurrency;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "1100",
            description = "Idle connections the listen-queue probe may open (default ${DEFAULT-VALUE}; 0 skips it).")
    int maxConnections;

    @Option(names = "--processes", paramLabel = "N", defaultValue = "1",
            description = "Processes to share the limit in the scenario (the probe cannot tell; default ${DEFAULT-VALUE}).")
    int processes;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "threads",
            description = "Worker model written: threads or greenlets (the probe cannot tell; default ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--name", paramLabel = "NAME", description = "The scenario's name (default: the file's name).")
    String name;

    @Override
    public Integer call() throws Exception {
        String scenarioName = name != null ? name : out.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        CalibratedScenario.Layout layout = new CalibratedScenario.Layout(scenarioName, processes, model,
                Runtime.getRuntime().availableProcessors());
        ProbeOptions opts;
        try {
            opts = ProbeOptions.defaults(LiveTarget.resolve(target, allowRemote)).withPids(pids)
                    .withMaxTime(Duration.ofNanos(Math.round(maxTimeSeconds * 1e9))).withMaxConcurrency(maxConcurrency)
                    .withMaxConnections(maxConnections);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace("target:", "--target:").replace("maxTime:", "--max-time:")
                    .replace("maxConcurrency:", "--max-concurrency:").replace("maxConnections:", "--max-connections:")
                    .replace("pid:", "--pid:"), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        Calibration c;
        try {
            c = ServiceProbe.run(opts, line -> {
                err.println("calibrate: " + line);
                err.flush();
            });
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace("target:", "--target:").replace("pid:", "--pid:"), e);
        }
        AtomicFiles.writeString(out, CalibratedScenario.yaml(c, layout, "avalanche " + AvalancheCommand.version()));
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "concurrency limit: %d (%s; Little's law %.1f)%n", c.limit().limit(), c.limit().method(),
                c.limit().littleEstimate());
        o.printf(Locale.ROOT, "service time at low load: %s, mean %.1f ms +- %.1f ms (95%%, %d samples)%n",
                c.serviceTime().family().yamlName(), c.serviceTime().mean() * 1e3, c.serviceTime().meanHalfWidth95() * 1e3,
                c.serviceTime().samples());
        o.println(c.cpu().map(k -> String.format(Locale.ROOT, "CPU per request: %.2f ms +- %.2f ms (%d processes)",
                k.perRequestSeconds() * 1e3, k.halfWidthSeconds() * 1e3, k.processes())).orElse("CPU per request: not measured (no --pid)"));
        Calibration.ListenQueue q = c.listenQueue();
        o.printf(Locale.ROOT, "listen queue: %d connected (%d before the first failure), %d refused, %d dropped of %d: overflow %s, backlog %d%n", q.connected(), q.beforeOverflow(),
                q.refused(), q.dropped(), q.attempted(), q.overflow(), q.backlog(c.limit().limit()));
        c.notes().forEach(n -> o.println("note: " + n));
        o.printf(Locale.ROOT, "Wrote %s (%.0f s of probing)%n", out, c.elapsedSeconds());
        return ExitCodes.OK;
    }
}
