package dev.avalanche.engine.random;

/**
 * The first four raw moments E[X^k] of a distribution, computed in the tests from textbook formulas
 * (independently of the code under test), and what the tolerances need from them.
 */
record Moments(double m1, double m2, double m3, double m4) {

    /** The raw moments given by {@code raw.moment(k)} for k = 1..4. */
    static Moments of(RawMoment raw) {
        return new Moments(raw.moment(1), raw.moment(2), raw.moment(3), raw.moment(4));
    }

    /** The moments of the mixture with (normalised) weights {@code w} of {@code parts}. */
    static Moments mixture(double[] w, Moments... parts) {
        double[] m = new double[4];
        for (int i = 0; i < parts.length; i++) {
            m[0] += w[i] * parts[i].m1;
            m[1] += w[i] * parts[i].m2;
            m[2] += w[i] * parts[i].m3;
            m[3] += w[i] * parts[i].m4;
        }
        return new Moments(m[0], m[1], m[2], m[3]);
    }

    double mean() {
        return m1;
    }

    double variance() {
        return m2 - m1 * m1;
    }

    /** E[(X - mean)^4]. */
    double centralFourth() {
        return m4 - 4 * m1 * m3 + 6 * m1 * m1 * m2 - 3 * m1 * m1 * m1 * m1;
    }

    /**
     * The standard error of the sample mean of n draws, sqrt(Var X / n), by the central limit
     * theorem (finite variance).
     */
    double meanStandardError(int n) {
        return Math.sqrt(variance() / n);
    }

    /**
     * The standard error of the sample variance of n draws, sqrt((mu4 - sigma^4) / n) to first order,
     * so it needs a finite fourth moment; heavy-tailed cases (large kurtosis) get wide tolerances.
     */
    double varianceStandardError(int n) {
        double v = variance();
        return Math.sqrt((centralFourth() - v * v) / n);
    }

    interface RawMoment {
        double moment(int k);
    }
}
