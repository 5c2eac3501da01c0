package dev.avalanche.engine.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.SimTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSeriesTest {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    private final TimeSeries series = new TimeSeries(SimTime.ZERO, SimDuration.ofMillis(1000));

    @Test
    void aCounterHoldsTheNumberOfEventsInEachInterval() {
        SeriesCounter done = series.counter("completed");
        for (long t : new long[] {0, 200 * MS, 500 * MS, 1500 * MS, 3200 * MS}) {
            done.increment(t);
        }

        series.finishNanos(4 * S);

        assertArrayEquals(new double[] {3, 1, 0, 1}, series.values("completed"));
    }

    @Test
    void anObservationExactlyOnABoundaryBelongsToTheIntervalThatEndsThere() {
        SeriesCounter done = series.counter("completed");
        done.add(1 * S, 2);
        done.add(2 * S, 5);

        series.finishNanos(2 * S);

        assertArrayEquals(new double[] {2, 5}, series.values("completed"));
    }

    @Test
    void aLevelHoldsItsTimeWeightedMeanPerIntervalCarriedOverWhenUnchanged() {
        SeriesLevel busy = series.level("busy", 0);
        busy.set(500 * MS, 2);
        busy.set(1500 * MS, 4);
        busy.set(1750 * MS, 3);

        series.finishNanos(3500 * MS);

        // (0,1]: 0*0.5 + 2*0.5; (1,2]: 2*0.5 + 4*0.25 + 3*0.25; (2,3]: 3 held; (3,3.5]: 3 held.
        assertArrayEquals(new double[] {1.0, 2.75, 3.0, 3.0}, series.values("busy"), 1e-12);
    }

    @Test
    void theLastPartialIntervalEndsAtTheFinishInstant() {
        series.counter("completed").increment(2300 * MS);

        series.finishNanos(2300 * MS);

        assertEquals(3, series.intervals());
        assertEquals(SimTime.ofSeconds(2), series.intervalStart(2));
        assertEquals(SimTime.ofSeconds(2.3), series.intervalEnd(2));
        assertEquals(SimTime.ofSeconds(2), series.intervalEnd(1));
    }

    @Test
    void intervalsWithoutObservationsAreRowsWithZeroCountsCarriedLevelsAndNaNPercentiles() {
        SeriesCounter done = series.counter("completed");
        SeriesLevel busy = series.level("busy", 0);
        SeriesLatency latency = series.latency("latency", 50, 99);
        done.increment(100 * MS);
        busy.set(100 * MS, 2);
        latency.record(100 * MS, 7 * MS);
        done.increment(3100 * MS);

        series.finishNanos(4 * S);

        assertEquals(4, series.intervals());
        for (int i = 1; i <= 2; i++) {
            assertEquals(0, series.value("completed", i));
            assertEquals(2, series.value("busy", i));
            assertTrue(Double.isNaN(series.value("latency.p50", i)));
            assertTrue(Double.isNaN(series.value("latency.p99", i)));
        }
        assertEquals(0.007, series.value("latency.p99", 0));
    }

    @Test
    void latencyPercentilesAreComputedPerIntervalFromThatIntervalsObservationsOnly() {
        SeriesLatency latency = series.latency("latency", 50, 99);
        for (int i = 1; i <= 100; i++) {
            latency.record(i * 9 * MS, i * MS);
        }
        for (int i = 0; i < 1000; i++) {
            latency.record(S + 1 + i * MS / 2, 5 * MS);
        }

        series.finishNanos(2 * S);

        assertWithinHistogramError(0.050, series.value("latency.p50", 0));
        assertWithinHistogramError(0.099, series.value("latency.p99", 0));
        // Had the histogram not been reset, interval 1's p99 would be one of interval 0's large values.
        assertEquals(0.005, series.value("latency.p50", 1));
        assertEquals(0.005, series.value("latency.p99", 1));
    }

    @Test
    void eachIntervalKeepsItsOwnLatencyDistributionEmptyOnesIncluded() {
        SeriesLatency latency = series.latency("latency", 99);
        for (int i = 0; i < 30; i++) {
            latency.record(i * 10 * MS, 3 * MS);
        }
        latency.record(2 * S + 5 * MS, 900 * MS);

        series.finishNanos(3 * S);

        List<LatencyDistribution> intervals = series.latencyIntervals("latency");
        assertEquals(series.intervals(), intervals.size());
        assertEquals(30, intervals.get(0).count());
        assertEquals(0.003, intervals.get(0).max());
        assertTrue(intervals.get(1).isEmpty());
        assertEquals(0.9, intervals.get(2).percentile(50));
        assertEquals(series.value("latency.p99", 0), intervals.get(0).percentile(99));
    }

    private static void assertWithinHistogramError(double exact, double reported) {
        assertEquals(exact, reported, exact * LatencyHistogram.MAX_RELATIVE_ERROR, "reported " + reported);
    }

    @Test
    void columnsAreListedInCreationOrderWithOnePerLatencyPercentile() {
        series.counter("completed");
        series.latency("latency", 50, 99, 99.9);
        series.level("busy", 0);

        assertEquals(List.of("completed", "latency.p50", "latency.p99", "latency.p99.9", "busy"), series.columns());
    }

    @Test
    void closedIntervalsCanBeReadBeforeTheSeriesIsFinished() {
        SeriesCounter done = series.counter("completed");
        done.increment(500 * MS);
        done.increment(2500 * MS);

        assertEquals(2, series.intervals());
        assertArrayEquals(new double[] {1, 0}, series.values("completed"));
    }

    @Test
    void theSeriesGrowsPastItsExpectedHorizon() {
        TimeSeries longRun = new TimeSeries(SimTime.ofSeconds(10), SimDuration.ofMillis(1000), SimDuration.ofMillis(2000));
        SeriesCounter done = longRun.counter("completed");
        for (int i = 0; i < 100; i++) {
            done.add(10 * S + i * S + 1, i);
        }

        longRun.finishNanos(110 * S);

        assertEquals(100, longRun.intervals());
        assertEquals(SimTime.ofSeconds(109), longRun.intervalStart(99));
        for (int i = 0; i < 100; i++) {
            assertEquals(i, longRun.value("completed", i));
        }
    }
}
