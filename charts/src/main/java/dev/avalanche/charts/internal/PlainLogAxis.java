package dev.avalanche.charts.internal;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.text.CharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A log axis whose tick labels are plain strings. JFreeChart's {@link LogAxis} labels its ticks
 * with attributed strings (for exponents as superscripts), which it lays out with
 * {@link java.awt.font.TextLayout}; on JDK 25 the first such layout in a JVM starts the HarfBuzz
 * shaper through the foreign-function API, which generates its call stubs at run time (a tenth of a
 * CPU second or more, the JIT's work on the class-file generator included; see {@link Headless}).
 * The labels here carry no attributes; drawn as the other axes' labels are, they sit three pixels
 * lower than the laid-out ones did.
 */
final class PlainLogAxis extends LogAxis {

    private static final long serialVersionUID = 1L;

    PlainLogAxis(String label) {
        super(label);
    }

    @Override
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<?> ticks = super.refreshTicks(g2, state, dataArea, edge);
        List<NumberTick> plain = new ArrayList<>(ticks.size());
        for (Object o : ticks) {
            LogTick t = (LogTick) o;
            plain.add(new NumberTick(t.getTickType(), t.getValue(), text(t.getAttributedLabel()), t.getTextAnchor(),
                    t.getRotationAnchor(), t.getAngle()));
        }
        return plain;
    }

    /** The characters of {@code label}, or {@code null} (a tick without a label) when it is. */
    private static String text(AttributedString label) {
        if (label == null) {
            return null;
        }
        AttributedCharacterIterator it = label.getIterator();
        StringBuilder s = new StringBuilder(it.getEndIndex() - it.getBeginIndex());
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
            s.append(c);
        }
        return s.toString();
    }
}
