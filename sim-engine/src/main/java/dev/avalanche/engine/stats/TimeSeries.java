package dev.avalanche.engine.stats;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.SimTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A run cut into intervals of equal length, one row per interval and one column per quantity,
 * for charts over time. Columns are created by name before the first observation (creation order
 * is column order) and return a handle ({@link SeriesCounter}, {@link SeriesLevel},
 * {@link SeriesLatency}) that the hot path updates without looking anything up.
 *
 * <p>Interval {@code i} covers {@code (start + i*L, start + (i+1)*L]}, the first one also its start
 * instant: an observation exactly on a boundary belongs to the interval that ends there, so that
 * {@code finish(end)} after {@code Simulation.runUntil(end)} keeps the events fired at {@code end}.
 * An interval is closed when an observation arrives after its end, or by {@link #finish}; every
 * interval is a row, with or without observations. Rows can be read as soon as they are closed.
 *
 * <p>Times are simulated nanoseconds and never go backwards across all columns (they share one
 * clock). The series is never reset: warm-up deletion applies to summary statistics, not to the
 * picture of the whole run. Not thread-safe.
 */
public final class TimeSeries {

    private final long startNanos;
    private final long intervalNanos;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final List<SeriesColumn> sources = new ArrayList<>();
    /** data[column][row]; rows beyond {@link #rows} are free capacity. */
    private double[][] data = new double[0][];
    private int capacity;
    private int rows;
    /** The end of the latest closed row; only the last row can be shorter than an interval. */
    private long lastRowEnd;
    /** The end of the open interval; {@link Long#MIN_VALUE} once finished, so every update takes the slow path and fails. */
    private long currentEnd;
    private long latest;
    private boolean observed;
    private boolean finished;

    /**
     * A series starting at {@code start} with intervals of {@code interval}.
     *
     * @throws IllegalArgumentException when {@code interval} is not positive
     */
    public TimeSeries(SimTime start, SimDuration interval) {
        this(start, interval, SimDuration.ZERO);
    }

    /**
     * As {@link #TimeSeries(SimTime, SimDuration)}, with room reserved for {@code expectedHorizon}
     * (a capacity hint only: the series grows past it).
     *
     * @throws IllegalArgumentException when {@code interval} is not positive or the horizon is negative
     */
    public TimeSeries(SimTime start, SimDuration interval, SimDuration expectedHorizon) {
        if (interval.nanos() <= 0) {
            throw new IllegalArgumentException("a time series interval must be > 0 but was " + interval);
        }
        if (expectedHorizon.isNegative()) {
            throw new IllegalArgumentException("a time series horizon must be >= 0 but was " + expectedHorizon);
        }
        this.startNanos = start.nanos();
        this.intervalNanos = interval.nanos();
        this.capacity = (int) Math.min(1 << 20, Math.max(16, expectedHorizon.nanos() / intervalNanos + 1));
        this.currentEnd = Math.addExact(startNanos, intervalNanos);
        this.latest = startNanos;
    }

    /** A column counting what is added per interval (e.g. requests completed); 0 in an empty interval. */
    public SeriesCounter counter(String name) {
        return register(new SeriesCounter(this, newColumn(name), name));
    }

    /** A column with the time-weighted mean per interval of a level that starts at {@code initialValue}. */
    public SeriesLevel level(String name, double initialValue) {
        return register(new SeriesLevel(this, newColumn(name), name, startNanos, initialValue));
    }

    /**
     * Columns {@code name.p50}, {@code name.p99}, ... with the given latency percentiles per interval
     * (within {@link LatencyHistogram#MAX_RELATIVE_ERROR}, in seconds; NaN in an empty interval).
     *
     * @throws IllegalArgumentException when no percentile is given or one is outside [0, 100]
     */
    public SeriesLatency latency(String name, double... percentiles) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a time series column needs a non-empty name");
        }
        if (percentiles.length == 0) {
            throw new IllegalArgumentException("latency column '" + name + "' needs at least one percentile, e.g. 50, 99");
        }
        List<String> columnNames = new ArrayList<>();
        for (double p : percentiles) {
            if (!(p >= 0 && p <= 100)) {
                throw new IllegalArgumentException("latency column '" + name + "': a percentile must be in [0, 100] but was " + p);
            }
            String columnName = name + ".p" + SeriesLatency.label(p);
            if (columnNames.contains(columnName)) {
                throw new IllegalArgumentException("latency column '" + name + "': percentile " + p + " is given twice");
            }
            checkNewColumn(columnName);
            columnNames.add(columnName);
        }
        int[] columns = new int[percentiles.length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = newColumn(columnNames.get(i));
        }
        return register(new SeriesLatency(this, columns, name, percentiles.clone()));
    }

    /** Closes the intervals up to {@code end}, the last one possibly partial; later updates throw. */
    public void finish(SimTime end) {
        finishNanos(end.nanos());
    }

    /**
     * {@link #finish(SimTime)} in nanoseconds.
     *
     * @throws IllegalArgumentException when {@code endNanos} is before the latest observation or the start
     * @throws IllegalStateException when the series is already finished
     */
    public void finishNanos(long endNanos) {
        if (finished) {
            throw new IllegalStateException("the time series is already finished; finish() may be called once");
        }
        if (endNanos < latest) {
            throw new IllegalArgumentException("cannot finish the time series at " + SimDuration.ofNanos(endNanos)
                    + ": it is already at " + SimDuration.ofNanos(latest));
        }
        closeThrough(endNanos);
        long openStart = currentEnd - intervalNanos;
        if (endNanos > openStart) {
            closeRow(endNanos);
        }
        finished = true;
        currentEnd = Long.MIN_VALUE;
    }

    /** The number of closed intervals (all of them once finished). */
    public int intervals() {
        return rows;
    }

    /** The column names in creation order. */
    public List<String> columns() {
        return List.copyOf(names);
    }

    /** The instant interval {@code i} starts. @throws IndexOutOfBoundsException when {@code i} is not a closed interval */
    public SimTime intervalStart(int i) {
        checkRow(i);
        return new SimTime(startNanos + i * intervalNanos);
    }

    /** The instant interval {@code i} ends: one interval after its start, or the finish instant for the last one. */
    public SimTime intervalEnd(int i) {
        checkRow(i);
        return new SimTime(Math.min(startNanos + (i + 1) * intervalNanos, lastRowEnd));
    }

    /**
     * The value of {@code column} in interval {@code i}.
     *
     * @throws IllegalArgumentException when there is no such column
     * @throws IndexOutOfBoundsException when {@code i} is not a closed interval
     */
    public double value(String column, int i) {
        checkRow(i);
        return data[indexOf(column)][i];
    }

    /** A copy of every closed interval's value of {@code column}. @throws IllegalArgumentException when there is no such column */
    public double[] values(String column) {
        return Arrays.copyOf(data[indexOf(column)], rows);
    }

    /**
     * Each closed interval's latencies recorded by the latency columns named {@code name} (see
     * {@link #latency}), one per interval.
     *
     * @throws IllegalArgumentException when no latency columns have that name
     */
    public List<LatencyDistribution> latencyIntervals(String name) {
        for (SeriesColumn s : sources) {
            if (s instanceof SeriesLatency l && l.name.equals(name)) {
                return l.intervals();
            }
        }
        throw new IllegalArgumentException("no latency columns '" + name + "' in this time series");
    }

    /** Called by every handle before it takes an observation at {@code nowNanos}: closes the intervals that ended before it. */
    void advance(long nowNanos, String column) {
        if (nowNanos > currentEnd || nowNanos < latest) {
            advanceSlowly(nowNanos, column);
        }
        latest = nowNanos;
        observed = true;
    }

    private void advanceSlowly(long nowNanos, String column) {
        if (finished) {
            throw new IllegalStateException("time series column '" + column + "': the series is finished; no update is allowed after finish()");
        }
        if (nowNanos < latest) {
            throw new IllegalArgumentException("time series column '" + column + "': time went backwards: got "
                    + SimDuration.ofNanos(nowNanos) + " but the series is already at " + SimDuration.ofNanos(latest));
        }
        closeThrough(nowNanos);
    }

    /** Closes every interval that ends before {@code nowNanos}, empty ones included. */
    private void closeThrough(long nowNanos) {
        while (nowNanos > currentEnd) {
            closeRow(currentEnd);
            currentEnd = Math.addExact(currentEnd, intervalNanos);
        }
    }

    private void closeRow(long endNanos) {
        if (rows == capacity) {
            capacity *= 2;
            for (int c = 0; c < data.length; c++) {
                data[c] = Arrays.copyOf(data[c], capacity);
            }
        }
        for (SeriesColumn s : sources) {
            s.closeInterval(endNanos, data, rows);
        }
        lastRowEnd = endNanos;
        rows++;
    }

    private int newColumn(String name) {
        checkNewColumn(name);
        columnIndex.put(name, names.size());
        names.add(name);
        data = Arrays.copyOf(data, names.size());
        data[names.size() - 1] = new double[capacity];
        return names.size() - 1;
    }

    private void checkNewColumn(String name) {
        if (observed || finished) {
            throw new IllegalStateException("time series column '" + name + "' must be created before the first observation");
        }
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a time series column needs a non-empty name");
        }
        if (columnIndex.containsKey(name)) {
            throw new IllegalArgumentException("time series column '" + name + "' already exists; names must be unique");
        }
    }

    private <S extends SeriesColumn> S register(S source) {
        sources.add(source);
        return source;
    }

    private int indexOf(String column) {
        Integer c = columnIndex.get(column);
        if (c == null) {
            throw new IllegalArgumentException("no time series column '" + column + "'; the columns are " + names);
        }
        return c;
    }

    private void checkRow(int i) {
        if (i < 0 || i >= rows) {
            throw new IndexOutOfBoundsException("interval " + i + " is not closed; intervals 0.." + (rows - 1) + " are");
        }
    }
}
