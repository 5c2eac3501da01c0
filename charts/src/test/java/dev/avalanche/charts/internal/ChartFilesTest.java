package dev.avalanche.charts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.avalanche.charts.ChartOptions;
import dev.avalanche.charts.StoryRuns;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class ChartFilesTest {

    @Test
    void aPngIsOpaqueWithThePixelsJFreeChartDrawsWithAnAlphaChannel() throws Exception {
        List<JFreeChart> charts = List.of(
                DistributionChart.distribution(StoryRuns.small(), ChartOptions.defaults()),
                VariantsChart.variants(StoryRuns.small(), ChartOptions.defaults()),
                TimelineCharts.avalanche("small", StoryRuns.small().variants().get(0).result()));
        for (JFreeChart chart : charts) {
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(ChartFiles.pngBytes(chart, 600, 350)));
            BufferedImage argb = chart.createBufferedImage(600, 350);

            assertFalse(png.getColorModel().hasAlpha(), "an opaque PNG");
            int differ = 0;
            for (int y = 0; y < 350; y++) {
                for (int x = 0; x < 600; x++) {
                    differ += png.getRGB(x, y) == argb.getRGB(x, y) ? 0 : 1;
                }
            }
            assertEquals(0, differ, "pixels that differ from JFreeChart's ARGB image");
        }
    }
}
