package dev.avalanche.engine.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link TimeSeries} columns holding latency percentiles per interval, in seconds, NaN in an
 * interval without observations, and each interval's whole distribution as a
 * {@link LatencyDistribution} (16 bytes per non-empty bucket: what an interval histogram log or a
 * percentile over several intervals needs). One {@link LatencyHistogram} serves every interval:
 * it is copied and reset at each boundary, and its percentiles are read from the copy.
 */
public final class SeriesLatency extends SeriesColumn {

    private final int[] columns;
    private final double[] percentiles;
    private final LatencyHistogram histogram = new LatencyHistogram();
    private final List<LatencyDistribution> intervals = new ArrayList<>();

    SeriesLatency(TimeSeries series, int[] columns, String name, double[] percentiles) {
        super(series, name);
        this.columns = columns;
        this.percentiles = percentiles;
    }

    /**
     * Records a latency of {@code latencyNanos} observed at {@code nowNanos} (e.g. when the request completed).
     *
     * @throws IllegalArgumentException when {@code latencyNanos < 0} or {@code nowNanos} is before the
     *     series' latest observation or its start
     * @throws IllegalStateException when the series is finished
     */
    public void record(long nowNanos, long latencyNanos) {
        series.advance(nowNanos, name);
        histogram.record(latencyNanos);
    }

    @Override
    void closeInterval(long endNanos, double[][] data, int row) {
        // The percentiles from the snapshot (the histogram's own, read from its few non-empty buckets
        // instead of a walk over the whole histogram for each).
        LatencyDistribution interval = histogram.snapshot();
        for (int i = 0; i < columns.length; i++) {
            data[columns[i]][row] = interval.percentile(percentiles[i]);
        }
        intervals.add(interval);
        histogram.reset();
    }

    /** Each closed interval's latencies, in order (as many as the series has rows). */
    List<LatencyDistribution> intervals() {
        return List.copyOf(intervals);
    }

    /** The column suffix of a percentile: {@code 50} for 50.0, {@code 99.9} for 99.9. */
    static String label(double p) {
        return BigDecimal.valueOf(p).stripTrailingZeros().toPlainString();
    }
}
