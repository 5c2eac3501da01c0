package dev.avalanche.engine.stats;

/**
 * A {@link TimeSeries} column holding the sum of the amounts added in each interval (events per
 * interval, not per second: the last, partial interval is not scaled up).
 */
public final class SeriesCounter extends SeriesColumn {

    private final int column;
    private double current;

    SeriesCounter(TimeSeries series, int column, String name) {
        super(series, name);
        this.column = column;
    }

    /**
     * Adds {@code amount} to the interval containing {@code nowNanos}.
     *
     * @throws IllegalArgumentException when {@code nowNanos} is before the series' latest observation or its start
     * @throws IllegalStateException when the series is finished
     */
    public void add(long nowNanos, double amount) {
        series.advance(nowNanos, name);
        current += amount;
    }

    /** Counts one event at {@code nowNanos}; see {@link #add}. */
    public void increment(long nowNanos) {
        add(nowNanos, 1);
    }

    @Override
    void closeInterval(long endNanos, double[][] data, int row) {
        data[column][row] = current;
        current = 0;
    }
}
