package dev.avalanche.charts.internal;

import java.util.Locale;
import java.util.Optional;

/** The pictures Avalanche draws: the stem of their file names and the caption the report gives them. */
public enum ChartKind {
    VARIANTS("variants", "All variants on one time axis"),
    AVALANCHE("avalanche", "Requests per second"),
    LATENCY("latency", "Latency"),
    CAPACITY("capacity", "Busy workers and backlog"),
    CAUSE("cause", "Third-party slowdown"),
    KINDS("kinds", "Request mix: goodput and latency per kind of request"),
    /** Before {@link #PERCENTILES}, whose stem begins its own: {@link #of} takes the first match. */
    PERCENTILES_VS_LIVE("percentiles-vs-live", "Latency distribution: simulation vs live"),
    PERCENTILES("percentiles", "Latency distribution (percentile spectrum)"),
    SWEEP("sweep", "Sweep"),
    HEATMAP("heatmap", "Share of intents served, one parameter against another"),
    OVERLAY("overlay", "Simulation vs live"),
    VALIDATION("validation", "Predicted vs measured: relative error");

    private final String stem;
    private final String caption;

    ChartKind(String stem, String caption) {
        this.stem = stem;
        this.caption = caption;
    }

    public String stem() {
        return stem;
    }

    public String caption() {
        return caption;
    }

    /** {@code stem.ext}, or {@code stem-slug.ext} when the chart is one variant's among several. */
    public String fileName(Optional<String> slug, String ext) {
        return stem + slug.map(s -> "-" + s).orElse("") + "." + ext;
    }

    /** The kind a file name written by {@link #fileName} belongs to. */
    public static Optional<ChartKind> of(String fileName) {
        String base = fileName.toLowerCase(Locale.ROOT);
        for (ChartKind k : values()) {
            if (base.startsWith(k.stem + ".") || base.startsWith(k.stem + "-")) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** {@link #slug} of {@code name}, with "-2", "-3"... when {@code used} has it; added to {@code used}. */
    public static String uniqueSlug(String name, java.util.Set<String> used) {
        return dev.avalanche.models.io.FileNames.uniqueSlug(name, used);
    }

    /** A file-name-safe form of a variant name (see {@link dev.avalanche.models.io.FileNames#slug}). */
    public static String slug(String name) {
        return dev.avalanche.models.io.FileNames.slug(name);
    }
}
