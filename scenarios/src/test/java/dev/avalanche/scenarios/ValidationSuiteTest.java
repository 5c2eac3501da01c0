package dev.avalanche.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.Simulator;
import dev.avalanche.models.Variant;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The live validation suite ({@code scenarios/validation/}) and its known gaps: each scenario
 * loads, is short enough to play live (at most 30 s of scenario time: duration plus drain), and
 * its simulation conserves every request. Playing them live is {@code avalanche validate}'s job.
 */
class ValidationSuiteTest {

    static Stream<Path> suite() throws IOException {
        Stream.Builder<Path> all = Stream.builder();
        for (String dir : new String[] {"validation", "validation-gaps"}) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(all);
            }
        }
        return all.build();
    }

    @ParameterizedTest
    @MethodSource("suite")
    void loadsIsShortAndConserves(Path file) throws ScenarioException {
        Scenario s = ScenarioLoader.load(file, List.of());
        for (Variant v : s.variants()) {
            ModelConfig cfg = v.config();
            double seconds = cfg.duration().seconds() + cfg.drain().seconds();
            if (cfg.users().arrivals() instanceof Arrivals.Open) {
                assertTrue(seconds <= 30, file + " / " + v.name() + ": " + seconds + " s of live traffic; at most 30");
            }
        }
        List<Variant> variants = s.variants();
        RunResult r = Simulator.simulate(s.name(), s.seed(), variants, 1, 2, (v, k) -> { });
        for (VariantOutcome o : r.variants()) {
            assertTrue(o.result().requests().conserved(), file + " / " + o.result().name() + ": " + o.result().requests());
            if (!(s.variants().get(0).config().users().arrivals() instanceof Arrivals.Open)) {
                assertTrue(o.result().elapsed() <= 30, file + " / " + o.result().name() + " takes " + o.result().elapsed()
                        + " s; at most 30 s live");
            }
        }
    }
}
