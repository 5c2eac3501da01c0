package dev.avalanche.engine.random;

/**
 * Lognormal: {@code exp(mu + sigma * Z)} with Z standard normal; one normal draw per sample. The
 * usual shape of service times: a typical value and a long right tail.
 *
 * <p>Capacity people rarely know mu; they know a median, or a mean and a p99. Hence two factories:
 * <ul>
 *   <li>{@link #byMedian}: mu = ln(median), sigma given.
 *   <li>{@link #byMeanAndP99}: mean = exp(mu + sigma^2 / 2) and p99 = exp(mu + z * sigma) with
 *       z = Phi^-1(0.99) give {@code ln p99 - ln mean = z * sigma - sigma^2 / 2}, a quadratic in
 *       sigma. Its roots are {@code z -+ sqrt(z^2 - 2 ln(p99 / mean))}; we take the smaller one, the
 *       lighter tail. (The larger root, sigma > z, is a tail so heavy that the median is below
 *       mean / 15: not what someone quoting a mean and a p99 has in mind.) A real positive root
 *       exists only when {@code mean < p99 <= exp(z^2 / 2) * mean}, about 14.97 times the mean.
 * </ul>
 */
final class Lognormal implements InvertibleDistribution {

    private static final String NAME = "lognormal";

    private final double mu;
    private final double sigma;
    private final double mean;
    private final String description;

    private Lognormal(double mu, double sigma, String description) {
        this.mu = mu;
        this.sigma = sigma;
        this.mean = Math.exp(mu + 0.5 * sigma * sigma);
        this.description = description;
    }

    /** @throws IllegalArgumentException when {@code median} or {@code sigma} is not finite and > 0 */
    static Lognormal byMedian(double median, double sigma) {
        Params.positive(NAME, "median", median);
        Params.positive(NAME, "sigma", sigma);
        return new Lognormal(Math.log(median), sigma,
                "lognormal(median=" + Params.fmt(median) + ", sigma=" + Params.fmt(sigma) + ")");
    }

    /**
     * @throws IllegalArgumentException when {@code mean} or {@code p99} is not finite and > 0, when
     *     {@code p99 <= mean}, or when {@code p99 > exp(z^2 / 2) * mean} (no lognormal has them both)
     */
    static Lognormal byMeanAndP99(double mean, double p99) {
        Params.positive(NAME, "mean", mean);
        Params.greaterThan(NAME, "p99", p99, "mean", mean);
        double z = StandardNormal.quantile(0.99);
        double logRatio = Math.log(p99 / mean);
        double discriminant = z * z - 2 * logRatio;
        if (discriminant < 0) {
            throw new IllegalArgumentException(NAME + ": p99 must be at most exp(z^2/2) = "
                    + Math.exp(0.5 * z * z) + " times the mean (" + mean + ") for a lognormal to have both, but was "
                    + p99 + " (" + (p99 / mean) + " times the mean)");
        }
        // The smaller root z - sqrt(disc), written as 2 logRatio / (z + sqrt(disc)) so that it stays
        // accurate when p99 is barely above the mean (no cancellation of two nearly equal terms).
        double sigma = 2 * logRatio / (z + Math.sqrt(discriminant));
        double mu = Math.log(mean) - 0.5 * sigma * sigma;
        return new Lognormal(mu, sigma, "lognormal(mean=" + Params.fmt(mean) + ", p99=" + Params.fmt(p99)
                + "; median=" + Params.fmt(Math.exp(mu)) + ", sigma=" + Params.fmt(sigma) + ")");
    }

    /** The sigma of ln X; package-private for tests. */
    double sigma() {
        return sigma;
    }

    @Override
    public double sample(RandomStream rng) {
        return Math.exp(mu + sigma * rng.nextGaussian());
    }

    @Override
    public double mean() {
        return mean;
    }

    @Override
    public double quantile(double p) {
        Params.probability(NAME, p);
        return Math.exp(mu + sigma * StandardNormal.quantile(p));
    }

    @Override
    public String describe() {
        return description;
    }
}
