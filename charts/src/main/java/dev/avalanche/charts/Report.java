package dev.avalanche.charts;

import dev.avalanche.models.io.AtomicFiles;
import dev.avalanche.charts.internal.ReportPage;
import dev.avalanche.models.result.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code report.html}: a page that opens from disk with no network (inline CSS, no script,
 * no remote font), showing a table of contents, the summary of every variant, what the verdicts
 * mean, a validation's predicted and measured figures side by side, the charts and the inputs.
 */
public final class Report {

    /** The report's file name. */
    public static final String FILE_NAME = "report.html";

    private Report() {
    }

    /**
     * Writes {@code dir/report.html} atomically.
     *
     * @param charts the chart files, which must lie in {@code dir} (as {@link Charts#writeAll}
     *     writes them), or bare file names; they are referenced by file name
     * @return the report's path
     * @throws IllegalArgumentException when a chart is not in {@code dir}
     * @throws IOException when the file cannot be written
     */
    public static Path write(RunResult run, ReportInputs inputs, List<Path> charts, Path dir) throws IOException {
        Path base = dir.toAbsolutePath().normalize();
        List<String> names = charts.stream().map(c -> {
            Path abs = (c.getParent() == null ? base.resolve(c) : c.toAbsolutePath()).normalize();
            if (!base.equals(abs.getParent())) {
                throw new IllegalArgumentException("report chart " + c + ": got a file outside " + base
                        + "; allowed: files in the report's directory");
            }
            return abs.getFileName().toString();
        }).toList();
        Files.createDirectories(dir);
        String html = ReportPage.html(run, inputs, names);
        return AtomicFiles.write(dir.resolve(FILE_NAME), out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    }
}
