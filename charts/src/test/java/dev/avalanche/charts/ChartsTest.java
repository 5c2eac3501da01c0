package dev.avalanche.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.charts.internal.Palette;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.Verdict;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ChartsTest {

    @TempDir
    static Path dir;
    static List<Path> written;

    @BeforeAll
    static void drawTheSmallRun() throws IOException {
        written = Charts.writeAll(StoryRuns.small(), ChartOptions.defaults().withPatienceMedian(12), dir);
    }

    @Test
    void aTwoVariantRunGetsTheComparisonEachVariantsThreeChartsAndOneCauseAsPngAndSvg() {
        List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
        List<String> expected = Stream.of("variants", "percentiles", "avalanche-threads-80", "latency-threads-80", "capacity-threads-80",
                "avalanche-greenlets-4000", "latency-greenlets-4000", "capacity-greenlets-4000", "cause")
                .flatMap(n -> Stream.of(n + ".png", n + ".svg")).toList();
        assertEquals(expected, names);
        written.forEach(p -> assertTrue(Files.isRegularFile(p), p + " exists"));
    }

    @Test
    void everyPngIs1200By700AndHasLinesInItsPlotArea() throws IOException {
        for (Path p : pngs()) {
            BufferedImage image = Pictures.png(p);
            assertEquals(1200, image.getWidth(), p.toString());
            assertEquals(700, image.getHeight(), p.toString());
            assertEquals(0xFFFFFF, image.getRGB(2, 2) & 0xFFFFFF, p + ": white background");
            double ink = Pictures.inkInPlotArea(image);
            assertTrue(ink > 0.01, p + ": only " + ink + " of the plot area is drawn on");
            int colours = Pictures.distinctColours(image);
            assertTrue(colours > 40, p + ": only " + colours + " colours, antialiased lines and text give many more");
        }
    }

    @Test
    void theComparisonShowsEachVariantInItsColour() throws IOException {
        BufferedImage image = Pictures.png(dir.resolve("variants.png"));
        assertTrue(Pictures.pixelsNear(image, Palette.variant(0)) > 500, "threads' colour");
        assertTrue(Pictures.pixelsNear(image, Palette.variant(1)) > 500, "greenlets' colour");
    }

    @Test
    void theAvalancheChartShowsGoodputInItsMetricColour() throws IOException {
        BufferedImage image = Pictures.png(dir.resolve("avalanche-threads-80.png"));
        assertTrue(Pictures.pixelsNear(image, Palette.GOODPUT) > 500);
        assertTrue(Pictures.pixelsNear(image, Palette.SENT) > 500);
    }

    @Test
    void everySvgIsWellFormedXmlWithAnSvgRootOfTheChartsSize() throws Exception {
        for (Path p : written.stream().filter(p -> p.toString().endsWith(".svg")).toList()) {
            Document doc = Pictures.svg(p);
            assertEquals("svg", doc.getDocumentElement().getLocalName(), p.toString());
            assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI(), p.toString());
            assertEquals("1200", doc.getDocumentElement().getAttribute("width"));
            assertEquals("700", doc.getDocumentElement().getAttribute("height"));
            assertTrue(doc.getElementsByTagNameNS("*", "text").getLength() > 10, p + ": titles and labels stay text");
        }
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void aOneVariantRunHasNoComparisonAndNoSuffixes(@TempDir Path one) throws IOException {
        RunResult single = StoryRuns.only(StoryRuns.small(), 0);
        List<Path> files = Charts.writeAll(single, ChartOptions.defaults().withoutSvg(), one);
        assertEquals(List.of("percentiles.png", "avalanche.png", "latency.png", "capacity.png", "cause.png"),
                files.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aRequestMixGetsAChartOfItsKindsBesideTheVariantsCharts(@TempDir Path out) throws IOException {
        List<Path> files = Charts.writeAll(StoryRuns.mix(), ChartOptions.defaults().withoutSvg(), out);
        assertEquals(List.of("percentiles.png", "avalanche.png", "latency.png", "capacity.png", "kinds.png", "cause.png"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        var chart = dev.avalanche.charts.internal.KindsChart.kinds("mix", StoryRuns.mix().variants().getFirst().result(),
                ChartOptions.defaults());
        var panels = ((org.jfree.chart.plot.CombinedDomainXYPlot) chart.getPlot()).getSubplots();
        assertEquals(2, panels.size());
        // Goodput of each kind; p99 and p50 of each kind: every series has points.
        assertEquals(List.of(2, 4), panels.stream().map(p -> p.getDataset().getSeriesCount()).toList());
        for (var p : panels) {
            for (int s = 0; s < p.getDataset().getSeriesCount(); s++) {
                assertTrue(p.getDataset().getItemCount(s) > 0, p.getDataset().getSeriesKey(s) + " is empty");
            }
        }
    }

    @Test
    void noCauseChartIsWrittenWhenNoTimelineRecordedTheThirdParty(@TempDir Path out) throws IOException {
        Timeline t = Results.timeline(1, 30, Map.of("sent", Results.constant(30, 5)));
        RunResult live = new RunResult("live", 1, "live", true, List.of(
                new VariantOutcome(Results.variant("base", Verdict.STABLE, OptionalLong.of(4), 1, 2, 3, t), 1, Map.of())));
        List<Path> files = Charts.writeAll(live, ChartOptions.defaults().withoutSvg(), out);
        assertEquals(List.of("avalanche.png", "latency.png", "capacity.png"),
                files.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aSweepIsWrittenAsSweepPngAndSvg(@TempDir Path out) throws IOException {
        Sweep sweep = new Sweep("intent rate", "offered load (intents/s)", List.of(
                new SweepPoint("threads", 30, StoryRuns.small().variants().get(0).result()),
                new SweepPoint("greenlets", 30, StoryRuns.small().variants().get(1).result())));
        List<Path> files = Charts.writeSweep(sweep, ChartOptions.defaults(), out);
        assertEquals(List.of(out.resolve("sweep.png"), out.resolve("sweep.svg")), files);
        assertEquals(1200, Pictures.png(files.get(0)).getWidth());
    }

    @Test
    void optionsRejectAPictureTooSmallToRead() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ChartOptions(200, 100, false, OptionalDouble.empty()));
        assertTrue(e.getMessage().contains("200x100"), e.getMessage());
    }

    private static List<Path> pngs() {
        return written.stream().filter(p -> p.toString().endsWith(".png")).toList();
    }
}
