package dev.avalanche.models.result;

/**
 * The outcome of one kind of request within a variant whose traffic is a mix (cart reads beside
 * checkouts). Its counts are conserved on their own, and the kinds' counts add up to the
 * variant's; rates are over the variant's measured span.
 *
 * @param name the kind's name in the mix
 * @param share the fraction of intents the scenario gives this kind
 * @param requests the counts of this kind's measured requests
 * @param latency the latencies of this kind's successful responses
 * @param throughput completed responses of this kind per second
 * @param goodputRate responses of this kind received by waiting users per second
 */
public record KindResult(String name, double share, RequestCounts requests, LatencySummary latency, double throughput,
        double goodputRate) {

    /**
     * The timeline column of kind {@code kind}'s {@code figure}, kept in a mix's runs:
     * {@code kind.cart.goodput} (responses to waiting users per interval) and
     * {@code kind.cart.latency.p50} and {@code .p99} ({@code figure} {@code latency.p99}).
     */
    public static String column(String kind, String figure) {
        return "kind." + kind + "." + figure;
    }

    /** Goodput over intents: the fraction of this kind's users who got their page; NaN without an intent. */
    public double goodputRatio() {
        return requests.intents() == 0 ? Double.NaN : (double) requests.goodput() / requests.intents();
    }
}
