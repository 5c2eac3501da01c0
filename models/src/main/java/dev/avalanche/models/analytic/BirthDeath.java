package dev.avalanche.models.analytic;

/**
 * Stationary moments of the birth–death chain behind M/M/c/K and M/M/n+M: births at rate λ in
 * every state, deaths at rate d(k) = min(k, c)·μ + max(k − c, 0)·θ in state k.
 *
 * <p>The unnormalised probabilities q(0) = 1, q(k) = q(k−1)·λ/d(k) are built by that recursion
 * (never from powers and factorials) and every sum is divided by Σq only at the end. Whenever
 * q(k) exceeds {@link #RESCALE} the current term and every running sum are multiplied by
 * 1/RESCALE, so nothing overflows whatever c and λ/μ; the sum stops at the first term below
 * 1e-300 of the peak scale, all later terms being smaller still. Time O(states summed), memory O(1).
 */
final class BirthDeath {

    /** Running sums are scaled down by this factor whenever a term exceeds it. */
    private static final double RESCALE = 0x1p500;
    /**
     * A term below this is past the peak (terms rise from q(0) = 1 while λ/d(k) ≥ 1, rescaling keeps
     * them ≥ 1 there, and fall for good once it is below 1, since d grows with k), so it and all later
     * terms are negligible against the sum, which is ≥ 1. Comparing with 0 would not do: a decaying
     * term that reaches the smallest subnormal can stay there, as 2^-1074 · r rounds to 2^-1074.
     */
    private static final double TINY = 1e-300;
    /** A tail is negligible when its bound is below this fraction of the sum it would join. */
    private static final double NEGLIGIBLE = 1e-17;

    /**
     * The summary of a stationary distribution; probabilities and means are normalised.
     *
     * @param statesSummed how many states after state 0 were summed
     * @param probabilityOfMaxState P(N = maxState); 0 when the sum stopped earlier because every
     *     later term was negligible
     * @param probabilityAtLeastServers P(N ≥ c)
     * @param meanNumber E[N]
     * @param meanQueue E[max(N − c, 0)]
     * @param meanBusy E[min(N, c)]
     */
    record Stationary(long statesSummed, double probabilityOfMaxState, double probabilityAtLeastServers,
            double meanNumber, double meanQueue, double meanBusy) {
    }

    private BirthDeath() {
    }

    /**
     * Sums states 0..{@code maxState}; requires c ≥ 1, μ > 0, θ ≥ 0. With {@code truncate}, stops
     * earlier at the first state k > c whose ratio r = λ/d(k+1) is below 1 and where the geometric
     * bounds on what is left, q(k)·r/(1−r) for the probability mass and q(k)·((k−c)·r/(1−r) + r/(1−r)²)
     * for the queue mean, are both below 1e-17 of the (waiting-state and queue) sums they would join. Death rates grow with k, so every later ratio is ≤ r
     * and those bounds really bound the tail: the truncation error is below double precision.
     *
     * @return the summary, or null when {@code truncate} is set and the tail was still not
     *     negligible at {@code maxState}
     */
    static Stationary solve(double lambda, double mu, int c, double theta, long maxState, boolean truncate) {
        double q = 1;
        double sum = 1;
        double sumN = 0;
        double sumQueue = 0;
        double sumBusy = 0;
        double sumWaiting = 0;
        long k = 0;
        boolean settled = !truncate;
        while (k < maxState) {
            k++;
            q *= lambda / deathRate(k, mu, c, theta);
            if (q > RESCALE) {
                double s = 1 / RESCALE;
                q *= s;
                sum *= s;
                sumN *= s;
                sumQueue *= s;
                sumBusy *= s;
                sumWaiting *= s;
            }
            long waiting = Math.max(k - c, 0);
            sum += q;
            sumN += k * q;
            sumQueue += waiting * q;
            sumBusy += Math.min(k, c) * q;
            if (k >= c) {
                sumWaiting += q;
            }
            if (q < TINY) {
                settled = true;
                break;
            }
            if (truncate && k > c) {
                double r = lambda / deathRate(k + 1, mu, c, theta);
                if (r < 1) {
                    double g = r / (1 - r);
                    if (q * g <= NEGLIGIBLE * sumWaiting && q * (waiting * g + g / (1 - r)) <= NEGLIGIBLE * sumQueue) {
                        settled = true;
                        break;
                    }
                }
            }
        }
        if (!settled) {
            return null;
        }
        return new Stationary(k, k == maxState ? q / sum : 0, sumWaiting / sum, sumN / sum, sumQueue / sum, sumBusy / sum);
    }

    private static double deathRate(long k, double mu, int c, double theta) {
        return k <= c ? k * mu : c * mu + (k - c) * theta;
    }
}
