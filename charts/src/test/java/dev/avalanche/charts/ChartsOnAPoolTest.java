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

    @Test
    void aDrawingBegunVariantByVariantWritesWhatWriteAllWritesByteForByte() throws IOException {
        RunResult run = StoryRuns.small();
        ChartOptions opts = ChartOptions.defaults().withPatienceMedian(12);
        List<Path> whole = Charts.writeAll(run, opts, tmp.resolve("whole"));
        List<Path> begun;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Charts.Drawing drawing = Charts.drawing(run.scenario(), run.seed(), run.mode(),
                    run.variants().stream().map(o -> o.result().name()).toList(), opts, tmp.resolve("begun"), pool);
            for (int i = run.variants().size() - 1; i >= 0; i--) {
                drawing.variantDone(i, run.variants().get(i).result());
            }
            assertTrue(Files.notExists(tmp.resolve("begun")), "nothing written before the run is finished");
            begun = drawing.finish(run);
        }
        assertSameFiles(whole, begun);
    }

    @Test
    void aVariantHandedOverWithAnotherResultThanTheRunsIsDrawnAgainFromTheRuns() throws IOException {
        RunResult run = StoryRuns.small();
        RunResult other = StoryRuns.small(99);
        ChartOptions opts = ChartOptions.defaults();
        List<Path> whole = Charts.writeAll(run, opts, tmp.resolve("whole"));
        List<Path> redrawn;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Charts.Drawing drawing = Charts.drawing(run.scenario(), run.seed(), run.mode(),
                    run.variants().stream().map(o -> o.result().name()).toList(), opts, tmp.resolve("redrawn"), pool);
            drawing.variantDone(0, other.variants().get(0).result());
            assertThrows(IllegalStateException.class, () -> drawing.variantDone(0, run.variants().get(0).result()));
            redrawn = drawing.finish(run);
        }
        assertSameFiles(whole, redrawn);
    }

    private static void assertSameFiles(List<Path> expected, List<Path> actual) throws IOException {
        assertEquals(expected.stream().map(p -> p.getFileName().toString()).toList(),
                actual.stream().map(p -> p.getFileName().toString()).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(Files.readAllBytes(expected.get(i)), Files.readAllBytes(actual.get(i)), expected.get(i).toString());
        }
    }
}
