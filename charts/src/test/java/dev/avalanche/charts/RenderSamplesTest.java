package dev.avalanche.charts;

import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.validation.Comparison;
import dev.avalanche.models.validation.Tolerances;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check: renders sample charts for people to look at, only when asked with
 * {@code -Dcharts.samples=DIR} (e.g. {@code mvn -pl charts test -Dtest=RenderSamplesTest
 * -Dcharts.samples=/tmp/charts}). {@code DIR/docs} gets the README's pictures, which are kept in
 * {@code docs/images}: 640 threads in the story's slowdown, and threads against greenlets.
 */
@EnabledIfSystemProperty(named = "charts.samples", matches = ".+")
class RenderSamplesTest {

    private final Path dir = Path.of(System.getProperty("charts.samples", "unused"));
    private final ChartOptions opts = ChartOptions.defaults().withPatienceMedian(StoryRuns.PATIENCE_MEDIAN);

    @Test
    void theSmallRunWithItsReport() throws IOException {
        render(StoryRuns.small(), dir.resolve("small"), opts.withWarmup(StoryRuns.warmupSeconds(240)));
    }

    @Test
    void theStorysSlowdownWithItsReportAndTheReadmePictures() throws IOException {
        RunResult story = StoryRuns.story();
        render(story, dir.resolve("story"), opts.withWarmup(StoryRuns.warmupSeconds(1800)));
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(dir.resolve("story/variants.png"), docs.resolve("variants.png"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dir.resolve("story/avalanche-threads-640.png"), docs.resolve("avalanche.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aSweepOfTheIntentRate() throws IOException {
        List<SweepPoint> points = new ArrayList<>();
        for (double rate = 20; rate <= 60; rate += 5) {
            points.add(new SweepPoint("threads", rate, StoryRuns.threadsAt(rate, 180)));
            points.add(new SweepPoint("greenlets", rate, StoryRuns.greenletsAt(rate, 180)));
        }
        Charts.writeSweep(new Sweep("intent rate", "offered load (intents/s)", points), opts, dir.resolve("sweep"));
    }

    @Test
    void theSmallRunAgainstAnotherReplicationPlayingTheLiveRun() throws IOException {
        RunResult sim = StoryRuns.small();
        RunResult live = LiveRuns.asLive(StoryRuns.small(7));
        Charts.writeOverlay(sim, live, opts, dir.resolve("overlay"));
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 0; i < sim.variants().size(); i++) {
            comparisons.add(Comparison.of(sim.variants().get(i).result(), live.variants().get(i).result(), Tolerances.DEFAULTS));
        }
        Charts.writeValidation(comparisons, opts, dir.resolve("overlay"));
    }

    private static void render(RunResult run, Path out, ChartOptions opts) throws IOException {
        List<Path> files = Charts.writeAll(run, opts, out);
        Report.write(run, new ReportInputs("A sample: the third party slows down three times from "
                + "a tenth of the run, users refresh.", "name: " + run.scenario() + "\n", "sample"), files, out);
        Charts.writeAll(StoryRuns.only(run, 0), opts, out.resolve("one-variant"));
    }
}
