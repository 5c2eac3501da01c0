package dev.avalanche.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.Verdict;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class OverlayTest {

    @TempDir
    static Path dir;
    static List<Path> written;

    @BeforeAll
    static void drawTheSmallRunAgainstAPerturbedCopy() throws IOException {
        RunResult sim = StoryRuns.small();
        RunResult live = LiveRuns.from(sim, 20, Verdict.SATURATED);
        written = Charts.writeOverlay(sim, live, ChartOptions.defaults().withPatienceMedian(12), Path.of("/tmp/ov"));
    }

    @Test
    void eachVariantInBothRunsGetsOneOverlayAsPngAndSvg() {
        assertEquals(List.of("overlay-threads-80.png", "overlay-threads-80.svg", "overlay-greenlets-4000.png",
                "overlay-greenlets-4000.svg"), written.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void theOverlayIs1200By700AndDrawnOn() throws IOException {
        BufferedImage image = Pictures.png(written.getFirst());
        assertEquals(1200, image.getWidth());
        assertEquals(700, image.getHeight());
        double ink = Pictures.inkInPlotArea(image);
        assertTrue(ink > 0.01, "only " + ink + " of the plot area is drawn on");
    }
}
