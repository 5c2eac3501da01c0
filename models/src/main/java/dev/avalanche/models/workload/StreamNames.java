package dev.avalanche.models.workload;

/**
 * The names of the random streams, one per source of randomness. The simulator and live mode draw
 * each source from the stream of the same name of the same seed, so a live run's arrivals,
 * patience and refreshes are the ones its prediction drew (common random numbers), and two
 * variants compared draw the same arrivals whatever else differs.
 */
public final class StreamNames {

    /** The open loop's arrival instants ({@link PoissonArrivals}). */
    public static final String ARRIVALS = "arrivals";
    /** Each user's patience. */
    public static final String PATIENCE = "patience";
    /** Whether an abandoning user refreshes, and after how long. */
    public static final String REFRESH = "refresh";
    /** A closed-loop client's think time between a response and its next request. */
    public static final String THINK = "think";
    /** The CPU bursts of requests. */
    public static final String CPU = "cpu";
    /** The balancer's random picks. */
    public static final String BALANCER = "balancer";
    /** The kind of each intent, when the request mix has two kinds or more. */
    public static final String MIX = "mix";
    /** The jitter of the users' application retries. */
    public static final String USER_RETRY = "users.retry";

    private StreamNames() {
    }

    /** The latencies of third party {@code service}'s answers. */
    public static String serviceLatency(String service) {
        return "service." + service + ".latency";
    }

    /** Whether third party {@code service}'s answers are errors. */
    public static String serviceErrors(String service) {
        return "service." + service + ".errors";
    }

    /** The jitter of our client's retries of calls to third party {@code service}. */
    public static String clientRetry(String service) {
        return "service." + service + ".retry";
    }
}
