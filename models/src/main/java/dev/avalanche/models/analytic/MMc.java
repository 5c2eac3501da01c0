package dev.avalanche.models.analytic;

/**
 * The M/M/c queue (Erlang C): Poisson arrivals at rate λ, c servers with exponential service at
 * rate μ each, unlimited FIFO queue. With a = λ/μ Erlangs, ρ = a/c and C the Erlang C probability:
 * <pre>
 *   P(wait) = C          Wq = C / (cμ − λ)          W = Wq + 1/μ
 *   Lq = λ Wq            L = λ W                    mean busy servers = a
 *   P(Wq > t) = C e^{−(cμ−λ)t}   for t ≥ 0
 * </pre>
 * Times are in seconds, rates per second. Every method is O(c) (the Erlang B recursion) and stable
 * for any c: see {@link Erlang}.
 *
 * @param arrivalRate λ, arrivals per second; {@code > 0}
 * @param serviceRate μ, services per second per server (1 / mean service time); {@code > 0}
 * @param servers c; {@code >= 1} and {@code > λ/μ}
 */
public record MMc(double arrivalRate, double serviceRate, int servers) {

    /** @throws IllegalArgumentException when a rate is not positive and finite, c < 1, or λ ≥ cμ (not stable) */
    public MMc {
        Check.positive("arrivalRate (per second)", arrivalRate);
        Check.positive("serviceRate (per second)", serviceRate);
        Check.atLeastOne("servers", servers);
        Check.stable("M/M/c with arrivalRate " + arrivalRate + "/s, serviceRate " + serviceRate + "/s and "
                + servers + " servers", arrivalRate / serviceRate / servers, "λ/(cμ)");
    }

    /** a = λ/μ: the offered load in Erlangs. */
    public double offeredLoad() {
        return arrivalRate / serviceRate;
    }

    /** ρ = λ/(cμ): the fraction of time a given server is busy. */
    public double utilisation() {
        return offeredLoad() / servers;
    }

    /** The mean number of busy servers, a = λ/μ (Little's law applied to the servers). */
    public double meanBusyServers() {
        return offeredLoad();
    }

    /** C: the probability that an arrival finds every server busy and waits (Erlang C). */
    public double probabilityOfWait() {
        return Erlang.waitProbability(offeredLoad(), servers);
    }

    /** Wq = C / (cμ − λ): the mean wait before service over all customers, in seconds. */
    public double meanWait() {
        return probabilityOfWait() / drainRate();
    }

    /** W = Wq + 1/μ: the mean time in the system in seconds. */
    public double meanSojourn() {
        return meanWait() + 1 / serviceRate;
    }

    /** Lq = λ Wq: the mean number waiting. */
    public double meanInQueue() {
        return arrivalRate * meanWait();
    }

    /** L = λ W: the mean number in the system. */
    public double meanInSystem() {
        return arrivalRate * meanSojourn();
    }

    /**
     * P(Wq > t) = C e^{−(cμ−λ)t}: the probability that an arrival waits longer than {@code seconds}.
     *
     * @throws IllegalArgumentException when {@code seconds} is negative, NaN or infinite
     */
    public double probabilityWaitExceeds(double seconds) {
        Check.nonNegative("wait threshold (s)", seconds);
        return probabilityOfWait() * Math.exp(-drainRate() * seconds);
    }

    /**
     * The p-quantile of the wait in seconds: the smallest t with P(Wq ≤ t) ≥ p. It is 0 when
     * p ≤ 1 − C (that many arrivals do not wait at all), otherwise ln(C / (1 − p)) / (cμ − λ).
     *
     * @param p the probability, e.g. 0.99; in (0, 1)
     * @throws IllegalArgumentException when p is not in (0, 1)
     */
    public double waitQuantile(double p) {
        Check.openUnit("quantile probability p", p);
        double c = probabilityOfWait();
        if (p <= 1 - c) {
            return 0;
        }
        return Math.log(c / (1 - p)) / drainRate();
    }

    /**
     * The smallest number of servers for which P(wait) ≤ {@code target}.
     *
     * @param arrivalRate λ per second; {@code > 0}
     * @param serviceRate μ per second per server; {@code > 0}
     * @param target the largest acceptable probability of waiting; in (0, 1)
     * @throws IllegalArgumentException when a parameter is out of range, or λ/μ is too large for an int count of servers
     */
    public static int minimumServersForWaitProbability(double arrivalRate, double serviceRate, double target) {
        Check.openUnit("target probability of waiting", target);
        return ServerSizing.smallest(arrivalRate, serviceRate, (c, waitProbability) -> waitProbability <= target);
    }

    /**
     * The smallest number of servers for which the p-quantile of the wait is at most
     * {@code maxWaitSeconds}, i.e. P(Wq > t) = C e^{−(cμ−λ)t} ≤ 1 − p.
     *
     * @param arrivalRate λ per second; {@code > 0}
     * @param serviceRate μ per second per server; {@code > 0}
     * @param p the quantile's probability, e.g. 0.99; in (0, 1)
     * @param maxWaitSeconds t, the largest acceptable p-quantile of the wait; {@code >= 0}
     * @throws IllegalArgumentException when a parameter is out of range, or λ/μ is too large for an int count of servers
     */
    public static int minimumServersForWaitQuantile(double arrivalRate, double serviceRate, double p,
            double maxWaitSeconds) {
        Check.openUnit("quantile probability p", p);
        Check.nonNegative("maxWaitSeconds", maxWaitSeconds);
        return ServerSizing.smallest(arrivalRate, serviceRate,
                (c, waitProbability) -> waitProbability * Math.exp(-(c * serviceRate - arrivalRate) * maxWaitSeconds) <= 1 - p);
    }

    /** cμ − λ: the rate at which the queue drains while every server is busy. */
    private double drainRate() {
        return servers * serviceRate - arrivalRate;
    }
}
