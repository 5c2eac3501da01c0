package dev.avalanche.charts;

import dev.avalanche.models.result.RunResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the sample charts and report to a directory to look at (not a test):
 * {@code java -cp ... dev.avalanche.charts.RenderSamples DIR [small|story|sweep|docs]}; {@code docs} writes
 * the README's {@code avalanche.png} (threads in the story's slowdown) and {@code variants.png}.
 */
public final class RenderSamples {

    private RenderSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String which = args.length > 1 ? args[1] : "small";
        ChartOptions opts = ChartOptions.defaults().withPatienceMedian(StoryRuns.PATIENCE_MEDIAN);
        if (which.equals("sweep")) {
            List<SweepPoint> points = new ArrayList<>();
            for (double rate = 20; rate <= 60; rate += 5) {
                points.add(new SweepPoint("threads", rate, StoryRuns.threadsAt(rate, 180)));
                points.add(new SweepPoint("greenlets", rate, StoryRuns.greenletsAt(rate, 180)));
            }
            System.out.println(Charts.writeSweep(new Sweep("intent rate", "offered load (intents/s)", points), opts, dir));
            return;
        }
        if (which.equals("docs")) {
            RunResult story = StoryRuns.story();
            Path tmp = java.nio.file.Files.createTempDirectory("charts-docs");
            List<Path> files = Charts.writeAll(story, opts.withoutSvg(), tmp);
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.copy(tmp.resolve("variants.png"), dir.resolve("variants.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            java.nio.file.Files.copy(tmp.resolve("avalanche-threads-640.png"), dir.resolve("avalanche.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.println(files);
            return;
        }
        RunResult run = which.equals("story") ? StoryRuns.story() : StoryRuns.small();
        List<Path> files = Charts.writeAll(run, opts, dir);
        System.out.println(files);
        System.out.println(Report.write(run, new ReportInputs("A sample: the third party slows down.", "name: x\nurl: http://a.b/<c>\n", "0.1.0"), files, dir));
        List<Path> single = Charts.writeAll(StoryRuns.only(run, 0), opts, dir.resolve("single"));
        System.out.println(single);
    }
}
