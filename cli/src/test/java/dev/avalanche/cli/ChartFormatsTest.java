package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --charts none|png|svg|all}: which chart files a run writes, the rest of its files alike whatever the choice. */
class ChartFormatsTest {

    private static final Path AB_DEMO = Path.of("..", "scenarios", "ab-10-vs-10.yaml");

    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    private List<String> run(String charts) throws IOException {
        Path dir = tmp.resolve(charts);
        assertEquals(0, cli.run("run", AB_DEMO.toString(), "--out", dir.toString(), "--charts", charts, "-q"), cli.err());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static long count(List<String> files, String suffix) {
        return files.stream().filter(f -> f.endsWith(suffix)).count();
    }

    @Test
    void eachChoiceWritesItsFormatsAndTheSameSummary() throws IOException {
        List<String> all = run("all");
        List<String> png = run("png");
        List<String> svg = run("svg");
        List<String> none = run("none");
        assertTrue(count(all, ".png") > 0 && count(all, ".png") == count(all, ".svg"), all.toString());
        assertEquals(count(all, ".png"), count(png, ".png"), png.toString());
        assertEquals(0, count(png, ".svg"), png.toString());
        assertEquals(count(all, ".svg"), count(svg, ".svg"), svg.toString());
        assertEquals(0, count(svg, ".png"), svg.toString());
        assertEquals(0, count(none, ".png") + count(none, ".svg"), none.toString());
        List<String> others = all.stream().filter(f -> !f.endsWith(".png") && !f.endsWith(".svg")).toList();
        assertEquals(others, none, "the files other than charts are written whatever --charts says");
        String summary = Files.readString(tmp.resolve("all/summary.json"));
        for (String choice : List.of("png", "svg", "none")) {
            assertEquals(summary, Files.readString(tmp.resolve(choice).resolve("summary.json")), choice);
        }
        String svgReport = Files.readString(tmp.resolve("svg/report.html"));
        assertTrue(svgReport.contains("<img src=\"variants.svg\""), "an SVG without its PNG is shown in the report");
        assertFalse(Files.readString(tmp.resolve("none/report.html")).contains("<img"), "no chart, no picture in the report");
    }

    @Test
    void anUnknownChoiceIsAUsageErrorOfOneLine() {
        assertEquals(2, cli.run("run", AB_DEMO.toString(), "--out", tmp.resolve("x").toString(), "--charts", "jpeg"));
        assertEquals("avalanche run: --charts: got jpeg; allowed none, png, svg, all", cli.err().strip());
        assertFalse(Files.exists(tmp.resolve("x").resolve("summary.json")));
    }
}
