package dev.avalanche.models.analytic;

/**
 * Finds the smallest number of M/M/c servers meeting a service-level condition that becomes easier
 * to meet as servers are added (every Erlang C based target is: C and the drain rate both improve
 * with c). Walks up from the smallest stable c, updating Erlang B by one recursion step per
 * server, so the search costs O(answer) in total rather than O(answer²).
 */
final class ServerSizing {

    /** A service-level condition on c servers with Erlang C probability {@code waitProbability}. */
    @FunctionalInterface
    interface Condition {
        boolean isMet(int servers, double waitProbability);
    }

    private ServerSizing() {
    }

    /**
     * @throws IllegalArgumentException when a rate is not positive and finite, or when λ/μ needs more
     *     servers than an int can count
     */
    static int smallest(double arrivalRate, double serviceRate, Condition condition) {
        Check.positive("arrivalRate (per second)", arrivalRate);
        Check.positive("serviceRate (per second)", serviceRate);
        double load = arrivalRate / serviceRate;
        if (!(load < Integer.MAX_VALUE - 1)) {
            throw new IllegalArgumentException("offered load λ/μ = " + load + " Erlangs must be below "
                    + (Integer.MAX_VALUE - 1) + " to size servers in an int");
        }
        int c = (int) Math.floor(load) + 1;
        double b = Erlang.blocking(load, c);
        while (!condition.isMet(c, Erlang.waitFromBlocking(load, c, b))) {
            if (c == Integer.MAX_VALUE) {
                throw new IllegalArgumentException("no number of servers up to " + Integer.MAX_VALUE
                        + " meets the target at " + load + " Erlangs");
            }
            c++;
            b = Erlang.nextBlocking(load, c, b);
        }
        return c;
    }
}
