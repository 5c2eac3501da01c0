package dev.avalanche.models.analytic;

/**
 * Parameter checks shared by the closed forms. Each failure names the parameter, the value and the
 * rule, so a capacity question with a typo fails with a sentence rather than a NaN.
 */
final class Check {

    private Check() {
    }

    /** @throws IllegalArgumentException unless {@code value} is finite and {@code > 0} */
    static double positive(String name, double value) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be finite and > 0 but was " + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException unless {@code value} is finite and {@code >= 0} */
    static double nonNegative(String name, double value) {
        if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be finite and >= 0 but was " + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException unless {@code value >= 1} */
    static int atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1 but was " + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException unless {@code 0 < value < 1} */
    static double openUnit(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1) but was " + value);
        }
        return value;
    }

    /**
     * @throws IllegalArgumentException when the utilisation {@code rho} of a queue without a size
     *     limit is not below 1: the queue then grows without bound and has no steady state
     */
    static void stable(String model, double rho, String load) {
        if (!(rho < 1)) {
            throw new IllegalArgumentException(model + " is not stable: utilisation " + load + " = " + rho
                    + " but an unlimited queue needs utilisation < 1 (add servers, or use a model with a"
                    + " size limit or abandonment)");
        }
    }
}
