package dev.avalanche.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.validation.Comparison;
import dev.avalanche.models.validation.Tolerances;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    static final String YAML = """
            name: small-slowdown
            description: "threads <vs> greenlets & friends"
            services:
              social: {url: "http://social.example/api", latency: 0.67}
            """;

    @TempDir
    static Path dir;
    static List<Path> charts;
    static String html;

    @BeforeAll
    static void writeTheReport() throws IOException {
        RunResult run = StoryRuns.small();
        charts = Charts.writeAll(run, ChartOptions.defaults().withPatienceMedian(12), dir);
        Path report = Report.write(run, new ReportInputs("The <third party> slows down & users refresh.", YAML, "0.1.0"),
                charts, dir);
        assertEquals(dir.resolve("report.html"), report);
        html = Files.readString(report);
    }

    @Test
    void everyPngIsShownAndEverySvgLinked() {
        for (Path c : charts) {
            String name = c.getFileName().toString();
            String ref = name.endsWith(".png") ? "<img src=\"" + name + "\"" : "<a href=\"" + name + "\"";
            assertTrue(html.contains(ref), "report references " + name);
        }
    }

    @Test
    void thePageNamesNoAddressToFetch() {
        assertFalse(html.contains("http://"), "no http:// anywhere");
        assertFalse(html.contains("https://"), "no https:// anywhere");
        assertFalse(Pattern.compile("<script|<link|@import|url\\(", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                "no script, stylesheet link, import or CSS url");
    }

    @Test
    void theYamlIsShownEscapedInAPreformattedBlock() {
        assertTrue(html.contains("<pre class=\"yaml\">name: small-slowdown\n"));
        assertTrue(html.contains("description: &quot;threads &lt;vs&gt; greenlets &amp; friends&quot;"));
        assertTrue(html.contains("http&#58;//social.example/api"));
    }

    @Test
    void theDescriptionSeedAndVersionAreShownEscaped() {
        assertTrue(html.contains("The &lt;third party&gt; slows down &amp; users refresh."));
        assertTrue(html.contains("<dt>seed</dt><dd>42</dd>"));
        assertTrue(html.contains("<dt>version</dt><dd>0.1.0</dd>"));
    }

    @Test
    void theSummaryHasOneRowPerVariantWithItsVerdict() {
        assertEquals(2, Pattern.compile("<tr class=\"variant\">").matcher(html).results().count());
        assertTrue(html.contains("<td class=\"name\">threads-80</td><td class=\"verdict collapsed\">collapsed</td>"));
        assertTrue(html.contains("<td class=\"name\">greenlets-4000</td>"));
    }

    @Test
    void theSummaryShowsTheRunsCounts() {
        var r = StoryRuns.small().variants().get(0).result().requests();
        assertTrue(html.contains("<td>" + r.intents() + "</td><td>" + r.sent() + "</td><td>" + r.completed() + "</td><td>"
                + r.goodput() + "</td>"), "intents, sent, completed, goodput in order");
    }

    @Test
    void overlaysAndTheValidationChartPassedWithTheChartsAreShownCaptioned(@TempDir Path out) throws IOException {
        RunResult live = LiveRuns.from(StoryRuns.small(), 0);
        List<Path> files = new java.util.ArrayList<>(Charts.writeAll(live, ChartOptions.defaults().withoutSvg(), out));
        files.addAll(Charts.writeOverlay(StoryRuns.small(), live, ChartOptions.defaults(), out));
        files.addAll(Charts.writeValidation(List.of(Comparison.of(StoryRuns.small().variants().get(0).result(),
                live.variants().get(0).result(), Tolerances.DEFAULTS)), ChartOptions.defaults().withoutSvg(), out));
        String page = Files.readString(Report.write(live, new ReportInputs("", "", "0.1.0"), files, out));
        assertTrue(page.contains("<img src=\"overlay-threads-80.png\" alt=\"Simulation vs live: threads-80\">"), page);
        assertTrue(page.contains("<a href=\"overlay-greenlets-4000.svg\">SVG</a>"));
        assertTrue(page.contains("<img src=\"validation.png\" alt=\"Predicted vs measured: relative error\">"), page);
        assertTrue(page.contains("<img src=\"variants.png\""), "the live run's own charts stay");
    }

    @Test
    void theTableOfContentsLinksEverySectionOfThePage() {
        var links = Pattern.compile("<li><a href=\"#([a-z0-9-]+)\">").matcher(html).results().map(m -> m.group(1)).toList();
        assertTrue(links.containsAll(List.of("summary", "verdicts", "inputs")), links.toString());
        for (String id : links) {
            assertTrue(html.contains("<h2 id=\"" + id + "\">"), "section " + id);
        }
        assertTrue(html.contains(">Charts: threads-80</a>") && html.contains(">Charts: greenlets-4000</a>"), "a section per variant");
    }

    @Test
    void eachVariantsChartsAreUnderItsOwnHeading() {
        int threads = html.indexOf(">Charts: threads-80</h2>");
        int greenlets = html.indexOf(">Charts: greenlets-4000</h2>");
        assertTrue(threads > 0 && greenlets > threads);
        int avalanche = html.indexOf("<img src=\"avalanche-threads-80.png\"");
        assertTrue(avalanche > threads && avalanche < greenlets, "threads' avalanche under its heading");
        assertTrue(html.indexOf("<img src=\"percentiles.png\"") < threads, "the distribution with the whole run");
    }

    @Test
    void theVerdictsAreExplained() {
        for (String verdict : List.of("stable", "saturated", "collapsed", "recovery")) {
            assertTrue(html.matches("(?s).*<dt[^>]*>" + verdict + "</dt><dd>[^<]{40,}</dd>.*"), verdict);
        }
    }

    @Test
    void theSummaryShowsMinTheChosenPercentilesAndMax(@TempDir Path out) throws IOException {
        RunResult run = StoryRuns.small();
        String page = Files.readString(Report.write(run, new ReportInputs("", "", "0.1.0")
                .withPercentiles(dev.avalanche.models.result.Percentiles.parse("50,99.9")), List.of(), out));
        assertTrue(page.contains("<th>mean</th><th>min</th><th>p50</th><th>p99.9</th><th>max</th>"), page);
    }

    @Test
    void aRequestMixGetsARowPerKindAndASingleRequestNone(@TempDir Path out) throws IOException {
        RunResult mix = StoryRuns.mix();
        String page = Files.readString(Report.write(mix, new ReportInputs("", "", "0.1.0"), List.of(), out));
        assertTrue(page.contains("<h3>Per kind of request</h3>"), page);
        long cart = mix.variants().getFirst().result().kind("cart").orElseThrow().requests().intents();
        assertTrue(page.contains("<td class=\"name\">threads-80:cart</td><td>70%</td><td>" + cart + "</td>"), page);
        assertTrue(page.contains("<td class=\"name\">threads-80:checkout</td><td>30%</td>"), page);
        assertFalse(html.contains("Per kind of request"), "the small run has one kind");
    }

    @Test
    void aValidationShowsEachFigurePredictedBesideMeasured(@TempDir Path out) throws IOException {
        RunResult live = LiveRuns.from(StoryRuns.small(), 0);
        Comparison c = Comparison.of(StoryRuns.small().variants().get(0).result(), live.variants().get(0).result(),
                Tolerances.DEFAULTS);
        String page = Files.readString(Report.write(live, new ReportInputs("", "", "0.1.0").withComparisons(List.of(c)),
                List.of(), out));
        assertTrue(page.contains("<li><a href=\"#validation\">Predicted and measured</a></li>"), page);
        assertTrue(page.contains("<th>predicted (simulation)</th><th>measured (live)</th>"), page);
        Comparison.Row p99 = c.rows().stream().filter(r -> r.figure().contains("p99")).findFirst().orElseThrow();
        assertTrue(page.contains("<td class=\"name\">" + p99.figure() + "</td><td>"
                + dev.avalanche.charts.internal.Describe.number(p99.predicted()) + "</td><td>"
                + dev.avalanche.charts.internal.Describe.number(p99.measured()) + "</td>"), page);
    }

    @Test
    void aChartOutsideTheReportsDirectoryIsRefused(@TempDir Path elsewhere) {
        var e = assertThrows(IllegalArgumentException.class, () -> Report.write(StoryRuns.small(),
                new ReportInputs("", "", "0.1.0"), List.of(elsewhere.resolve("x.png")), dir));
        assertTrue(e.getMessage().contains("x.png"), e.getMessage());
    }
}
