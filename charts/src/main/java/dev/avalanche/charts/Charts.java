package dev.avalanche.charts;

import dev.avalanche.charts.internal.ChartFiles;
import dev.avalanche.charts.internal.Causes;
import dev.avalanche.charts.internal.ChartKind;
import dev.avalanche.charts.internal.Describe;
import dev.avalanche.charts.internal.DistributionChart;
import dev.avalanche.charts.internal.Headless;
import dev.avalanche.charts.internal.HeatMapChart;
import dev.avalanche.charts.internal.KindsChart;
import dev.avalanche.charts.internal.OverlayChart;
import dev.avalanche.charts.internal.OverlayPairs;
import dev.avalanche.charts.internal.SweepChart;
import dev.avalanche.charts.internal.TimelineCharts;
import dev.avalanche.charts.internal.ValidationChart;
import dev.avalanche.charts.internal.VariantsChart;
import dev.avalanche.models.io.Tasks;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.SweepResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.validation.Comparison;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * Writes the pictures of a run or a sweep as PNG files and SVG files (either, or both, as the
 * options say), each written atomically. Stateless; safe to call from several threads on different directories.
 *
 * <p>Files of a run: {@code variants.png} when there are several variants; {@code percentiles.png},
 * the latency distribution of every variant; for each variant {@code avalanche}, {@code latency}
 * and {@code capacity} ({@code avalanche.png} with one variant, {@code avalanche-<variant>.png}
 * with several); {@code cause.png} once when every variant saw the same third-party slowdown, else
 * one per variant, none when the third party never changed speed (or there is none). Every chart
 * over time shades the warm-up and the slowdown. Files of a validation: {@code overlay-<variant>.png}
 * per variant simulated and played live, {@code percentiles-vs-live.png} for their latency
 * distributions, {@code validation.png} for the figures compared.
 */
public final class Charts {

    private Charts() {
    }

    /**
     * Draws every chart of {@code run} into {@code dir} (created when missing), one after another on this thread.
     *
     * @return the files written, each PNG followed by its SVG
     * @throws IOException when a file cannot be written
     */
    public static List<Path> writeAll(RunResult run, ChartOptions opts, Path dir) throws IOException {
        return writeAll(run, opts, dir, Runnable::run);
    }

    /**
     * Draws every chart of {@code run} into {@code dir} (created when missing), each chart a task
     * on {@code pool}: the charts are independent, so a pool of n threads draws them about n
     * times as fast. Returns when all are written; the files and their order are those of the
     * one-thread {@link #writeAll(RunResult, ChartOptions, Path)}.
     *
     * @return the files written, each PNG followed by its SVG
     * @throws IOException when a file cannot be written (the first such failure in the files' order)
     */
    public static List<Path> writeAll(RunResult run, ChartOptions opts, Path dir, Executor pool) throws IOException {
        Drawing drawing = new Drawing(run.scenario(), run.seed(), run.mode(), run.complete(),
                run.variants().stream().map(o -> o.result().name()).toList(), opts, dir, pool);
        return drawing.finish(run);
    }

    /**
     * A run's charts begun before the run is over: each variant's charts over time drawn (in
     * memory, on {@code pool}) as soon as {@link Drawing#variantDone} hands its result over, while
     * later variants still simulate; {@link Drawing#finish} draws the rest and writes every file.
     * The files are those {@link #writeAll(RunResult, ChartOptions, Path, Executor)} writes of the
     * finished run, byte for byte; nothing is written before {@code finish}.
     *
     * @param variants the names of the run's variants, in order
     */
    public static Drawing drawing(String scenario, long seed, String mode, List<String> variants, ChartOptions opts,
            Path dir, Executor pool) {
        return new Drawing(scenario, seed, mode, true, variants, opts, dir, pool);
    }

    /**
     * The charts of one run, drawn as its variants finish. {@link #variantDone} and {@link #finish}
     * are called from one thread.
     */
    public static final class Drawing {

        private final String label;
        private final List<String> names;
        private final List<Optional<String>> slugs;
        private final ChartOptions opts;
        private final Path dir;
        private final Executor pool;
        private final VariantResult[] drawn;
        private final List<List<FutureTask<List<Picture>>>> early;

        private Drawing(String scenario, long seed, String mode, boolean complete, List<String> names, ChartOptions opts,
                Path dir, Executor pool) {
            Headless.ensure();
            this.label = Describe.run(new RunResult(scenario, seed, mode, complete, List.of()));
            this.names = List.copyOf(names);
            this.slugs = slugs(this.names);
            this.opts = opts;
            this.dir = dir;
            this.pool = pool;
            this.drawn = new VariantResult[names.size()];
            this.early = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                early.add(List.of());
            }
        }

        /** Starts drawing variant {@code index}'s charts over time, from its finished result {@code v}. */
        public void variantDone(int index, VariantResult v) {
            if (drawn[index] != null) {
                throw new IllegalStateException("variant " + index + ": its charts are already drawn");
            }
            drawn[index] = v;
            early.set(index, submit(timelines(label, v, slugs.get(index))));
        }

