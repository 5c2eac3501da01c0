package dev.avalanche.charts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The SVG numbers' own format writes what Batik's {@code #.####} DecimalFormat writes, tie breaks and signs included. */
class SvgNumbersTest {

    private final DecimalFormat batik = new DecimalFormat("#.####", DecimalFormatSymbols.getInstance(Locale.US));
    private final DecimalFormat fast = new SvgNumbers.FourDecimals();

    private void same(double x) {
        assertEquals(batik.format(x), fast.format(x), () -> "of " + x + " (" + Double.doubleToLongBits(x) + ")");
    }

    @Test
    void randomNumbersOfEveryMagnitudeAndSign() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(-7, 11));
            double x = random.nextDouble(-1, 1) * magnitude;
            same(x);
            same(Math.rint(x * 100) / 100); // a few decimals, as chart coordinates often have
        }
    }

    @Test
    void tiesAndNumbersNextToThemRoundAsTheExactValueSays() {
        for (long k = -200_000; k <= 200_000; k++) {
            double tie = (k + 0.5) / 10_000;
            same(tie);
            same(Math.nextUp(tie));
            same(Math.nextDown(tie));
            same(k / 10_000.0);
        }
    }

    @Test
    void zerosTinyNumbersAndNonFiniteOnes() {
        for (double x : new double[] {0, -0.0, 1e-5, -1e-5, 4.9e-5, 5e-5, -5e-5, 5.1e-5, 0.5, -0.5, 1e9, -1e9, 123456789.5,
            Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            same(x);
        }
    }
}
