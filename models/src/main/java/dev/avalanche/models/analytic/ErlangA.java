package dev.avalanche.models.analytic;

/**
 * The M/M/n+M queue (Erlang A): Poisson arrivals at rate λ, n exponential servers at rate μ each,
 * an unlimited FIFO queue, and exponential patience at rate θ: a customer still waiting when its
 * patience runs out abandons. The number in system is a birth–death chain with birth λ and death
 * min(k, n)·μ + max(k − n, 0)·θ; it is stable at any load because abandonment grows with the queue.
 * <pre>
 *   P(wait) = P(N ≥ n)   (PASTA)        E[Q] = Σ (k−n)⁺ p(k)
 *   P(abandon) = θ·E[Q] / λ             (abandonment flow over arrival flow)
 *   mean wait over all arrivals = E[Q] / λ        mean busy servers = λ(1 − P(abandon)) / μ
 * </pre>
 *
 * <p><b>Truncation.</b> The chain is infinite. It is summed state by state (a normalised recursion
 * with rescaling, never powers and factorials) until past n the birth/death ratio r is below 1 and the geometric bounds on the remaining tail
 * are below 1e-17 of the sums they join, so the truncation error is below double precision. The
 * ratio first falls below 1 around state n + (λ − nμ)/θ, so a tiny θ under overload needs many
 * states: more than {@value #MAX_STATES} is refused. As θ → 0 the model tends to M/M/c (use
 * {@link MMc}); as θ → ∞ to M/M/n/n, where P(abandon) becomes Erlang B's blocking. The
 * constructor refuses overloads that obviously need too many states; the methods throw
 * {@link IllegalStateException} if a chain (say a load within 1e-9 of n·μ with a tiny θ) still
 * does not settle within that limit.
 *
 * @param arrivalRate λ, arrivals per second; {@code > 0}
 * @param serviceRate μ, services per second per server; {@code > 0}
 * @param servers n; {@code >= 1}
 * @param abandonmentRate θ, 1 / mean patience, per second; {@code > 0}
 */
public record ErlangA(double arrivalRate, double serviceRate, int servers, double abandonmentRate) {

    /** The most states summed; each costs a few nanoseconds. */
    public static final long MAX_STATES = 100_000_000L;

    /**
     * @throws IllegalArgumentException when a rate is not positive and finite, n < 1, or the chain
     *     would need more than {@value #MAX_STATES} states (tiny θ under overload)
     */
    public ErlangA {
        Check.positive("arrivalRate (per second)", arrivalRate);
        Check.positive("serviceRate (per second)", serviceRate);
        Check.atLeastOne("servers", servers);
        Check.positive("abandonmentRate θ (per second)", abandonmentRate);
        double queueAtBalance = (arrivalRate - servers * serviceRate) / abandonmentRate;
        if (queueAtBalance > MAX_STATES / 2.0) {
            throw new IllegalArgumentException("abandonmentRate θ = " + abandonmentRate + "/s is too small for an overload of "
                    + (arrivalRate - servers * serviceRate) + "/s: the queue settles near " + queueAtBalance
                    + " customers, but at most " + MAX_STATES + " states are summed; raise θ or add servers");
        }
    }

    /** P(wait) = P(N ≥ n): the probability that an arrival finds every server busy. */
    public double probabilityOfWait() {
        return stationary().probabilityAtLeastServers();
    }

    /** P(abandon) = θ·E[Q]/λ: the fraction of arrivals that leave before service. */
    public double probabilityOfAbandonment() {
        return abandonmentRate * meanInQueue() / arrivalRate;
    }

    /** E[Q]: the mean number waiting. */
    public double meanInQueue() {
        return stationary().meanQueue();
    }

    /** E[Q]/λ: the mean time waiting in seconds, over all arrivals (those who abandon count their time until they leave). */
    public double meanWait() {
        return meanInQueue() / arrivalRate;
    }

    /** E[min(N, n)]: the mean number of busy servers, which equals λ(1 − P(abandon))/μ. */
    public double meanBusyServers() {
        return stationary().meanBusy();
    }

    /** λ(1 − P(abandon)): customers served per second. */
    public double throughput() {
        return arrivalRate - abandonmentRate * meanInQueue();
    }

    private BirthDeath.Stationary stationary() {
        BirthDeath.Stationary s = BirthDeath.solve(arrivalRate, serviceRate, servers, abandonmentRate, MAX_STATES, true);
        if (s == null) {
            throw new IllegalStateException("the Erlang A chain for " + this + " did not settle within " + MAX_STATES + " states");
        }
        return s;
    }
}
