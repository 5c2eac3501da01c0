package dev.avalanche.cli;

import dev.avalanche.charts.ChartOptions;
import dev.avalanche.engine.random.InvertibleDistribution;
import dev.avalanche.scenarios.Scenario;

/** What the charts need to know of a scenario beyond its results: the users' median patience. */
final class Pictures {

    private Pictures() {
    }

    static ChartOptions options(Scenario scenario) {
        ChartOptions opts = ChartOptions.defaults();
        var patience = scenario.variants().getFirst().config().users().patience();
        if (patience.isPresent() && patience.get() instanceof InvertibleDistribution d) {
            opts = opts.withPatienceMedian(d.quantile(0.5));
        }
        return opts;
    }
}
