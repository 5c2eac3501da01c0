package dev.avalanche.engine.random;

/**
 * A normal distribution with parameters {@code mu} and {@code sd}, conditioned on being >= 0
 * (truncated at zero), for quantities that are "about mu, give or take sd" but cannot be negative.
 *
 * <p>Sampled by rejection: draw from the normal and redraw while negative. Unlike reflecting or
 * clamping negatives, this gives exactly the conditioned distribution. {@code mu >= 0} is required
 * so that at least half the draws are accepted (on average at most two normal draws per sample).
 *
 * <p>{@code mu} is the mean of the untruncated normal, not of this distribution: {@link #mean()} is
 * the truncated mean {@code mu + sd * phi(mu / sd) / Phi(mu / sd)}, larger than {@code mu} whenever
 * the truncation cuts off some mass.
 */
final class TruncatedNormal implements InvertibleDistribution {

    private static final String NAME = "truncated normal";

    private final double mu;
    private final double sd;
    /** P(N(mu, sd) < 0), the mass cut off. */
    private final double cutMass;
    private final double mean;

    TruncatedNormal(double mu, double sd) {
        this.mu = Params.nonNegative(NAME, "mean", mu);
        this.sd = Params.positive(NAME, "sd", sd);
        double alpha = mu / sd;
        this.cutMass = StandardNormal.cdf(-alpha);
        this.mean = mu + sd * StandardNormal.density(alpha) / StandardNormal.cdf(alpha);
    }

    @Override
    public double sample(RandomStream rng) {
        double x;
        do {
            x = mu + sd * rng.nextGaussian();
        } while (x < 0);
        return x;
    }

    @Override
    public double mean() {
        return mean;
    }

    @Override
    public double quantile(double p) {
        Params.probability(NAME, p);
        return Math.max(0, mu + sd * StandardNormal.quantile(cutMass + p * (1 - cutMass)));
    }

    @Override
    public String describe() {
        return "normal(mean=" + Params.fmt(mu) + ", sd=" + Params.fmt(sd) + ") truncated at 0";
    }
}
