package dev.avalanche.models.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A piecewise-linear arrival profile fitted to rates per interval (requests per second in
 * consecutive bins of equal length): corners are added greedily where the polyline is furthest
 * from a bin's rate, starting from the first bin, the last and the peak (so the peak is always a
 * corner), until every bin is within {@code tolerance} x the peak or there are {@code maxPoints}
 * corners. Each corner is at a bin's middle, with that bin's rate.
 *
 * @param points the corners: seconds since the start of the first bin, and the rate there
 * @param peakRate the highest bin's rate (requests per second)
 * @param peakAtSeconds the middle of the highest bin (seconds)
 * @param maxError the largest |polyline - rate| over the bins (requests per second)
 * @param meanRate the bins' mean rate
 */
public record ProfileFit(List<Corner> points, double peakRate, double peakAtSeconds, double maxError, double meanRate) {

    /** One corner: {@code rate} per second at {@code atSeconds}. */
    public record Corner(double atSeconds, double rate) {
    }

    public ProfileFit {
        points = List.copyOf(points);
    }

    /**
     * Fits {@code rates} (per second, bins of {@code binSeconds} each).
     *
     * @throws IllegalArgumentException when there is no bin, a rate is negative or not finite, or
     *     maxPoints is below 3 or tolerance not in [0, 1]
     */
    public static ProfileFit of(double[] rates, double binSeconds, int maxPoints, double tolerance) {
        if (rates.length == 0) {
            throw new IllegalArgumentException("rates: got none; allowed at least one interval");
        }
        if (maxPoints < 3) {
            throw new IllegalArgumentException("points: got " + maxPoints + "; allowed at least 3 (first, peak, last)");
        }
        if (!(tolerance >= 0 && tolerance <= 1)) {
            throw new IllegalArgumentException("tolerance: got " + tolerance + "; allowed 0 to 1 (a fraction of the peak)");
        }
        int peak = 0;
        double sum = 0;
        for (int i = 0; i < rates.length; i++) {
            if (!(rates[i] >= 0) || !Double.isFinite(rates[i])) {
                throw new IllegalArgumentException("rates[" + i + "]: got " + rates[i] + "; allowed a finite rate >= 0");
            }
            sum += rates[i];
            if (rates[i] > rates[peak]) {
                peak = i;
            }
        }
        TreeSet<Integer> corners = new TreeSet<>(List.of(0, rates.length - 1, peak));
        double error;
        while (true) {
            int worst = -1;
            error = 0;
            for (int i = 0; i < rates.length; i++) {
                double e = Math.abs(at(corners, rates, i) - rates[i]);
                if (e > error) {
                    error = e;
                    worst = i;
                }
            }
            if (worst < 0 || error <= tolerance * rates[peak] || corners.size() >= maxPoints) {
                break;
            }
            corners.add(worst);
        }
        List<Corner> points = new ArrayList<>();
        for (int i : corners) {
            points.add(new Corner((i + 0.5) * binSeconds, rates[i]));
        }
        return new ProfileFit(points, rates[peak], (peak + 0.5) * binSeconds, error, sum / rates.length);
    }

    /** The polyline through the corners at bin {@code i}. */
    private static double at(TreeSet<Integer> corners, double[] rates, int i) {
        Integer lo = corners.floor(i);
        Integer hi = corners.ceiling(i);
        if (lo == null || hi == null) {
            return rates[lo == null ? hi : lo];
        }
        if (lo.equals(hi)) {
            return rates[lo];
        }
        return rates[lo] + (rates[hi] - rates[lo]) * (i - lo) / (double) (hi - lo);
    }
}
