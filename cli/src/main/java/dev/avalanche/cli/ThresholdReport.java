package dev.avalanche.cli;

import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.threshold.Threshold;
import dev.avalanche.models.threshold.ThresholdCheck;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The thresholds judged on a run's (or a sweep's) variants, printed at the end; crossed ones decide exit 3. */
final class ThresholdReport {

    private final List<Threshold> thresholds;
    private final List<ThresholdCheck> checks = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();

    ThresholdReport(List<Threshold> thresholds) {
        this.thresholds = List.copyOf(thresholds);
    }

    /** Judges every threshold on every variant of {@code run} it applies to; {@code where} is added to the labels ("" for a run). */
    void judge(RunResult run, String where) {
        for (Threshold t : thresholds) {
            for (VariantOutcome o : run.variants()) {
                if (t.appliesTo(o.result().name())) {
                    checks.add(t.check(o.result()));
                    labels.add(o.result().name() + where);
                }
            }
        }
    }

    boolean crossed() {
        return checks.stream().anyMatch(ThresholdCheck::crossed);
    }

    /**
     * Prints every check to {@code out} (a line each: the expression, the variant, passed or
     * CROSSED and the figure), or, when {@code quiet}, only the crossed ones to {@code err}.
     */
    void print(PrintWriter out, PrintWriter err, boolean quiet) {
        if (checks.isEmpty()) {
            return;
        }
        int expr = checks.stream().mapToInt(c -> c.threshold().text().length()).max().orElse(0);
        int name = labels.stream().mapToInt(String::length).max().orElse(0);
        PrintWriter to = quiet ? err : out;
        if (!quiet) {
            out.println();
            out.println("Thresholds (--fail-on):");
        }
        long crossed = 0;
        for (int i = 0; i < checks.size(); i++) {
            ThresholdCheck c = checks.get(i);
            crossed += c.crossed() ? 1 : 0;
            if (!quiet || c.crossed()) {
                to.printf(Locale.ROOT, "  %-" + expr + "s  %-" + name + "s  %-7s  %s = %s%n", c.threshold().text(), labels.get(i),
                        c.crossed() ? "CROSSED" : "passed", c.threshold().figure().name(), c.actual());
            }
        }
        if (!quiet || crossed > 0) {
            to.printf(Locale.ROOT, "%d of %d threshold checks crossed%s%n", crossed, checks.size(),
                    crossed > 0 ? ": exit " + ExitCodes.THRESHOLD_CROSSED : "");
        }
        to.flush();
    }

    /** {@link ExitCodes#THRESHOLD_CROSSED} when a check crossed, else {@link ExitCodes#OK}. */
    int exitCode() {
        return crossed() ? ExitCodes.THRESHOLD_CROSSED : ExitCodes.OK;
    }
}
