package dev.avalanche.scenarios.output;

import java.util.Locale;

/** How every CSV the project writes spells a number: integers as integers, others to 6 significant digits, an empty cell for NaN or infinity. */
final class CsvNumbers {

    private CsvNumbers() {
    }

    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
