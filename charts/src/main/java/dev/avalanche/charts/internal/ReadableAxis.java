package dev.avalanche.charts.internal;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A number axis whose automatic ticks stay at least {@link #MIN_VERTICAL_GAP} pixels apart
 * vertically ({@link #MIN_HORIZONTAL_GAP} horizontally): JFreeChart's own choice only avoids
 * overlapping labels, which gives a tick every 20 pixels, too dense to read at a glance.
 */
final class ReadableAxis extends NumberAxis {

    static final double MIN_VERTICAL_GAP = 45;
    static final double MIN_HORIZONTAL_GAP = 60;

    ReadableAxis(String label) {
        super(label);
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        super.selectAutoTickUnit(g2, dataArea, edge);
        boolean vertical = RectangleEdge.isLeftOrRight(edge);
        double pixels = vertical ? dataArea.getHeight() : dataArea.getWidth();
        int most = (int) Math.max(2, pixels / (vertical ? MIN_VERTICAL_GAP : MIN_HORIZONTAL_GAP));
        double length = getRange().getLength();
        if (length / getTickUnit().getSize() > most) {
            setTickUnit((NumberTickUnit) getStandardTickUnits().getCeilingTickUnit(length / most), false, false);
        }
    }
}
