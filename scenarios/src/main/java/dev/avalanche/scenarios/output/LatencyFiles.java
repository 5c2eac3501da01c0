package dev.avalanche.scenarios.output;

import dev.avalanche.engine.stats.LatencyDistribution;
import dev.avalanche.models.io.AtomicFiles;
import dev.avalanche.models.io.FileNames;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Each variant's latencies in HdrHistogram's own formats, so that its tools (the percentile
 * plotter, {@code HistogramLogProcessor}, {@code HistogramLogReader}) read them:
 * {@code latency-<variant>.hgrm}, the whole run's percentile distribution as
 * {@code outputPercentileDistribution} prints it (values in milliseconds, five steps per halving of
 * the distance to 100%); and {@code latency-<variant>.hlog}, one interval histogram per timeline
 * interval (values recorded in nanoseconds, timestamps in seconds since the run's start, in
 * scenario time; the Interval_Max column in milliseconds). With replications, the {@code .hgrm}
 * holds every replication's latencies and the {@code .hlog} replication 0's, as the timeline does.
 */
public final class LatencyFiles {

    /** HdrHistogram's usual unit for printing: values in nanoseconds are shown in milliseconds. */
    static final double NANOS_PER_MILLISECOND = 1e6;
    /** Output lines per halving of the distance to the 100th percentile, as HdrHistogram's examples print. */
    static final int TICKS_PER_HALF_DISTANCE = 5;

    private LatencyFiles() {
    }

    /**
     * Writes both files of every variant into {@code dir}, each atomically; a variant whose
     * timeline kept no interval distributions gets no {@code .hlog}.
     *
     * @return the files written
     */
    public static List<Path> write(RunResult run, Path dir) throws IOException {
        List<String> slugs = FileNames.uniqueSlugs(run.variants().stream().map(o -> o.result().name()).toList());
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < run.variants().size(); i++) {
            VariantOutcome o = run.variants().get(i);
            VariantResult r = o.result();
            String label = run.scenario() + " / " + r.name() + " (" + run.mode() + ", seed " + run.seed() + ")";
            written.add(AtomicFiles.writeString(dir.resolve("latency-" + slugs.get(i) + ".hgrm"),
                    hgrm(r.latency().distribution())));
            if (r.timeline().hasLatencies()) {
                written.add(AtomicFiles.writeString(dir.resolve("latency-" + slugs.get(i) + ".hlog"), hlog(label, r.timeline())));
            }
        }
        return written;
    }

    /** {@code outputPercentileDistribution}'s text for {@code d}, in milliseconds. */
    static String hgrm(LatencyDistribution d) {
        return print(out -> d.toHistogram().outputPercentileDistribution(out, TICKS_PER_HALF_DISTANCE, NANOS_PER_MILLISECOND));
    }

    /**
     * An interval histogram log of {@code t}'s intervals, empty ones included. One histogram is
     * reset and refilled for every interval (rather than one made per interval, with its counts
     * array and encoding buffer, tens of kilobytes each), which encodes exactly as a new one would
     * while it keeps its initial size; once a latency beyond that size has grown it, the next
     * interval gets a new one.
     */
    static String hlog(String label, Timeline t) {
        double[] starts = t.starts();
        return print(out -> {
            HistogramLogWriter log = new HistogramLogWriter(out);
            log.outputComment("Avalanche " + label + ": latency of the requests completed in each interval, recorded in"
                    + " nanoseconds; timestamps in seconds since the run's start");
            log.outputLogFormatVersion();
            log.outputLegend();
            Histogram h = LatencyDistribution.EMPTY.toHistogram();
            long initialHighest = h.getHighestTrackableValue();
            for (int i = 0; i < starts.length; i++) {
                if (h.getHighestTrackableValue() == initialHighest) {
                    h.reset();
                } else {
                    h = LatencyDistribution.EMPTY.toHistogram();
                }
                t.latencies().get(i).recordInto(h);
                log.outputIntervalHistogram(starts[i], starts[i] + t.intervalSeconds(), h, NANOS_PER_MILLISECOND);
            }
        });
    }

    private interface Printing {
        void to(PrintStream out);
    }

    private static String print(Printing p) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8)) {
            p.to(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
