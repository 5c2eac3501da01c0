package dev.avalanche.engine.random;

/**
 * Samples and their statistics for the distribution tests. The tolerances the tests derive from them
 * are z standard errors with z = 4: a correct implementation fails such a check with probability
 * about 6e-5, and with fixed seeds a test that passes once passes always.
 */
final class Draws {

    /** Standard errors of slack in every statistical check. */
    static final double Z = 4;

    private Draws() {
    }

    /** {@code n} samples of {@code d} from the stream {@code name} under master seed {@code seed}. */
    static double[] of(Distribution d, long seed, String name, int n) {
        RandomStream rng = new RandomStreams(seed).stream(name);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = d.sample(rng);
        }
        return xs;
    }

    static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return sum / xs.length;
    }

    /** The sample variance, divisor n - 1. */
    static double variance(double[] xs) {
        double m = mean(xs);
        double ss = 0;
        for (double x : xs) {
            ss += (x - m) * (x - m);
        }
        return ss / (xs.length - 1);
    }

    /** The fraction of {@code xs} that are {@code <= x}. */
    static double fractionAtMost(double[] xs, double x) {
        int count = 0;
        for (double v : xs) {
            if (v <= x) {
                count++;
            }
        }
        return (double) count / xs.length;
    }

    /**
     * The tolerance for a fraction whose true value is {@code p}: the count of n independent draws
     * below the true p-quantile is Binomial(n, p), so the fraction has sd sqrt(p (1 - p) / n),
     * whatever the distribution. Checking fractions rather than sample quantiles needs no density.
     */
    static double fractionTolerance(double p, int n) {
        return Z * Math.sqrt(p * (1 - p) / n);
    }
}
