package dev.avalanche.models.analytic;

/**
 * The M/G/1 queue: Poisson arrivals at rate λ, one server whose service time S has any
 * distribution with mean E[S] and second moment E[S²], unlimited FIFO queue. The
 * Pollaczek–Khinchine formula, with ρ = λ·E[S]:
 * <pre>
 *   Wq = λ E[S²] / (2(1 − ρ)) = ρ E[S] (1 + SCV) / (2(1 − ρ))     SCV = Var[S]/E[S]²
 *   W = Wq + E[S]          Lq = λ Wq          L = λ W
 * </pre>
 * Deterministic service (SCV 0) waits half as long as exponential (SCV 1); burstier service waits
 * longer in proportion to 1 + SCV. Times in seconds, rates per second.
 *
 * @param arrivalRate λ, arrivals per second; {@code > 0}
 * @param meanService E[S] in seconds; {@code > 0}, with λ·E[S] < 1
 * @param serviceSecondMoment E[S²] in seconds²; {@code >= E[S]²}
 */
public record MG1(double arrivalRate, double meanService, double serviceSecondMoment) {

    /**
     * @throws IllegalArgumentException when a parameter is not positive and finite, when E[S²] < E[S]²
     *     (no distribution has a negative variance), or when λ·E[S] ≥ 1 (not stable)
     */
    public MG1 {
        Check.positive("arrivalRate (per second)", arrivalRate);
        Check.positive("meanService (s)", meanService);
        Check.positive("serviceSecondMoment (s²)", serviceSecondMoment);
        // Relative slack of a few ulps, so that E[S²] = E[S]·E[S] written by a caller for deterministic service passes.
        if (serviceSecondMoment < meanService * meanService * (1 - 1e-12)) {
            throw new IllegalArgumentException("serviceSecondMoment (s²) must be >= meanService² = " + meanService * meanService
                    + " (a variance is never negative) but was " + serviceSecondMoment);
        }
        Check.stable("M/G/1 with arrivalRate " + arrivalRate + "/s and meanService " + meanService + " s",
                arrivalRate * meanService, "λ·E[S]");
    }

    /**
     * The M/G/1 queue given the squared coefficient of variation of service instead of its second
     * moment: E[S²] = E[S]²(1 + SCV).
     *
     * @param scv Var[S]/E[S]²: 0 for constant service, 1 for exponential; {@code >= 0}
     * @throws IllegalArgumentException as the constructor, or when scv is negative, NaN or infinite
     */
    public static MG1 ofScv(double arrivalRate, double meanService, double scv) {
        Check.nonNegative("service SCV", scv);
        return new MG1(arrivalRate, meanService, meanService * meanService * (1 + scv));
    }

    /** ρ = λ·E[S]: the fraction of time the server is busy. */
    public double utilisation() {
        return arrivalRate * meanService;
    }

    /** Wq = λ E[S²] / (2(1 − ρ)): the mean wait before service in seconds (Pollaczek–Khinchine). */
    public double meanWait() {
        return arrivalRate * serviceSecondMoment / (2 * (1 - utilisation()));
    }

    /** W = Wq + E[S]: the mean time in the system in seconds. */
    public double meanSojourn() {
        return meanWait() + meanService;
    }

    /** Lq = λ Wq: the mean number waiting. */
    public double meanInQueue() {
        return arrivalRate * meanWait();
    }

    /** L = λ W: the mean number in the system. */
    public double meanInSystem() {
        return arrivalRate * meanSojourn();
    }
}
