package dev.avalanche.models.analytic;

/**
 * The M/M/c/K queue: Poisson arrivals at rate λ, c exponential servers at rate μ each, room for at
 * most K customers in the system (K − c waiting); an arrival that finds K present is blocked and
 * lost. Stable at any load. With p(k) the stationary probabilities of the birth–death chain (birth
 * λ, death min(k, c)·μ), computed by a normalised recursion with rescaling (never powers and
 * factorials, so any c and K are safe):
 * <pre>
 *   P(block) = p(K)       throughput X = λ(1 − p(K))       L = Σ k·p(k)      Lq = Σ (k−c)⁺·p(k)
 *   W = L / X             Wq = Lq / X                      mean busy servers = X/μ
 * </pre>
 * M/M/c/c is Erlang B; M/M/1/K has p(K) = ρ^K(1−ρ)/(1−ρ^{K+1}). Each method costs O(K) time
 * (less when the tail underflows) and O(1) memory. Times in seconds, rates per second.
 *
 * @param arrivalRate λ, arrivals per second; {@code > 0}
 * @param serviceRate μ, services per second per server; {@code > 0}
 * @param servers c; {@code >= 1}
 * @param capacity K, the most customers in the system, waiting and in service; {@code >= c}
 */
public record MMcK(double arrivalRate, double serviceRate, int servers, int capacity) {

    /** @throws IllegalArgumentException when a rate is not positive and finite, c < 1, or K < c */
    public MMcK {
        Check.positive("arrivalRate (per second)", arrivalRate);
        Check.positive("serviceRate (per second)", serviceRate);
        Check.atLeastOne("servers", servers);
        if (capacity < servers) {
            throw new IllegalArgumentException("capacity K must be >= servers (" + servers + ") but was " + capacity);
        }
    }

    /** P(block) = p(K): the probability that an arrival finds the system full and is lost. */
    public double blockingProbability() {
        return stationary().probabilityOfMaxState();
    }

    /** X = λ(1 − p(K)): accepted (and, in steady state, completed) customers per second. */
    public double throughput() {
        return arrivalRate * (1 - blockingProbability());
    }

    /** L: the mean number in the system. */
    public double meanInSystem() {
        return stationary().meanNumber();
    }

    /** Lq: the mean number waiting. */
    public double meanInQueue() {
        return stationary().meanQueue();
    }

    /** The mean number of busy servers, X/μ. */
    public double meanBusyServers() {
        return stationary().meanBusy();
    }

    /** W = L / X: the mean time in the system of an accepted customer, in seconds. */
    public double meanSojourn() {
        BirthDeath.Stationary s = stationary();
        return s.meanNumber() / (arrivalRate * (1 - s.probabilityOfMaxState()));
    }

    /** Wq = Lq / X: the mean wait of an accepted customer, in seconds. */
    public double meanWait() {
        BirthDeath.Stationary s = stationary();
        return s.meanQueue() / (arrivalRate * (1 - s.probabilityOfMaxState()));
    }

    /**
     * The probability that an accepted customer waits: P(c ≤ N < K) / (1 − p(K)), by PASTA. It is 0
     * when K = c (there is no waiting room).
     */
    public double probabilityOfWait() {
        BirthDeath.Stationary s = stationary();
        double pFull = s.probabilityOfMaxState();
        return Math.max(0, s.probabilityAtLeastServers() - pFull) / (1 - pFull);
    }

    private BirthDeath.Stationary stationary() {
        return BirthDeath.solve(arrivalRate, serviceRate, servers, 0, capacity, false);
    }
}
