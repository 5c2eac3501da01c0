package dev.avalanche.charts;

import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.SweepResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.result.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;

/** Hand-made sweeps of several parameters, for tests of their charts. */
public final class SweepGrids {

    /** What a variant gave at a point: the share of its 100 intents served, and its verdict. */
    public record Outcome(int goodput, Verdict verdict) {
    }

    private SweepGrids() {
    }

    /** A result whose {@code goodput} of 100 intents were served. */
    public static VariantResult result(String name, int goodput, Verdict verdict) {
        RequestCounts c = new RequestCounts(100, 100, goodput, goodput, 100 - goodput, 0, 0, 0, 0, 0, 0, 0, 0);
        return new VariantResult(name, c, new LatencySummary(goodput, 1, 1, 2, 3, 4), 0.1, goodput, goodput,
                OptionalLong.of(8), 4, 8, 1, 2, 1, 60, 0, verdict, OptionalDouble.empty(), true,
                Results.timeline(1, 1, Map.of()));
    }

    /**
     * A sweep of {@code parameters} at {@code points} (numeric values), each variant's outcome
     * given by {@code outcome} from the point's values.
     */
    public static SweepResult sweep(List<String> parameters, List<List<Double>> points, List<String> variants,
            Function<List<Double>, List<Outcome>> outcome) {
        List<SweepResult.Point> out = new ArrayList<>();
        for (List<Double> p : points) {
            List<Outcome> os = outcome.apply(p);
            List<VariantOutcome> vs = new ArrayList<>();
            for (int v = 0; v < variants.size(); v++) {
                vs.add(new VariantOutcome(result(variants.get(v), os.get(v).goodput(), os.get(v).verdict()), 1, Map.of()));
            }
            out.add(new SweepResult.Point(p.stream().map(x -> written(x)).toList(), p, new RunResult("grid", 1, "simulation",
                    true, vs)));
        }
        return new SweepResult("grid", parameters, out);
    }

    /** Every combination of {@code xs} and {@code ys}, the first varying slowest. */
    public static List<List<Double>> grid(List<Double> xs, List<Double> ys) {
        List<List<Double>> points = new ArrayList<>();
        xs.forEach(x -> ys.forEach(y -> points.add(List.of(x, y))));
        return points;
    }

    private static String written(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
