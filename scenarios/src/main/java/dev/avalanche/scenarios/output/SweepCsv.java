package dev.avalanche.scenarios.output;

import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.SweepResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** {@code sweep.csv}: one row per value and variant with the figures capacity charts are drawn from. */
public final class SweepCsv {

    private SweepCsv() {
    }

    public static String toCsv(SweepResult sweep) {
        StringBuilder out = new StringBuilder("parameter,value,variant,verdict,intents,sent,goodput,abandoned,rejected,"
                + "timedOut,failed,throughput,goodputRate,latencyP50,latencyP90,latencyP99,busyMean,queueMean,amplification\n");
        for (SweepResult.Point p : sweep.points()) {
            for (VariantOutcome o : p.run().variants()) {
                VariantResult r = o.result();
                RequestCounts c = r.requests();
                out.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%d,%d,%d,%d,%d,%d,%d,%s,%s,%s,%s,%s,%s,%s,%s%n",
                        sweep.parameter(), p.value(), r.name(), r.verdict().label(), c.intents(), c.sent(), c.goodput(),
                        c.abandoned(), c.rejected(), c.timedOut(), c.failed(), num(r.throughput()), num(r.goodputRate()),
                        num(r.latency().p50()), num(r.latency().p90()), num(r.latency().p99()), num(r.busyMean()),
                        num(r.queueMean()), num(r.amplification())));
            }
        }
        return out.toString();
    }

    public static Path write(SweepResult sweep, Path dir) throws IOException {
        Path file = dir.resolve("sweep.csv");
        AtomicFiles.writeString(file, toCsv(sweep));
        return file;
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
    }
}
