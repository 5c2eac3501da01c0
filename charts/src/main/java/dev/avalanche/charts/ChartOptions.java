package dev.avalanche.charts;

import java.util.OptionalDouble;

/**
 * How to draw: the picture size, whether to write an SVG beside each PNG, and what the caller
 * knows of the scenario that the results do not say.
 *
 * @param width pixels, at least 400
 * @param height pixels, at least 300
 * @param svg also write each chart as SVG
 * @param patienceMedianSeconds the users' median patience, drawn on latency charts; empty when
 *     users never give up or it is unknown
 */
public record ChartOptions(int width, int height, boolean svg, OptionalDouble patienceMedianSeconds) {

    public static final int DEFAULT_WIDTH = 1200;
    public static final int DEFAULT_HEIGHT = 700;

    /** @throws IllegalArgumentException when the size is too small to read or the patience is not positive */
    public ChartOptions {
        if (width < 400 || height < 300) {
            throw new IllegalArgumentException("chart size: got " + width + "x" + height + "; allowed: at least 400x300 pixels");
        }
        patienceMedianSeconds = patienceMedianSeconds == null ? OptionalDouble.empty() : patienceMedianSeconds;
        if (patienceMedianSeconds.isPresent()
                && !(patienceMedianSeconds.getAsDouble() > 0 && Double.isFinite(patienceMedianSeconds.getAsDouble()))) {
            throw new IllegalArgumentException("patienceMedianSeconds: got " + patienceMedianSeconds.getAsDouble()
                    + "; allowed: a positive number of seconds");
        }
    }

    /** 1200x700 pixels, PNG and SVG, no patience line. */
    public static ChartOptions defaults() {
        return new ChartOptions(DEFAULT_WIDTH, DEFAULT_HEIGHT, true, OptionalDouble.empty());
    }

    /** These options with the users' median patience drawn on latency charts. */
    public ChartOptions withPatienceMedian(double seconds) {
        return new ChartOptions(width, height, svg, OptionalDouble.of(seconds));
    }

    /** These options without SVG files. */
    public ChartOptions withoutSvg() {
        return new ChartOptions(width, height, false, patienceMedianSeconds);
    }
}
