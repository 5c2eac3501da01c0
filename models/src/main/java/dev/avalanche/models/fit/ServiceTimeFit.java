package dev.avalanche.models.fit;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * A service-time distribution fitted to samples (seconds): lognormal (maximum likelihood: the mean
 * and sd of ln x) and gamma (maximum likelihood, Minka's closed-form start), the one nearer the
 * samples by the Kolmogorov-Smirnov distance kept; constant when the samples vary by less than
 * {@link #CONSTANT_CV} of their mean, where the shape cannot matter to the model. Each fit is
 * checked at its quantiles against the samples' own.
 *
 * @param family the kept family
 * @param scale lognormal: the median; gamma: the mean; constant: the value (seconds)
 * @param shape lognormal: sigma (sd of ln x); gamma: the shape k; constant: 0
 * @param samples how many samples
 * @param mean the samples' mean (seconds)
 * @param meanHalfWidth95 half the width of the mean's 95% confidence interval (normal approximation, seconds)
 * @param ks the Kolmogorov-Smirnov distance between the fit and the samples (0 for constant)
 * @param checks the fit's quantiles against the samples'
 */
public record ServiceTimeFit(Family family, double scale, double shape, int samples, double mean, double meanHalfWidth95,
        double ks, List<QuantileCheck> checks) {

    /** Below this coefficient of variation the samples are fitted as a constant. */
    public static final double CONSTANT_CV = 0.02;
    /** Fewer samples than this cannot be fitted. */
    public static final int MIN_SAMPLES = 5;

    /** The fitted families, as the scenario format names them. */
    public enum Family {
        CONSTANT("constant"), LOGNORMAL("lognormal"), GAMMA("gamma");

        private final String yamlName;

        Family(String yamlName) {
            this.yamlName = yamlName;
        }

        /** The name in the scenario format ({@code dist: ...}). */
        public String yamlName() {
            return yamlName;
        }
    }

    /**
     * One quantile: the samples' (nearest rank) and the fit's.
     *
     * @param p the probability, 0 < p < 1
     */
    public record QuantileCheck(double p, double observed, double fitted) {

        /** |fitted - observed| / observed. */
        public double relativeError() {
            return Math.abs(fitted - observed) / observed;
        }
    }

    public ServiceTimeFit {
        checks = List.copyOf(checks);
    }

    /**
     * Fits {@code samples} (seconds, each &gt; 0).
     *
     * @throws IllegalArgumentException when there are fewer than {@link #MIN_SAMPLES} samples or one is not &gt; 0 and finite
     */
    public static ServiceTimeFit of(double[] samples) {
        if (samples.length < MIN_SAMPLES) {
            throw new IllegalArgumentException("samples: got " + samples.length + "; allowed at least " + MIN_SAMPLES);
        }
        double[] x = samples.clone();
        Arrays.sort(x);
        if (!(x[0] > 0) || !Double.isFinite(x[x.length - 1])) {
            throw new IllegalArgumentException("samples: got " + x[0] + " .. " + x[x.length - 1] + "; allowed finite values > 0");
        }
        int n = x.length;
        double mean = Arrays.stream(x).sum() / n;
        double var = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (n - 1);
        double half = 1.96 * Math.sqrt(var / n);
        if (Math.sqrt(var) / mean < CONSTANT_CV) {
            return new ServiceTimeFit(Family.CONSTANT, mean, 0, n, mean, half, 0, checks(x, null, mean));
        }
        double meanLog = Arrays.stream(x).map(Math::log).sum() / n;
        double sdLog = Math.sqrt(Arrays.stream(x).map(v -> (Math.log(v) - meanLog) * (Math.log(v) - meanLog)).sum() / n);
        LogNormalDistribution logNormal = new LogNormalDistribution(null, meanLog, sdLog);
        double k = gammaShape(mean, meanLog);
        GammaDistribution gamma = new GammaDistribution(null, k, mean / k);
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        double dLog = ks.kolmogorovSmirnovStatistic(logNormal, x);
        double dGamma = ks.kolmogorovSmirnovStatistic(gamma, x);
        if (dLog <= dGamma) {
            return new ServiceTimeFit(Family.LOGNORMAL, Math.exp(meanLog), sdLog, n, mean, half, dLog, checks(x, logNormal, 0));
        }
        return new ServiceTimeFit(Family.GAMMA, mean, k, n, mean, half, dGamma, checks(x, gamma, 0));
    }

    /**
     * The gamma shape's maximum-likelihood estimate: Minka's closed form, then Newton steps on
     * ln k - digamma(k) = ln(mean) - mean(ln x).
     */
    static double gammaShape(double mean, double meanLog) {
        double s = Math.log(mean) - meanLog;
        if (!(s > 1e-12)) {
            return 1e6;
        }
        double k = (3 - s + Math.sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
        for (int i = 0; i < 20; i++) {
            double f = Math.log(k) - org.apache.commons.math3.special.Gamma.digamma(k) - s;
            double df = 1 / k - org.apache.commons.math3.special.Gamma.trigamma(k);
            double next = k - f / df;
            if (!(next > 0)) {
                break;
            }
            if (Math.abs(next - k) < 1e-10 * k) {
                return next;
            }
            k = next;
        }
        return k;
    }

    /** Quantile checks at 0.5 and 0.9, and 0.99 with 100 samples or more. */
    private static List<QuantileCheck> checks(double[] sorted, RealDistribution fit, double constant) {
        double[] ps = sorted.length >= 100 ? new double[] {0.5, 0.9, 0.99} : new double[] {0.5, 0.9};
        return Arrays.stream(ps).mapToObj(p -> new QuantileCheck(p, quantile(sorted, p),
                fit == null ? constant : fit.inverseCumulativeProbability(p))).toList();
    }

    /** The nearest-rank quantile of sorted values. */
    public static double quantile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The largest relative error of the quantile checks. */
    public double worstQuantileError() {
        return checks.stream().mapToDouble(QuantileCheck::relativeError).max().orElse(0);
    }

    /** The fit's mean (seconds). */
    public double fittedMean() {
        return switch (family) {
            case CONSTANT, GAMMA -> scale;
            case LOGNORMAL -> scale * Math.exp(shape * shape / 2);
        };
    }

    /** The same shape, every value multiplied by {@code factor} (&gt; 0). */
    public ServiceTimeFit scaled(double factor) {
        return new ServiceTimeFit(family, scale * factor, shape, samples, mean * factor, meanHalfWidth95 * factor, ks,
                checks.stream().map(c -> new QuantileCheck(c.p(), c.observed() * factor, c.fitted() * factor)).toList());
    }
}
