package dev.avalanche.models.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The latency percentiles a run reports in its summary, its table and its charts, in increasing
 * order, e.g. 50, 90, 99, 99.9. Min and max are always reported beside them.
 *
 * @param values between 0 and 100 (both excluded), increasing, at most {@value #MAX}
 */
public record Percentiles(List<Double> values) {

    /** At most this many, so that a table row stays readable. */
    public static final int MAX = 8;

    /** The percentiles reported unless others are chosen. */
    public static final Percentiles DEFAULT = new Percentiles(List.of(50.0, 90.0, 99.0));

    private static final String ALLOWED = "1 to " + MAX + " numbers between 0 and 100 (exclusive), comma-separated, e.g. 50,90,99,99.9";

    /** @throws IllegalArgumentException when a value is outside (0, 100), repeated, out of order or there are none or too many */
    public Percentiles {
        values = List.copyOf(values);
        if (values.isEmpty() || values.size() > MAX) {
            throw new IllegalArgumentException("percentiles: got " + values.size() + "; allowed " + ALLOWED);
        }
        for (int i = 0; i < values.size(); i++) {
            double p = values.get(i);
            if (!(p > 0 && p < 100) || (i > 0 && p <= values.get(i - 1))) {
                throw new IllegalArgumentException("percentiles: got " + values + "; allowed " + ALLOWED + ", each once");
            }
        }
    }

    /**
     * The percentiles written as {@code 50,90,99.9} (in any order; repeats are dropped).
     *
     * @throws IllegalArgumentException naming the text and what is allowed, when it is not such a list
     */
    public static Percentiles parse(String text) {
        TreeSet<Double> set = new TreeSet<>();
        for (String part : text.split(",", -1)) {
            double p;
            try {
                p = Double.parseDouble(part.strip().replaceFirst("^[pP]", ""));
            } catch (NumberFormatException e) {
                p = Double.NaN;
            }
            if (!(p > 0 && p < 100)) {
                throw new IllegalArgumentException("got \"" + text + "\"; allowed " + ALLOWED);
            }
            set.add(p);
        }
        if (set.size() > MAX) {
            throw new IllegalArgumentException("got \"" + text + "\"; allowed " + ALLOWED);
        }
        return new Percentiles(new ArrayList<>(set));
    }

    /** These percentiles and {@code others}, in increasing order, each once (at most {@value #MAX} + others). */
    public List<Double> with(Percentiles others) {
        TreeSet<Double> set = new TreeSet<>(values);
        set.addAll(others.values);
        return List.copyOf(set);
    }

    /** How a percentile is named in files and on screen: {@code p50}, {@code p99.9}. */
    public static String label(double p) {
        return "p" + BigDecimal.valueOf(p).stripTrailingZeros().toPlainString();
    }
}
