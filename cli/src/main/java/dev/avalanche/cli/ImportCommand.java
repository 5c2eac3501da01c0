package dev.avalanche.cli;

import dev.avalanche.models.fit.RequestKinds;
import dev.avalanche.models.io.AtomicFiles;
import dev.avalanche.scenarios.accesslog.AccessLogFormat;
import dev.avalanche.scenarios.accesslog.AccessLogReader;
import dev.avalanche.scenarios.accesslog.AccessLogStats;
import dev.avalanche.scenarios.measured.AccessLogFragment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code avalanche import}: scenario parts from what a service already recorded. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Scenario parts from what your service already recorded: import access-log FILE fits the day's"
            + " arrivals, the response time and the request mix from an access log.",
        subcommands = {ImportCommand.AccessLog.class},
        footer = {"", "Examples:", "  ./avalanche import access-log /var/log/nginx/access.log --format nginx \\",
            "      --out tuesday.yaml"})
final class ImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code avalanche import access-log}: a scenario fragment fitted from an access log, read as a stream. */
    @Command(name = "access-log", mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:success", "1:the log could not be read", "2:bad input or usage (too many malformed lines, a wrong --format)"},
            description = {"Read an access log as a stream (constant memory, whatever its size) and write a scenario"
                + " fragment: the arrival profile over the day (piecewise-linear, the peak a corner), the response time in"
                + " its quiet periods (a fitted distribution), and the request mix by path template (ids, UUIDs and tokens"
                + " collapsed; the top kinds and other), each number with how it was fitted.",
                "Formats: nginx (combined with $request_time after it), combined (no response times), uwsgi (uWSGI's"
                + " request log), csv (a header with time, path and optionally method, status, seconds). Malformed lines"
                + " are counted and the first few shown with their line numbers; past --max-malformed the log is refused."},
            footer = {"", "Examples:", "  ./avalanche import access-log access.log --format nginx --out tuesday.yaml",
                "  ./avalanche import access-log app.log --format uwsgi --points 12 --out d.yaml"})
    static final class AccessLog implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The access log.")
        Path file;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "nginx, combined, uwsgi or csv.")
        String format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The fragment to write.")
        Path out;

        @Option(names = "--max-malformed", paramLabel = "RATIO", defaultValue = "1%", converter = RatioConverter.class,
                description = "Refuse the log when more of its lines are malformed (default 1%%; 0.05 or 5%%).")
        double maxMalformed;

        @Option(names = "--points", paramLabel = "N", defaultValue = "24",
                description = "The arrival profile's corners at most (default ${DEFAULT-VALUE}, at least 3).")
        int points;

        @Option(names = "--tolerance", paramLabel = "RATIO", defaultValue = "5%", converter = RatioConverter.class,
                description = "Stop adding corners once every 5 minutes is within this share of the peak (default 5%%).")
        double tolerance;

        @Option(names = "--top", paramLabel = "N", defaultValue = "8",
                description = "Request kinds listed before other (default ${DEFAULT-VALUE}).")
        int top;

        @Option(names = {"-q", "--quiet"}, description = "No progress and no summary.")
        boolean quiet;

        @Override
        public Integer call() throws Exception {
            AccessLogFormat f = AccessLogFormat.named(format);
            if (points < 3) {
                throw new IllegalArgumentException("--points: got " + points + "; allowed at least 3 (first, peak, last)");
            }
            if (top < 1) {
                throw new IllegalArgumentException("--top: got " + top + "; allowed at least 1");
            }
            PrintWriter err = spec.commandLine().getErr();
            Progress progress = new Progress(err, quiet ? Progress.Mode.QUIET : Progress.stderrIsTerminal() ? Progress.Mode.REDRAW
                    : Progress.Mode.LINES, 1, System.nanoTime(), "of the log read");
            AccessLogStats stats = AccessLogReader.read(file, new AccessLogReader.Options(f, maxMalformed, 10_000, 1024),
                    (bytes, total) -> progress.advanced("log", 0, total == 0 ? 1 : bytes / (double) total));
            progress.done();
            AccessLogFragment.Options o = new AccessLogFragment.Options(file.getFileName().toString(), f.name().toLowerCase(Locale.ROOT),
                    points, tolerance, top);
            AtomicFiles.writeString(out, AccessLogFragment.yaml(stats, o, "avalanche " + AvalancheCommand.version()));
            if (!quiet) {
                PrintWriter w = spec.commandLine().getOut();
                AccessLogFragment.Fits fits = AccessLogFragment.fit(stats, o);
                w.printf(Locale.ROOT, "%d lines, %d requests, %d malformed%n", stats.lines(), stats.requests(), stats.malformed());
                stats.firstMalformed().forEach(m -> w.println("  malformed: " + m));
                w.printf(Locale.ROOT, "arrivals: %d corners, peak %.2f/s at %s, mean %.2f/s%n", fits.profile().points().size(),
                        fits.profile().peakRate(), hhmm(fits.profile().peakAtSeconds()), fits.profile().meanRate());
                w.println(fits.quiet().map(q -> String.format(Locale.ROOT, "response time in quiet periods: %s, mean %.1f ms"
                        + " (%d samples)", q.family().yamlName(), q.mean() * 1e3, q.samples())).orElse("response time: none in this log"));
                for (RequestKinds.Kind k : fits.kinds()) {
                    w.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100 * k.share(), k.kind());
                }
                w.println("Wrote " + out);
            }
            return ExitCodes.OK;
        }

        private static String hhmm(double seconds) {
            int s = (int) seconds;
            return String.format(Locale.ROOT, "%02d:%02d", s / 3600, s / 60 % 60);
        }
    }
}
