package dev.avalanche.engine.random;

/**
 * Parameter checks shared by the distributions. Every failure is an {@link IllegalArgumentException}
 * whose message names the distribution, the parameter, the value and the rule, e.g.
 * {@code exponential: mean must be > 0 but was -2.0}.
 */
final class Params {

    private Params() {
    }

    /** @throws IllegalArgumentException when {@code value} is NaN or infinite */
    static double finite(String distribution, String parameter, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    distribution + ": " + parameter + " must be a finite number but was " + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException when {@code value} is not finite or {@code value <= 0} */
    static double positive(String distribution, String parameter, double value) {
        finite(distribution, parameter, value);
        if (value <= 0) {
            throw new IllegalArgumentException(distribution + ": " + parameter + " must be > 0 but was " + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException when {@code value} is not finite or {@code value < 0} */
    static double nonNegative(String distribution, String parameter, double value) {
        finite(distribution, parameter, value);
        if (value < 0) {
            throw new IllegalArgumentException(distribution + ": " + parameter + " must be >= 0 but was " + value);
        }
        return value;
    }

    /**
     * @throws IllegalArgumentException when {@code value} is not finite or not strictly greater than
     *     {@code bound}, the value of the parameter {@code boundName}
     */
    static double greaterThan(String distribution, String parameter, double value, String boundName, double bound) {
        finite(distribution, parameter, value);
        if (value <= bound) {
            throw new IllegalArgumentException(distribution + ": " + parameter + " must be > " + boundName
                    + " (" + bound + ") but was " + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException when {@code p} is not in [0, 1] */
    static double probability(String distribution, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(distribution + ": quantile p must be in [0, 1] but was " + p);
        }
        return p;
    }

    /** A short rendering for {@link Distribution#describe()}: {@code 2} rather than {@code 2.0}. */
    static String fmt(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
