package dev.avalanche.models.analytic;

/**
 * The Erlang loss (B) and delay (C) formulas for c servers offered a = λ/μ Erlangs of traffic.
 *
 * <p>Neither is computed from a^c/c!, which overflows a double from c ≈ 170. Erlang B uses the
 * recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)), whose every step is a ratio in [0, 1], so it
 * is stable for any c (O(c) time); Erlang C follows from B by C = B / (1 − ρ(1 − B)) with ρ = a/c.
 */
public final class Erlang {

    private Erlang() {
    }

    /**
     * Erlang B: the probability that an arrival finds all {@code servers} busy and is lost in an
     * M/M/c/c system (also valid for any service distribution with that mean: M/G/c/c).
     *
     * @param offeredLoad a = λ/μ in Erlangs; {@code >= 0}
     * @param servers c; {@code >= 1}
     * @throws IllegalArgumentException when a is negative, NaN or infinite, or c < 1
     */
    public static double blocking(double offeredLoad, int servers) {
        Check.nonNegative("offeredLoad (Erlangs)", offeredLoad);
        Check.atLeastOne("servers", servers);
        double b = 1;
        for (int k = 1; k <= servers; k++) {
            b = nextBlocking(offeredLoad, k, b);
        }
        return b;
    }

    /**
     * Erlang C: the probability that an arrival has to wait in an M/M/c queue with an unlimited
     * FIFO queue, C = B / (1 − ρ(1 − B)), ρ = a/c.
     *
     * @param offeredLoad a = λ/μ in Erlangs; {@code >= 0} and {@code < servers}
     * @param servers c; {@code >= 1}
     * @throws IllegalArgumentException when a is negative, NaN or infinite, c < 1, or a ≥ c (not stable)
     */
    public static double waitProbability(double offeredLoad, int servers) {
        double b = blocking(offeredLoad, servers);
        Check.stable("M/M/c with " + offeredLoad + " Erlangs on " + servers + " servers",
                offeredLoad / servers, "a/c");
        return waitFromBlocking(offeredLoad, servers, b);
    }

    /** One step of the Erlang B recursion: B(k) from B(k−1). */
    static double nextBlocking(double offeredLoad, int k, double previous) {
        double ab = offeredLoad * previous;
        return ab / (k + ab);
    }

    /** Erlang C from Erlang B at the same a and c; requires a < c. */
    static double waitFromBlocking(double offeredLoad, int servers, double blocking) {
        double rho = offeredLoad / servers;
        return blocking / (1 - rho * (1 - blocking));
    }
}
