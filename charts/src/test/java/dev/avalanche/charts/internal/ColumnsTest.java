package dev.avalanche.charts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.charts.Results;
import dev.avalanche.models.result.Timeline;
import java.util.Map;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    @Test
    void countsPerIntervalBecomeRatesPerSecondAtTheMiddleOfEachInterval() {
        Timeline t = Results.timeline(2, 3, Map.of("sent", new double[] {10, 20, 30}));
        XYSeries s = Columns.rate(t, "sent", "sent", TimeScale.SECONDS).orElseThrow();
        assertEquals(3, s.getItemCount());
        assertEquals(1.0, s.getX(0).doubleValue());
        assertEquals(5.0, s.getY(0).doubleValue());
        assertEquals(5.0, s.getX(2).doubleValue());
        assertEquals(15.0, s.getY(2).doubleValue());
    }

    @Test
    void aLongTimelineIsThinnedByMergingNeighbouringIntervalsWithoutChangingTheRate() {
        int n = Columns.MAX_POINTS * 3;
        double[] counts = new double[n];
        for (int i = 0; i < n; i++) {
            counts[i] = i % 3 == 0 ? 30 : 0;
        }
        Timeline t = Results.timeline(1, n, Map.of("goodput", counts));
        XYSeries s = Columns.rate(t, "goodput", "goodput", TimeScale.SECONDS).orElseThrow();
        assertEquals(Columns.MAX_POINTS, s.getItemCount());
        for (int i = 0; i < s.getItemCount(); i++) {
            assertEquals(10.0, s.getY(i).doubleValue(), 1e-12, "merged rate of group " + i);
        }
        assertEquals(1.5, s.getX(0).doubleValue(), "the middle of the first three seconds");
    }

    @Test
    void aChosenGroupMergesThatManyIntervalsIntoOnePointAndAGroupBelowOneIsRefused() {
        Timeline t = Results.timeline(1, 7, Map.of("backlog", new double[] {3, 6, 9, 0, 0, 0, 5}));
        XYSeries s = Columns.level(t, "backlog", "backlog", TimeScale.SECONDS, 3).orElseThrow();
        assertEquals(3, s.getItemCount());
        assertEquals(6.0, s.getY(0).doubleValue(), "the mean of 3, 6 and 9");
        assertEquals(1.5, s.getX(0).doubleValue());
        assertEquals(5.0, s.getY(2).doubleValue(), "a last, shorter group is the mean of what it has");
        assertEquals(3, Columns.groupSize(260, 100));
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Columns.rate(t, "backlog", "backlog", TimeScale.SECONDS, 0));
        assertEquals("timeline column backlog group: got 0 intervals; allowed: at least 1", e.getMessage());
    }

    @Test
    void percentilesAreSampledNotAveragedAndNaNLeavesAGap() {
        int n = Columns.MAX_POINTS * 2;
        double[] p99 = new double[n];
        for (int i = 0; i < n; i++) {
            p99[i] = i % 2 == 0 ? 1 : 9;
        }
        p99[3] = Double.NaN;
        Timeline t = Results.timeline(1, n, Map.of("latency.p99", p99));
        XYSeries s = Columns.sampled(t, "latency.p99", "p99", TimeScale.SECONDS).orElseThrow();
        assertEquals(Columns.MAX_POINTS, s.getItemCount());
        // Each group of two keeps its second interval: 9 s, never the average 5 s; the second group's is NaN.
        assertEquals(9.0, s.getY(0).doubleValue());
        assertNull(s.getY(1));
        assertEquals(9.0, s.getY(2).doubleValue());
    }

    @Test
    void aMissingColumnGivesNoSeries() {
        Timeline t = Results.timeline(1, 3, Map.of("sent", new double[] {1, 2, 3}));
        assertTrue(Columns.level(t, "backlog", "backlog", TimeScale.SECONDS).isEmpty());
    }

    @Test
    void runsLongerThanTenMinutesAreDrawnInMinutesUpToTheirLastActivity() {
        double[] busy = Results.constant(1000, 0);
        busy[700] = 3;
        Timeline t = Results.timeline(1, 1000, Map.of("busyWorkers", busy));
        assertEquals(702, TimeScale.end(t), "one idle interval after the last busy one");
        assertEquals(TimeScale.MINUTES, TimeScale.forLength(TimeScale.end(t)));
        assertEquals(TimeScale.SECONDS, TimeScale.forLength(600));
        assertEquals(2.5, TimeScale.MINUTES.of(150));
    }
}
