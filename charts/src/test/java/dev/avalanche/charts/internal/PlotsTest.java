package dev.avalanche.charts.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;

class PlotsTest {

    private static Plots.Line line(int points, int slot, int slots) {
        XYSeries s = new XYSeries("s" + slot);
        for (int i = 0; i < points; i++) {
            s.add(i, 1);
        }
        return new Plots.Line(s, Color.BLACK, Palette.SOLID).withMarker(Palette.shape(slot), slot, slots);
    }

    @Test
    void theMarkersOfLinesLyingOnEachOtherFallOnDifferentPoints() {
        for (int points : new int[] {11, 600, 1800}) {
            Plots.Line a = line(points, 0, 3);
            Plots.Line b = line(points, 1, 3);
            Plots.Line c = line(points, 2, 3);
            int marked = 0;
            for (int i = 0; i < points; i++) {
                int here = (a.marked(i) ? 1 : 0) + (b.marked(i) ? 1 : 0) + (c.marked(i) ? 1 : 0);
                assertTrue(here <= 1, points + " points: two markers on point " + i);
                marked += a.marked(i) ? 1 : 0;
            }
            assertTrue(marked >= 3 && marked <= Plots.MARKERS_PER_LINE + 1, points + " points: " + marked + " markers");
        }
    }

    @Test
    void aLineWithoutMarkerMarksNothing() {
        XYSeries s = new XYSeries("s");
        s.add(0, 1);
        assertFalse(new Plots.Line(s, Color.BLACK, Palette.SOLID).marked(0));
    }

    @Test
    void earlierVariantsAreDrawnWiderSoThatLaterOnesLyingOnThemLeaveThemVisible() {
        float first = ((java.awt.BasicStroke) Palette.variantStroke(0, 3, false)).getLineWidth();
        float last = ((java.awt.BasicStroke) Palette.variantStroke(2, 3, false)).getLineWidth();
        assertTrue(first >= last + 1.5f, first + " against " + last);
    }
}
