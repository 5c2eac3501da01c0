package dev.avalanche.benchmarks.mmc;

/**
 * One M/M/c experiment: Poisson arrivals, exponential service, {@code servers} identical servers
 * and one first-come first-served line. The run ends when the last of {@code customers} arrivals
 * has been served.
 *
 * @param servers number of servers (c), at least 1
 * @param arrivalsPerSecond mean arrival rate (lambda), in customers per simulated second
 * @param meanServiceSeconds mean service time, in simulated seconds
 * @param customers number of arrivals to simulate, at least 1
 * @param seed master seed of the {@link dev.avalanche.engine.random.RandomStreams} every implementation draws from
 */
public record MmcConfig(int servers, double arrivalsPerSecond, double meanServiceSeconds, long customers, long seed) {

    /** The reference experiment: M/M/640 at 300/s with a 2 s mean service (offered load 600 Erlang, 93.75% busy). */
    public static final MmcConfig REFERENCE = new MmcConfig(640, 300.0, 2.0, 1_000_000, 1L);

    /** @throws IllegalArgumentException naming the first parameter that breaks its rule */
    public MmcConfig {
        if (servers < 1) {
            throw new IllegalArgumentException("servers must be >= 1 but was " + servers);
        }
        if (!(arrivalsPerSecond > 0) || Double.isInfinite(arrivalsPerSecond)) {
            throw new IllegalArgumentException("arrivalsPerSecond must be a finite number > 0 but was " + arrivalsPerSecond);
        }
        if (!(meanServiceSeconds > 0) || Double.isInfinite(meanServiceSeconds)) {
            throw new IllegalArgumentException("meanServiceSeconds must be a finite number > 0 but was " + meanServiceSeconds);
        }
        if (customers < 1) {
            throw new IllegalArgumentException("customers must be >= 1 but was " + customers);
        }
    }

    /** The same experiment with another number of customers. */
    public MmcConfig withCustomers(long n) {
        return new MmcConfig(servers, arrivalsPerSecond, meanServiceSeconds, n, seed);
    }

    /** Offered load divided by the number of servers; at or above 1 the line grows without bound. */
    public double utilisation() {
        return arrivalsPerSecond * meanServiceSeconds / servers;
    }
}
