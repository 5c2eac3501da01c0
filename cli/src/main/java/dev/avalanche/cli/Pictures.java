package dev.avalanche.cli;

import dev.avalanche.charts.ChartOptions;
import dev.avalanche.engine.random.InvertibleDistribution;
import dev.avalanche.scenarios.Scenario;

/** What the charts need to know of a scenario beyond its results: the users' median patience and the warm-up. */
final class Pictures {

    private Pictures() {
    }

    static ChartOptions options(Scenario scenario) {
        var config = scenario.variants().getFirst().config();
        ChartOptions opts = ChartOptions.defaults().withWarmup(config.warmup().seconds());
        var patience = config.users().patience();
        if (patience.isPresent() && patience.get() instanceof InvertibleDistribution d) {
            opts = opts.withPatienceMedian(d.quantile(0.5));
        }
        return opts;
    }
}
