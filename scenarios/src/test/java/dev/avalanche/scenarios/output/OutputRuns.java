package dev.avalanche.scenarios.output;

import dev.avalanche.models.Simulator;
import dev.avalanche.models.Variant;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.scenarios.Scenario;
import dev.avalanche.scenarios.ScenarioException;
import dev.avalanche.scenarios.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;

/** Short simulated runs of a bundled scenario for the writers' tests. */
final class OutputRuns {

    private OutputRuns() {
    }

    /** story-normal-times for two minutes after a 10 s warm-up: 300 intents/s, latencies from 0.3 to several seconds. */
    static RunResult normalTimes(int replications) {
        try {
            Scenario s = ScenarioLoader.load(Path.of("story-normal-times.yaml"), List.of("duration=2m", "warmup=10s"));
            List<Variant> variants = s.variants();
            return Simulator.simulate(s.name(), s.seed(), variants, replications, 2, (v, k) -> { });
        } catch (ScenarioException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }
}
