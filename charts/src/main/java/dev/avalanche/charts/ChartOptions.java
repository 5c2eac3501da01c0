package dev.avalanche.charts;

import dev.avalanche.models.result.Percentiles;
import java.util.OptionalDouble;

/**
 * How to draw: the picture size, which files to write (PNG, SVG or both), the latency percentiles
 * to show, and what the caller knows of the scenario that the results do not say.
 *
 * @param width pixels, at least 400
 * @param height pixels, at least 300
 * @param svg write each chart as SVG
 * @param patienceMedianSeconds the users' median patience, drawn on latency charts; empty when
 *     users never give up or it is unknown
 * @param percentiles the latency percentiles drawn over time (the lowest and the highest on the
 *     comparison of variants) and marked on the latency distribution
 * @param warmupSeconds the warm-up, shaded on every time chart; empty when unknown
 * @param png write each chart as PNG
 */
public record ChartOptions(int width, int height, boolean svg, OptionalDouble patienceMedianSeconds, Percentiles percentiles,
        OptionalDouble warmupSeconds, boolean png) {

    public static final int DEFAULT_WIDTH = 1200;
    public static final int DEFAULT_HEIGHT = 700;

    /** Options with the default percentiles and no warm-up. */
    public ChartOptions(int width, int height, boolean svg, OptionalDouble patienceMedianSeconds) {
        this(width, height, svg, patienceMedianSeconds, Percentiles.DEFAULT, OptionalDouble.empty(), true);
    }

    /**
     * @throws IllegalArgumentException when the size is too small to read, the patience not positive, the warm-up
     *     negative or neither format is asked for
     */
    public ChartOptions {
        if (!png && !svg) {
            throw new IllegalArgumentException("chart formats: got neither PNG nor SVG; allowed: PNG, SVG or both");
        }
        if (width < 400 || height < 300) {
            throw new IllegalArgumentException("chart size: got " + width + "x" + height + "; allowed: at least 400x300 pixels");
        }
        patienceMedianSeconds = patienceMedianSeconds == null ? OptionalDouble.empty() : patienceMedianSeconds;
        if (patienceMedianSeconds.isPresent()
                && !(patienceMedianSeconds.getAsDouble() > 0 && Double.isFinite(patienceMedianSeconds.getAsDouble()))) {
            throw new IllegalArgumentException("patienceMedianSeconds: got " + patienceMedianSeconds.getAsDouble()
                    + "; allowed: a positive number of seconds");
        }
        percentiles = percentiles == null ? Percentiles.DEFAULT : percentiles;
        warmupSeconds = warmupSeconds == null ? OptionalDouble.empty() : warmupSeconds;
        if (warmupSeconds.isPresent() && !(warmupSeconds.getAsDouble() >= 0 && Double.isFinite(warmupSeconds.getAsDouble()))) {
            throw new IllegalArgumentException("warmupSeconds: got " + warmupSeconds.getAsDouble()
                    + "; allowed: a number of seconds >= 0");
        }
    }

    /** 1200x700 pixels, PNG and SVG, no patience line, the default percentiles, no warm-up. */
    public static ChartOptions defaults() {
        return new ChartOptions(DEFAULT_WIDTH, DEFAULT_HEIGHT, true, OptionalDouble.empty());
    }

    /** These options with the users' median patience drawn on latency charts. */
    public ChartOptions withPatienceMedian(double seconds) {
        return new ChartOptions(width, height, svg, OptionalDouble.of(seconds), percentiles, warmupSeconds, png);
    }

    /** These options without SVG files. */
    public ChartOptions withoutSvg() {
        return withFormats(true, false);
    }

    /**
     * These options writing PNG files when {@code withPng}, SVG files when {@code withSvg}.
     *
     * @throws IllegalArgumentException when neither is asked for
     */
    public ChartOptions withFormats(boolean withPng, boolean withSvg) {
        return new ChartOptions(width, height, withSvg, patienceMedianSeconds, percentiles, warmupSeconds, withPng);
    }

    /** These options showing {@code chosen} latency percentiles. */
    public ChartOptions withPercentiles(Percentiles chosen) {
        return new ChartOptions(width, height, svg, patienceMedianSeconds, chosen, warmupSeconds, png);
    }

    /** These options with a warm-up of {@code seconds} shaded on time charts. */
    public ChartOptions withWarmup(double seconds) {
        return new ChartOptions(width, height, svg, patienceMedianSeconds, percentiles, OptionalDouble.of(seconds), png);
    }
}