        /**
         * Draws the charts of {@code run} not drawn yet (those of the whole run, and of any variant
         * whose result is not the one handed over) and writes every chart into the folder (created
         * when missing); returns when all are written.
         *
         * @return the files written, each PNG followed by its SVG
         * @throws IOException when a file cannot be written (the first such failure in the files' order)
         */
        public List<Path> finish(RunResult run) throws IOException {
            Headless.ensure();
            Files.createDirectories(dir);
            List<VariantOutcome> variants = run.variants();
            boolean same = Describe.run(run).equals(label)
                    && variants.stream().map(o -> o.result().name()).toList().equals(names);
            List<ChartTask> whole = new ArrayList<>();
            if (variants.size() > 1) {
                whole.add(new ChartTask(() -> VariantsChart.variants(run, opts), ChartKind.VARIANTS, Optional.empty()));
            }
            if (variants.stream().anyMatch(o -> !o.result().latency().distribution().isEmpty())) {
                whole.add(new ChartTask(() -> DistributionChart.distribution(run, opts), ChartKind.PERCENTILES, Optional.empty()));
            }
            List<FutureTask<List<Picture>>> tasks = new ArrayList<>(submit(whole));
            List<Optional<String>> runSlugs = same ? slugs : slugs(variants.stream().map(o -> o.result().name()).toList());
            String runLabel = Describe.run(run);
            for (int i = 0; i < variants.size(); i++) {
                VariantResult v = variants.get(i).result();
                boolean begun = same && drawn[i] == v;
                tasks.addAll(begun ? early.get(i) : submit(timelines(runLabel, v, runSlugs.get(i))));
            }
            List<ChartTask> causes = new ArrayList<>();
            if (Causes.varied(run)) {
                boolean oneCause = Causes.shared(run);
                for (int i = 0; i < variants.size(); i++) {
                    VariantResult v = variants.get(i).result();
                    causes.add(new ChartTask(() -> TimelineCharts.cause(runLabel, v, oneCause, opts), ChartKind.CAUSE,
                            oneCause ? Optional.empty() : runSlugs.get(i)));
                    if (oneCause) {
                        break;
                    }
                }
            }
            tasks.addAll(submit(causes));
            List<Path> written = new ArrayList<>();
            for (FutureTask<List<Picture>> task : tasks) {
                for (Picture p : Tasks.join(task)) {
                    written.add(ChartFiles.write(p.bytes(), dir.resolve(p.name())));
                }
            }
            return List.copyOf(written);
        }

        /** A variant's charts over time: avalanche, latency, capacity, and its kinds when it has a request mix. */
        private List<ChartTask> timelines(String runLabel, VariantResult v, Optional<String> slug) {
            List<ChartTask> charts = new ArrayList<>(4);
            charts.add(new ChartTask(() -> TimelineCharts.avalanche(runLabel, v, opts), ChartKind.AVALANCHE, slug));
            charts.add(new ChartTask(() -> TimelineCharts.latency(runLabel, v, opts), ChartKind.LATENCY, slug));
            charts.add(new ChartTask(() -> TimelineCharts.capacity(runLabel, v, opts), ChartKind.CAPACITY, slug));
            if (!v.kinds().isEmpty()) {
                charts.add(new ChartTask(() -> KindsChart.kinds(runLabel, v, opts), ChartKind.KINDS, slug));
            }
            return charts;
        }

