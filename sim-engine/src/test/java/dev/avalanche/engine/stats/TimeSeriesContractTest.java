package dev.avalanche.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.SimTime;
import org.junit.jupiter.api.Test;

/** The errors a time series raises: each names the column or value and the rule. */
class TimeSeriesContractTest {

    private static final long S = 1_000_000_000L;

    private final TimeSeries series = new TimeSeries(SimTime.ZERO, SimDuration.ofMillis(1000));

    @Test
    void anObservationBeforeTheLatestOneThrowsNamingTheColumn() {
        SeriesCounter done = series.counter("completed");
        SeriesLevel busy = series.level("busy", 0);
        done.increment(3 * S);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> busy.set(2 * S, 1));

        assertEquals("time series column 'busy': time went backwards: got 2s but the series is already at 3s", e.getMessage());
    }

    @Test
    void anUpdateAfterFinishThrows() {
        SeriesCounter done = series.counter("completed");
        series.finishNanos(2 * S);

        assertThrows(IllegalStateException.class, () -> done.increment(3 * S));
        assertThrows(IllegalStateException.class, () -> series.finishNanos(3 * S));
    }

    @Test
    void finishingBeforeTheLatestObservationThrows() {
        series.counter("completed").increment(3 * S);

        assertThrows(IllegalArgumentException.class, () -> series.finishNanos(2 * S));
    }

    @Test
    void aColumnCreatedAfterTheFirstObservationIsRejected() {
        series.counter("completed").increment(0);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> series.level("busy", 0));

        assertEquals("time series column 'busy' must be created before the first observation", e.getMessage());
    }

    @Test
    void aDuplicateColumnNameIsRejectedAndAddsNoColumn() {
        series.counter("latency.p99");

        assertThrows(IllegalArgumentException.class, () -> series.latency("latency", 50, 99));

        assertEquals(1, series.columns().size());
    }

    @Test
    void anUnknownColumnIsRejectedListingTheKnownOnes() {
        series.counter("completed");
        series.finishNanos(S);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> series.value("complete", 0));

        assertEquals("no time series column 'complete'; the columns are [completed]", e.getMessage());
    }

    @Test
    void anIntervalThatIsNotClosedIsOutOfBounds() {
        series.counter("completed");
        series.finishNanos(2 * S);

        assertThrows(IndexOutOfBoundsException.class, () -> series.value("completed", 2));
        assertThrows(IndexOutOfBoundsException.class, () -> series.intervalStart(-1));
    }

    @Test
    void aNonPositiveIntervalIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TimeSeries(SimTime.ZERO, SimDuration.ZERO));

        assertEquals("a time series interval must be > 0 but was 0s", e.getMessage());
    }

    @Test
    void aLatencyColumnWithoutPercentilesOrWithOneOutOfRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> series.latency("latency"));
        assertThrows(IllegalArgumentException.class, () -> series.latency("latency", 50, 101));
        assertEquals(0, series.columns().size());
    }
}
