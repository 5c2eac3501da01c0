package dev.avalanche.models.preflight;

/**
 * What a simulation may cost before it needs {@code --force}, and what no run may cost at all.
 *
 * <p>Time is estimated from {@link Estimate#likelyEvents} at {@link Preflight#EVENTS_PER_SECOND}
 * per core: {@link #DEFAULT_SECONDS} is about ten times the estimate of the story's avalanche on two
 * cores (3 s), which a quiet machine simulates in about a second. No run
 * may fire more than {@link #MAX_EVENTS} events ({@link Estimate#events}, an upper bound): hours of
 * work.
 *
 * @param seconds the most estimated wall-clock seconds of all runs together without {@code --force}
 * @param maxEvents the most events of all runs together, with it
 * @param rows the most time-series rows of one run without {@code --force} (the CSV and the charts
 *     hold every row)
 * @param maxRows the most rows of one run with it
 * @param heapBytes the heap the runs may use (the JVM's maximum); half of it without {@code --force}
 * @param cores the cores the runs share: more threads than cores run no faster, but each holds its run
 */
public record Limits(double seconds, double maxEvents, double rows, double maxRows, long heapBytes, int cores) {

    public static final double DEFAULT_SECONDS = 30;
    public static final double MAX_EVENTS = 1e11;
    public static final double DEFAULT_ROWS = 200_000;
    public static final double MAX_ROWS = 20_000_000;

    /** The defaults, for a JVM whose heap may grow to {@code heapBytes}, on {@code cores} cores. */
    public static Limits forMachine(long heapBytes, int cores) {
        return new Limits(DEFAULT_SECONDS, MAX_EVENTS, DEFAULT_ROWS, MAX_ROWS, heapBytes, cores);
    }

    public Limits {
        if (!(seconds > 0 && maxEvents > 0 && rows > 0 && maxRows >= rows && heapBytes > 0 && cores > 0)) {
            throw new IllegalArgumentException("limits: got " + seconds + " s, " + maxEvents + " events, rows " + rows + "/"
                    + maxRows + ", heap " + heapBytes + ", " + cores + " cores; allowed positive limits, rows at most their"
                    + " forced maximum");
        }
    }
}
