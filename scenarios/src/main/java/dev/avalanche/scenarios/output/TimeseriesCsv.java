package dev.avalanche.scenarios.output;

import static dev.avalanche.scenarios.output.CsvNumbers.number;

import dev.avalanche.models.io.AtomicFiles;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code timeseries.csv}: one row per interval and variant, {@code variant,time,} then the
 * timeline's columns (intents, sent, completed, goodput, abandoned, rejected, timedOut, failed,
 * busyWorkers, backlog, latency.p50, latency.p99, then for a request mix each kind's
 * kind.KIND.goodput, kind.KIND.latency.p50 and kind.KIND.latency.p99, and thirdPartyFactor), then
 * the columns only some variants have (a mitigation's: shed, shortCircuited, retries, callRetries,
 * breakersOpen). Empty cells for NaN and for a column the variant does not have.
 */
public final class TimeseriesCsv {

    private TimeseriesCsv() {
    }

    public static String toCsv(RunResult run) {
        StringBuilder out = new StringBuilder();
        // Every variant's columns, in the order first seen: a variant with a mitigation adds its own
        // (shed, breakersOpen, ...), left empty for the variants without.
        LinkedHashSet<String> names = new LinkedHashSet<>();
        run.variants().forEach(o -> names.addAll(o.result().timeline().names()));
        List<String> header = List.copyOf(names);
        out.append("variant,time");
        header.forEach(h -> out.append(',').append(h));
        out.append('\n');
        for (VariantOutcome o : run.variants()) {
            Timeline t = o.result().timeline();
            double[] starts = t.starts();
            // A variant may lack a column of another (a request mix, a mitigation): its cells stay empty.
            double[][] cols = header.stream().map(h -> t.names().contains(h) ? t.column(h) : null)
                    .toArray(double[][]::new);
            for (int i = 0; i < starts.length; i++) {
                out.append(o.result().name()).append(',').append(number(starts[i]));
                for (double[] c : cols) {
                    out.append(',').append(c == null ? "" : number(c[i]));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Writes {@code timeseries.csv} into {@code dir} atomically. */
    public static Path write(RunResult run, Path dir) throws IOException {
        Path file = dir.resolve("timeseries.csv");
        AtomicFiles.writeString(file, toCsv(run));
        return file;
    }
}
