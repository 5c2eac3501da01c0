package dev.avalanche.charts.internal;

import org.jfree.chart.text.TextUtils;

/**
 * Charts are drawn off screen: AWT must not look for a display. And text is drawn as text: the
 * rotated labels (the vertical axes' titles) with {@code drawString} under a rotation rather than
 * through a {@link java.awt.font.TextLayout}, JFreeChart's default, which in an SVG turned the title
 * into glyph outlines and, on JDK 25, starts the HarfBuzz shaper through the foreign-function API,
 * whose call stubs are generated at run time (a tenth of a CPU second or more per JVM). The PNGs
 * are the same pixels either way.
 */
public final class Headless {

    private Headless() {
    }

    /**
     * Asks AWT for headless mode unless the caller decided otherwise; effective only before AWT's
     * first use in this JVM, which is why every chart builder calls it first. Also sets JFreeChart's
     * rotated-text switch (a static of the library, the same value every time).
     */
    public static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }
}
