package dev.avalanche.scenarios.output;

import static dev.avalanche.scenarios.output.CsvNumbers.number;

import dev.avalanche.models.result.KindResult;
import dev.avalanche.models.result.Percentiles;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.SweepResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code sweep.csv}: one row per point and variant with the figures capacity charts are drawn
 * from. A sweep of one parameter starts each row with {@code parameter,value} (the path, then the
 * value); a sweep of several has a column per parameter instead, headed by its path. Chosen
 * percentiles beyond p50, p90 and p99 are added as {@code latencyP99.9}... after {@code latencyP99}.
 * A request mix adds each kind's intents, goodput, abandoned, goodputRate, latencyP50 and
 * latencyP99 at the end of the row, as {@code KIND.FIGURE}.
 */
public final class SweepCsv {

    /** Each kind's columns of a request mix, after the variant's: {@code cart.intents}, {@code cart.latencyP99}... */
    private static final List<String> KIND_FIGURES = List.of("intents", "goodput", "abandoned", "goodputRate", "latencyP50",
            "latencyP99");

    private SweepCsv() {
    }

    public static String toCsv(SweepResult sweep) {
        return toCsv(sweep, Percentiles.DEFAULT);
    }

    public static String toCsv(SweepResult sweep, Percentiles percentiles) {
        List<Double> extra = percentiles.values().stream().filter(p -> !Percentiles.DEFAULT.values().contains(p)).toList();
        boolean one = sweep.parameters().size() == 1;
        StringBuilder out = new StringBuilder(one ? "parameter,value," : String.join(",", sweep.parameters()) + ",");
        out.append("variant,verdict,intents,sent,goodput,abandoned,rejected,timedOut,failed,throughput,goodputRate,"
                + "latencyP50,latencyP90,latencyP99");
        extra.forEach(p -> out.append(",latencyP").append(Percentiles.label(p).substring(1)));
        List<String> kinds = sweep.points().stream().flatMap(p -> p.run().variants().stream())
                .flatMap(o -> o.result().kinds().stream()).map(KindResult::name).distinct().toList();
        out.append(",busyMean,queueMean,amplification");
        for (String k : kinds) {
            for (String f : KIND_FIGURES) {
                out.append(',').append(k).append('.').append(f);
            }
        }
        out.append('\n');
        for (SweepResult.Point p : sweep.points()) {
            String point = one ? sweep.parameter() + "," + p.value() : String.join(",", p.values());
            for (VariantOutcome o : p.run().variants()) {
                VariantResult r = o.result();
                RequestCounts c = r.requests();
                out.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%d,%d,%d,%d,%d,%d,%s,%s,%s,%s,%s",
                        point, r.name(), r.verdict().label(), c.intents(), c.sent(), c.goodput(),
                        c.abandoned(), c.rejected(), c.timedOut(), c.failed(), number(r.throughput()), number(r.goodputRate()),
                        number(r.latency().p50()), number(r.latency().p90()), number(r.latency().p99())));
                extra.forEach(q -> out.append(',').append(number(r.latency().percentile(q))));
                out.append(String.format(Locale.ROOT, ",%s,%s,%s", number(r.busyMean()), number(r.queueMean()),
                        number(r.amplification())));
                for (String k : kinds) {
                    java.util.Optional<KindResult> kind = r.kind(k);
                    if (kind.isEmpty()) {
                        out.append(",".repeat(KIND_FIGURES.size()));
                        continue;
                    }
                    KindResult m = kind.get();
                    out.append(String.format(Locale.ROOT, ",%d,%d,%d,%s,%s,%s", m.requests().intents(), m.requests().goodput(),
                            m.requests().abandoned(), number(m.goodputRate()), number(m.latency().p50()),
                            number(m.latency().p99())));
                }
                out.append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    public static Path write(SweepResult sweep, Path dir) throws IOException {
        return write(sweep, Percentiles.DEFAULT, dir);
    }

    public static Path write(SweepResult sweep, Percentiles percentiles, Path dir) throws IOException {
        Path file = dir.resolve("sweep.csv");
        AtomicFiles.writeString(file, toCsv(sweep, percentiles));
        return file;
    }
}
