package dev.avalanche.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.charts.internal.Palette;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.Verdict;
import dev.avalanche.models.validation.Comparison;
import dev.avalanche.models.validation.Tolerances;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class OverlayTest {

    @TempDir
    static Path dir;
    static List<Path> written;
    static final RunResult SIM = StoryRuns.small();
    static final RunResult LIVE = LiveRuns.from(SIM, 20, Verdict.SATURATED);

    @BeforeAll
    static void drawTheSmallRunAgainstAPerturbedCopy() throws IOException {
        written = Charts.writeOverlay(SIM, LIVE, ChartOptions.defaults().withPatienceMedian(12), dir);
    }

    @Test
    void eachVariantInBothRunsGetsOneOverlayAsPngAndSvg() {
        assertEquals(List.of("overlay-threads-80.png", "overlay-threads-80.svg", "overlay-greenlets-4000.png",
                "overlay-greenlets-4000.svg", "percentiles-vs-live.png", "percentiles-vs-live.svg"),
                written.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void theOverlayIs1200By700WithBothSourcesMetricColoursInIt() throws IOException {
        BufferedImage image = Pictures.png(dir.resolve("overlay-threads-80.png"));
        assertEquals(1200, image.getWidth());
        assertEquals(700, image.getHeight());
        double ink = Pictures.inkInPlotArea(image);
        assertTrue(ink > 0.01, "only " + ink + " of the plot area is drawn on");
        assertTrue(Pictures.pixelsNear(image, Palette.GOODPUT) > 500, "goodput's colour");
        assertTrue(Pictures.pixelsNear(image, Palette.P99) > 500, "p99's colour");
        assertTrue(Pictures.pixelsNear(image, Palette.BUSY) > 500, "busy workers' colour");
    }

    @Test
    void theSvgIsWellFormedWithItsTextKept() throws Exception {
        Document doc = Pictures.svg(dir.resolve("overlay-threads-80.svg"));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("1200", doc.getDocumentElement().getAttribute("width"));
        assertEquals("700", doc.getDocumentElement().getAttribute("height"));
        assertTrue(doc.getDocumentElement().getTextContent().contains("Simulation vs live: threads-80"));
    }

    @Test
    void onlyTheVariantsInBothRunsAreDrawn(@TempDir Path out) throws IOException {
        List<Path> files = Charts.writeOverlay(SIM, StoryRuns.only(LIVE, 1), ChartOptions.defaults().withoutSvg(), out);
        assertEquals(List.of(out.resolve("overlay-greenlets-4000.png"), out.resolve("percentiles-vs-live.png")), files);
    }

    @Test
    void namesThatMakeTheSameFileNameGetNumberedFiles(@TempDir Path out) throws IOException {
        var t = Results.timeline(1, 5, Map.of("completed", Results.constant(5, 3)));
        List<VariantOutcome> variants = Stream.of("A b", "a-b")
                .map(n -> new VariantOutcome(
                        Results.variant(n, Verdict.STABLE, OptionalLong.empty(), 1, 2, 3, t), 1, Map.of()))
                .toList();
        List<Path> files = Charts.writeOverlay(new RunResult("x", 1, "simulation", true, variants),
                new RunResult("x", 1, "live", true, variants), ChartOptions.defaults().withoutSvg(), out);
        assertEquals(List.of(out.resolve("overlay-a-b.png"), out.resolve("overlay-a-b-2.png"), out.resolve("percentiles-vs-live.png")),
                files);
    }

    @Test
    void aLiveRunGivenAsTheSimulationIsRejectedAndNothingWritten(@TempDir Path out) {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Charts.writeOverlay(LIVE, LIVE, ChartOptions.defaults(), out.resolve("charts")));
        assertEquals("overlay simulated run small-slowdown mode: got \"live\"; allowed: \"simulation\"", e.getMessage());
        assertFalse(Files.exists(out.resolve("charts")), "the directory is not even created");
    }

    @Test
    void aSimulationGivenAsTheLiveRunIsRejected(@TempDir Path out) {
        var e = assertThrows(IllegalArgumentException.class, () -> Charts.writeOverlay(SIM, SIM, ChartOptions.defaults(), out));
        assertEquals("overlay live run small-slowdown mode: got \"simulation\"; allowed: \"live\"", e.getMessage());
    }

    @Test
    void runsOfDifferentScenariosAreRejected(@TempDir Path out) {
        RunResult other = new RunResult("other", 42, "live", true, LIVE.variants());
        var e = assertThrows(IllegalArgumentException.class, () -> Charts.writeOverlay(SIM, other, ChartOptions.defaults(), out));
        assertTrue(e.getMessage().contains("got \"other\"") && e.getMessage().contains("\"small-slowdown\""), e.getMessage());
    }

    @Test
    void runsWithNoVariantInCommonAreRejectedNamingTheVariantsOfBoth(@TempDir Path out) {
        RunResult threadsOnly = StoryRuns.only(SIM, 0);
        RunResult greenletsOnly = StoryRuns.only(LIVE, 1);
        var e = assertThrows(IllegalArgumentException.class,
                () -> Charts.writeOverlay(threadsOnly, greenletsOnly, ChartOptions.defaults(), out));
        assertEquals("overlay of small-slowdown: no variant in common; simulated [threads-80], live [greenlets-4000]; "
                + "allowed: at least one variant name in both", e.getMessage());
    }

    @Test
    void theValidationChartIsWrittenAsValidationPngAndSvg(@TempDir Path out) throws Exception {
        var timeline = Results.timeline(1, 3, Map.of());
        var predicted = Results.variant("a", Verdict.STABLE, OptionalLong.empty(), 1, 4, 2, timeline);
        var measured = Results.variant("a", Verdict.STABLE, OptionalLong.empty(), 1.25, 5, 1.8, timeline);
        List<Comparison> comparisons = List.of(Comparison.of(predicted, measured, Tolerances.DEFAULTS));
        List<Path> files = Charts.writeValidation(comparisons, ChartOptions.defaults(), out);
        assertEquals(List.of(out.resolve("validation.png"), out.resolve("validation.svg")), files);
        BufferedImage image = Pictures.png(files.get(0));
        assertEquals(1200, image.getWidth());
        assertEquals(700, image.getHeight());
        assertTrue(Pictures.pixelsNear(image, Palette.variant(0)) > 500, "the variant's bars");
        assertEquals("svg", Pictures.svg(files.get(1)).getDocumentElement().getLocalName());
    }

    @Test
    void aRunNamingTwoVariantsAlikeIsRejected(@TempDir Path out) {
        RunResult twice = new RunResult(SIM.scenario(), 42, "live", true, List.of(LIVE.variants().get(0), LIVE.variants().get(0)));
        var e = assertThrows(IllegalArgumentException.class, () -> Charts.writeOverlay(SIM, twice, ChartOptions.defaults(), out));
        assertTrue(e.getMessage().contains("\"threads-80\" twice"), e.getMessage());
    }
}
