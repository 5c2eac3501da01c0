package dev.avalanche.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.result.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts of a run drawn as tasks on a pool: the same files, in the same order, with the same pixels as one after another. */
class ChartsOnAPoolTest {

    @TempDir
    Path tmp;

    @Test
    void aPoolDrawsTheSameFilesInTheSameOrderWithTheSamePixels() throws IOException {
        RunResult run = StoryRuns.small();
        ChartOptions opts = ChartOptions.defaults().withPatienceMedian(12);
        List<Path> alone = Charts.writeAll(run, opts, tmp.resolve("alone"));
        AtomicInteger tasks = new AtomicInteger();
        List<Path> pooled;
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            pooled = Charts.writeAll(run, opts, tmp.resolve("pooled"), task -> {
                tasks.incrementAndGet();
                pool.execute(task);
            });
        }
        assertEquals(alone.stream().map(p -> p.getFileName().toString()).toList(),
                pooled.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(alone.size() / 2, tasks.get(), "one task per chart, its PNG and its SVG together");
        for (int i = 0; i < alone.size(); i++) {
            if (alone.get(i).toString().endsWith(".png")) {
                assertArrayEquals(Files.readAllBytes(alone.get(i)), Files.readAllBytes(pooled.get(i)), alone.get(i).toString());
            }
        }
    }

    @Test
    void theFormatsChosenAreTheOnlyFilesWritten() throws IOException {
        RunResult run = StoryRuns.small();
        List<Path> svg = Charts.writeAll(run, ChartOptions.defaults().withFormats(false, true), tmp.resolve("svg"));
        List<Path> png = Charts.writeAll(run, ChartOptions.defaults().withFormats(true, false), tmp.resolve("png"));
        assertTrue(!svg.isEmpty() && svg.stream().allMatch(p -> p.toString().endsWith(".svg")), svg.toString());
        assertTrue(png.stream().allMatch(p -> p.toString().endsWith(".png")), png.toString());
        assertEquals(svg.size(), png.size());
        assertThrows(IllegalArgumentException.class, () -> ChartOptions.defaults().withFormats(false, false));
    }

    @Test
    void aFailedDrawingIsThrownAsItWasThrownOnThePool() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("cause.png").resolve("in-the-way")); // a folder, not empty, where a chart goes
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            assertThrows(IOException.class, () -> Charts.writeAll(StoryRuns.small(), ChartOptions.defaults(), out, pool));
        }
    }
}
