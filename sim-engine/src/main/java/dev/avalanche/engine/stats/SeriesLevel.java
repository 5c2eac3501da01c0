package dev.avalanche.engine.stats;

/**
 * A {@link TimeSeries} column holding, per interval, the time-weighted mean of a level that changes
 * at instants (busy workers, queue length). An interval without a change holds the level carried
 * over from the previous one.
 */
public final class SeriesLevel extends SeriesColumn {

    private final int column;
    private final TimeWeighted level;

    SeriesLevel(TimeSeries series, int column, String name, long startNanos, double initialValue) {
        super(series, name);
        this.column = column;
        this.level = new TimeWeighted(startNanos, initialValue);
    }

    /**
     * The level becomes {@code value} at {@code nowNanos}.
     *
     * @throws IllegalArgumentException when {@code nowNanos} is before the series' latest observation or its start
     * @throws IllegalStateException when the series is finished
     */
    public void set(long nowNanos, double value) {
        series.advance(nowNanos, name);
        level.update(nowNanos, value);
    }

    /** The level changes by {@code delta} at {@code nowNanos}; see {@link #set}. */
    public void add(long nowNanos, double delta) {
        set(nowNanos, level.value() + delta);
    }

    /** The current level. */
    public double value() {
        return level.value();
    }

    @Override
    void closeInterval(long endNanos, double[][] data, int row) {
        data[column][row] = level.mean(endNanos);
        level.reset(endNanos);
    }
}
