package dev.avalanche.cli;

import dev.avalanche.charts.ChartOptions;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which chart files a command writes: none, PNG, SVG or both (a picocli mixin). */
final class ChartFormatOptions {

    @Option(names = "--charts", paramLabel = "none|png|svg|all",
            description = "Chart files to write: none, png, svg or all (PNG and SVG, the default). report.html shows the"
                + " PNGs (the SVGs without them); with none it has the tables alone.")
    String charts = "all";

    /**
     * {@code opts} drawing the chosen formats, or empty when no chart is wanted.
     *
     * @throws IllegalArgumentException naming {@code --charts} and what is allowed when the value is none of them
     */
    Optional<ChartOptions> apply(ChartOptions opts) {
        return switch (charts) {
            case "none" -> Optional.empty();
            case "png" -> Optional.of(opts.withFormats(true, false));
            case "svg" -> Optional.of(opts.withFormats(false, true));
            case "all" -> Optional.of(opts.withFormats(true, true));
            default -> throw new IllegalArgumentException("--charts: got " + charts + "; allowed none, png, svg, all");
        };
    }

    /** @throws IllegalArgumentException as {@link #apply} does, before anything runs */
    void check() {
        apply(ChartOptions.defaults());
    }
}
