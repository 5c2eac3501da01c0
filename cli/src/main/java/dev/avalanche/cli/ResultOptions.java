package dev.avalanche.cli;

import dev.avalanche.models.result.Percentiles;
import dev.avalanche.models.threshold.Figure;
import dev.avalanche.models.threshold.Threshold;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How a command reports its results: which percentiles, which thresholds fail it, how wide its
 * table is, which chart files it writes (a picocli mixin).
 */
final class ResultOptions {

    @Mixin
    ChartFormatOptions charts;

    @Option(names = "--fail-on", paramLabel = "EXPR",
            description = "Fail the run (exit 3) when EXPR holds for a variant. EXPR is [VARIANT:][KIND/]FIGURE OP VALUE,"
                + " e.g. p99>2s, verdict=collapsed, recoverySeconds>60, threads-640:p99>5s (the"
                + " variant's name first, for that variant only), checkout/p99>2s (one kind of request of a mix). Repeatable; every threshold is printed as passed or"
                + " crossed at the end. Figures: " + Figure.NAMES + ". Quote it: > and < are shell redirections.")
    List<String> failOn = new ArrayList<>();

    @Option(names = "--percentiles", paramLabel = "P,P,...",
            description = "Latency percentiles for the summary, the table and the charts (default 50,90,99; min and max"
                + " are always given), e.g. 50,90,99,99.9,99.99.")
    String percentiles;

    @Option(names = "--wide", description = "Print the table one line per variant, however wide, instead of wrapping it at 100 columns.")
    boolean wide;

    /** @throws IllegalArgumentException naming {@code --percentiles} when the list is malformed */
    Percentiles percentiles() {
        if (percentiles == null) {
            return Percentiles.DEFAULT;
        }
        try {
            return Percentiles.parse(percentiles);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--percentiles: " + e.getMessage(), e);
        }
    }

    /**
     * The thresholds, parsed before anything runs.
     *
     * @throws IllegalArgumentException naming {@code --fail-on} and what is allowed when one is malformed
     */
    List<Threshold> thresholds() {
        List<Threshold> parsed = new ArrayList<>();
        for (String text : failOn) {
            try {
                parsed.add(Threshold.parse(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--fail-on: " + e.getMessage(), e);
            }
        }
        return parsed;
    }

    /** The names of the kinds of request of {@code s}'s mixes, in order; empty when every variant's requests are alike. */
    static List<String> kinds(dev.avalanche.scenarios.Scenario s) {
        return s.variants().stream().map(v -> v.config().requests()).filter(m -> m.mixed())
                .flatMap(m -> m.kinds().stream()).map(k -> k.name()).distinct().toList();
    }

    /**
     * @throws IllegalArgumentException naming {@code --fail-on} when a threshold names a variant the
     *     scenario lacks, or a kind of request none of {@code kinds} is (those of a mix; empty when
     *     every request is alike)
     */
    static void requireVariants(List<Threshold> thresholds, Collection<String> variants, Collection<String> kinds) {
        for (Threshold t : thresholds) {
            try {
                t.requireVariantAmong(variants);
                t.requireKindAmong(kinds);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--fail-on: " + e.getMessage(), e);
            }
        }
    }
}