        private List<FutureTask<List<Picture>>> submit(List<ChartTask> charts) {
            List<FutureTask<List<Picture>>> tasks = new ArrayList<>(charts.size());
            for (ChartTask c : charts) {
                FutureTask<List<Picture>> task = new FutureTask<>(() -> pictures(c.chart().get(), c.kind(), c.slug(), opts));
                tasks.add(task);
                pool.execute(task);
            }
            return tasks;
        }
    }

    /** A chart still to draw: how to make it, and the file name it gets. */
    private record ChartTask(Supplier<JFreeChart> chart, ChartKind kind, Optional<String> slug) {
    }

    /** A chart drawn in one format: its file name and bytes. */
    private record Picture(String name, byte[] bytes) {
    }

    /** {@code chart} in the formats the options ask for, PNG first. */
    private static List<Picture> pictures(JFreeChart chart, ChartKind kind, Optional<String> slug, ChartOptions opts)
            throws IOException {
        List<Picture> pictures = new ArrayList<>(2);
        if (opts.png()) {
            pictures.add(new Picture(kind.fileName(slug, "png"), ChartFiles.pngBytes(chart, opts.width(), opts.height())));
        }
        if (opts.svg()) {
            pictures.add(new Picture(kind.fileName(slug, "svg"), ChartFiles.svgBytes(chart, opts.width(), opts.height())));
        }
        return pictures;
    }

    /**
     * Draws {@code sweep} as {@code sweep.png} (and {@code sweep.svg}) into {@code dir}.
     *
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public static List<Path> writeSweep(Sweep sweep, ChartOptions opts, Path dir) throws IOException {
        Headless.ensure();
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        write(SweepChart.sweep(sweep, opts.percentiles()), ChartKind.SWEEP, Optional.empty(), opts, dir, written);
        return List.copyOf(written);
    }

    /**
     * Draws a sweep of several parameters into {@code dir}: for each parameter,
     * {@code sweep-<parameter>.png}, the knee chart along it ({@link Sweep#along}); for each pair
     * of parameters, {@code heatmap-<a>-<b>.png}, one against the other ({@link HeatMapChart}). A
     * sweep of one parameter gets {@code sweep.png}, as {@link #writeSweep} draws it.
     *
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public static List<Path> writeSweepGrid(SweepResult sweep, ChartOptions opts, Path dir) throws IOException {
        if (sweep.parameters().size() == 1) {
            return writeSweep(Sweep.of(sweep), opts, dir);
        }
        Headless.ensure();
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Set<String> used = new HashSet<>();
        List<String> slugs = sweep.parameters().stream().map(p -> ChartKind.uniqueSlug(p, used)).toList();
        for (int i = 0; i < slugs.size(); i++) {
            write(SweepChart.sweep(Sweep.along(sweep, i), opts.percentiles()), ChartKind.SWEEP, Optional.of(slugs.get(i)), opts, dir, written);
        }
        for (int a = 0; a < slugs.size(); a++) {
            for (int b = a + 1; b < slugs.size(); b++) {
                write(HeatMapChart.heatMap(sweep, a, b), ChartKind.HEATMAP, Optional.of(slugs.get(a) + "-" + slugs.get(b)), opts,
                        dir, written);
            }
        }
        return List.copyOf(written);
    }

    /**
     * Draws, for each variant of {@code simulated} that {@code live} has too (matched by name),
     * {@code overlay-<variant>.png} (and its SVG): the prediction solid and the measurement dashed
     * on one time axis, in seconds since each run's start; and {@code percentiles-vs-live.png}, the
     * latency distributions of both.
     *
     * @return the files written, in the simulated run's variant order
     * @throws IllegalArgumentException when {@code simulated}'s mode is not {@code simulation},
     *     {@code live}'s not {@code live}, their scenarios differ, a run names two variants alike,
     *     or no variant is in both; nothing is written then
     * @throws IOException when a file cannot be written
     */
    public static List<Path> writeOverlay(RunResult simulated, RunResult live, ChartOptions opts, Path dir)
            throws IOException {
        List<OverlayPairs.Pair> pairs = OverlayPairs.match(simulated, live);
        Headless.ensure();
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (OverlayPairs.Pair p : pairs) {
            write(OverlayChart.overlay(simulated.scenario(), p, live.complete(), opts),
                    ChartKind.OVERLAY, Optional.of(p.slug()), opts, dir, written);
        }
        write(DistributionChart.overlay(simulated, live, pairs, opts), ChartKind.PERCENTILES_VS_LIVE, Optional.empty(), opts,
                dir, written);
        return List.copyOf(written);
    }

    /**
     * Draws {@code validation.png} (and its SVG): each figure's relative error between the
     * prediction and the measurement against its tolerance, one bar per variant.
     *
     * @param comparisons one per variant, as {@code avalanche validate} computes them
     * @return the files written
     * @throws IllegalArgumentException when there is no comparison or two name the same variant
     * @throws IOException when a file cannot be written
     */
    public static List<Path> writeValidation(List<Comparison> comparisons, ChartOptions opts, Path dir) throws IOException {
        return writeValidation(comparisons, "", opts, dir);
    }

    /**
     * As {@link #writeValidation(List, ChartOptions, Path)}, with {@code verdict} leading the
     * subtitle when not empty (an inconclusive validation says so on its chart, and so in the report).
     */
    public static List<Path> writeValidation(List<Comparison> comparisons, String verdict, ChartOptions opts, Path dir)
            throws IOException {
        Headless.ensure();
        JFreeChart chart = ValidationChart.validation(comparisons, verdict);
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        write(chart, ChartKind.VALIDATION, Optional.empty(), opts, dir, written);
        return List.copyOf(written);
    }

    private static void write(JFreeChart chart, ChartKind kind, Optional<String> slug, ChartOptions opts, Path dir,
            List<Path> written) throws IOException {
        for (Picture p : pictures(chart, kind, slug, opts)) {
            written.add(ChartFiles.write(p.bytes(), dir.resolve(p.name())));
        }
    }

    /** No suffix with one variant; otherwise each variant's slug, made unique by a counter. */
    private static List<Optional<String>> slugs(List<String> names) {
        List<Optional<String>> slugs = new ArrayList<>();
        if (names.size() == 1) {
            slugs.add(Optional.empty());
            return slugs;
        }
        Set<String> used = new HashSet<>();
        for (String name : names) {
            slugs.add(Optional.of(ChartKind.uniqueSlug(name, used)));
        }
        return slugs;
    }
}
