package dev.avalanche.charts.internal;

/** Charts are drawn off screen: AWT must not look for a display. */
public final class Headless {

    private Headless() {
    }

    /**
     * Asks AWT for headless mode unless the caller decided otherwise; effective only before AWT's
     * first use in this JVM, which is why every chart builder calls it first.
     */
    public static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
