package dev.avalanche.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.stats.LatencyDistribution;
import dev.avalanche.engine.stats.LatencyHistogram;
import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.Timeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.HdrHistogram.HistogramLogWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencyFilesTest {

    private static RunResult run;

    @TempDir
    Path dir;

    @BeforeAll
    static void simulate() {
        run = OutputRuns.normalTimes(1);
    }

    @Test
    void theIntervalLogIsReadBackByHdrHistogramsOwnReaderIntervalByInterval() throws IOException {
        LatencyFiles.write(run, dir);
        Timeline t = run.variants().getFirst().result().timeline();
        double[] p99 = t.column("latency.p99");

        try (HistogramLogReader reader = new HistogramLogReader(dir.resolve("latency-base.hlog").toFile())) {
            for (int i = 0; i < t.size(); i++) {
                EncodableHistogram read = reader.nextIntervalHistogram();
                assertNotNull(read, "interval " + i + " of " + t.size());
                Histogram h = (Histogram) read;
                assertEquals(t.latencies().get(i).count(), h.getTotalCount(), "interval " + i);
                assertEquals(t.starts()[i] * 1000, h.getStartTimeStamp(), 1, "interval " + i + " starts at its second");
                if (h.getTotalCount() > 0) {
                    // The log's histogram answers with the top of the bucket, the column with the exact value within it.
                    double logged = h.getValueAtPercentile(99) / 1e9;
                    assertTrue(logged >= p99[i] && logged <= p99[i] * (1 + LatencyHistogram.MAX_RELATIVE_ERROR),
                            "interval " + i + ": " + logged + " against " + p99[i]);
                }
            }
            assertEquals(null, reader.nextIntervalHistogram(), "one histogram per interval, no more");
        }
    }

    @Test
    void thePercentileDistributionIsHdrHistogramsOwnTextInMilliseconds() throws IOException {
        LatencyFiles.write(run, dir);
        LatencySummary l = run.variants().getFirst().result().latency();

        List<String> lines = Files.readAllLines(dir.resolve("latency-base.hgrm"));

        assertEquals(List.of("Value", "Percentile", "TotalCount", "1/(1-Percentile)"), List.of(lines.getFirst().trim().split("\\s+")));
        Matcher total = Pattern.compile("Total count\\s+=\\s+(\\d+)").matcher(String.join("\n", lines));
        assertTrue(total.find(), lines.getLast());
        assertEquals(l.count(), Long.parseLong(total.group(1)));
        double p99 = Double.NaN;
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 4 && !line.startsWith("#") && !f[0].equals("Value") && Double.parseDouble(f[1]) >= 0.99) {
                p99 = Double.parseDouble(f[0]);
                break;
            }
        }
        assertEquals(l.p99() * 1000, p99, l.p99() * 1000 * LatencyHistogram.MAX_RELATIVE_ERROR, "the p99 line, in ms");
    }

    @Test
    void eachVariantGetsItsOwnFilesNamedAfterIt() throws IOException {
        List<Path> files = LatencyFiles.write(run, dir);

        assertEquals(List.of(dir.resolve("latency-base.hgrm"), dir.resolve("latency-base.hlog")), files);
    }

    @Test
    void theIntervalLogIsTheOneNewHistogramsPerIntervalWriteEvenAcrossALatencyThatGrowsTheHistogram() {
        // Intervals with latencies, an empty one, one with a latency of two minutes (beyond a new
        // histogram's initial range, so it grows), then short ones again.
        long[][] nanos = {{3_000_000, 5_000_000, 5_000_000}, {}, {7_000_000, 120_000_000_000L}, {2_000_000}, {}, {9_000_000}};
        List<LatencyDistribution> latencies = new ArrayList<>();
        double[] starts = new double[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            LatencyHistogram h = new LatencyHistogram();
            for (long n : nanos[i]) {
                h.record(n);
            }
            latencies.add(h.snapshot());
            starts[i] = i;
        }
        Timeline t = new Timeline(1, starts, Map.of(), latencies);

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(expected, false, StandardCharsets.UTF_8)) {
            HistogramLogWriter log = new HistogramLogWriter(out);
            log.outputComment("Avalanche x: latency of the requests completed in each interval, recorded in"
                    + " nanoseconds; timestamps in seconds since the run's start");
            log.outputLogFormatVersion();
            log.outputLegend();
            for (int i = 0; i < starts.length; i++) {
                log.outputIntervalHistogram(starts[i], starts[i] + 1, latencies.get(i).toHistogram(), LatencyFiles.NANOS_PER_MILLISECOND);
            }
        }

        assertEquals(expected.toString(StandardCharsets.UTF_8), LatencyFiles.hlog("x", t));
    }
}
