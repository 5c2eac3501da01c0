package dev.avalanche.charts.internal;

import dev.avalanche.charts.ReportInputs;
import dev.avalanche.models.result.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of {@code report.html}: one self-contained page (inline CSS, no script, no font or
 * address to fetch) with a table of contents, the summary table, what the verdicts mean, a
 * validation's predicted and measured figures side by side, the charts (the whole run's, then
 * each variant's) and the inputs. Every piece of text from outside is escaped with {@link Html#escape}.
 */
public final class ReportPage {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:2rem auto;\
            max-width:1260px;padding:0 1rem;color:#222;background:#fff;line-height:1.45}
            h1{margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
            .meta{color:#555;margin-top:0}.warn{color:#a33;font-weight:bold}
            nav.toc{background:#f7f7f7;border:1px solid #e2e2e2;padding:.5rem 1rem;display:inline-block}
            nav.toc ol{margin:.2rem 0;padding-left:1.4rem}nav.toc a{text-decoration:none}
            .scroll{overflow-x:auto}
            table{border-collapse:collapse;font-size:.85rem;font-variant-numeric:tabular-nums}
            th,td{border:1px solid #ddd;padding:.25rem .45rem;text-align:right;white-space:nowrap}
            th{background:#f4f4f4}th.group{text-align:center}td.name,td.verdict{text-align:left}
            td.name{position:sticky;left:0;background:#fff}
            .stable{color:#1a7f37}.saturated{color:#b35c00}.collapsed{color:#c62828;font-weight:bold}
            .ci{color:#777;font-size:.8em}
            figure{margin:1.5rem 0}figure img{max-width:100%;height:auto;border:1px solid #eee}
            figcaption{color:#555;font-size:.9rem}
            pre{background:#f7f7f7;border:1px solid #e2e2e2;padding:.8rem;overflow-x:auto;font-size:.85rem}
            dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:bold}dd{margin:0}
            dl.verdicts{max-width:60rem}
            """;

    private ReportPage() {
    }

    /**
     * The page for {@code run}.
     *
     * @param charts file names of the pictures next to the page; PNGs are shown, an SVG of the
     *     same name is linked from the PNG's caption, other files are linked
     */
    public static String html(RunResult run, ReportInputs inputs, List<String> charts) {
        StringBuilder b = new StringBuilder(16_384);
        String title = "Avalanche report: " + run.scenario();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        b.append("<h1>").append(Html.escape(run.scenario())).append("</h1>\n");
        b.append("<p class=\"meta\">").append(Html.escape(run.mode() + " · seed " + run.seed() + " · Avalanche "
                + inputs.version())).append("</p>\n");
        if (!run.complete()) {
            b.append("<p class=\"warn\">The run was interrupted: the figures cover only part of it.</p>\n");
        }
        if (!inputs.description().isBlank()) {
            b.append("<p class=\"description\">").append(Html.escape(inputs.description().strip())).append("</p>\n");
        }
        Map<String, List<String>> groups = ReportFigures.groups(run, charts);
        List<String[]> toc = new ArrayList<>();
        toc.add(new String[] {"summary", "Summary"});
        toc.add(new String[] {"verdicts", "What the verdicts mean"});
        if (!inputs.comparisons().isEmpty()) {
            toc.add(new String[] {"validation", "Predicted and measured"});
        }
        int g = 0;
        for (String group : groups.keySet()) {
            toc.add(new String[] {"charts-" + g++, "Charts: " + group});
        }
        toc.add(new String[] {"inputs", "Inputs"});
        b.append("<nav class=\"toc\"><strong>Contents</strong>\n<ol>\n");
        for (String[] t : toc) {
            b.append("<li><a href=\"#").append(t[0]).append("\">").append(Html.escape(t[1])).append("</a></li>\n");
        }
        b.append("</ol>\n</nav>\n");
        section(b, "summary", "Summary");
        ReportTables.summary(b, run, inputs.percentiles());
        section(b, "verdicts", "What the verdicts mean");
        verdicts(b);
        if (!inputs.comparisons().isEmpty()) {
            section(b, "validation", "Predicted and measured");
            b.append("<p>The simulation's prediction beside the live run's measurement, figure by figure, with the relative"
                    + " error and the tolerance it is held to.</p>\n");
            ReportTables.comparisons(b, inputs.comparisons());
        }
        g = 0;
        Set<String> all = Set.copyOf(charts);
        for (Map.Entry<String, List<String>> e : groups.entrySet()) {
            section(b, "charts-" + g++, "Charts: " + e.getKey());
            ReportFigures.figures(b, e.getValue(), all);
        }
        section(b, "inputs", "Inputs");
        b.append("<dl>\n");
        b.append("<dt>scenario</dt><dd>").append(Html.escape(run.scenario())).append("</dd>\n");
        b.append("<dt>seed</dt><dd>").append(run.seed()).append("</dd>\n");
        b.append("<dt>mode</dt><dd>").append(Html.escape(run.mode())).append("</dd>\n");
        b.append("<dt>version</dt><dd>").append(Html.escape(inputs.version())).append("</dd>\n</dl>\n");
        b.append("<pre class=\"yaml\">").append(Html.escape(inputs.yaml())).append("</pre>\n");
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static void section(StringBuilder b, String id, String heading) {
        b.append("<h2 id=\"").append(id).append("\">").append(Html.escape(heading)).append("</h2>\n");
    }

    /** The rules of {@code Verdicts}, in words. */
    private static void verdicts(StringBuilder b) {
        b.append("""
                <dl class="verdicts">
                <dt class="stable">stable</dt><dd>The workers kept up: at most 1% of the requests sent after the warm-up were \
                lost (abandoned, rejected, timed out or failed) and at most 0.1% needed a SYN retransmission.</dd>
                <dt class="saturated">saturated</dt><dd>Not collapsed, but requests queued or were lost: more than 1% lost, or \
                more than 0.1% retransmitted their SYN because a backlog was full. Most users still got their page.</dd>
                <dt class="collapsed">collapsed</dt><dd>In some 30 s window after the warm-up (before the traffic stops), users \
                received fewer good responses than half of the pages they wanted.</dd>
                <dt>recovery</dt><dd>From the end of the third party's slowdown to the start of the first 30 s window that, as a \
                whole, is back to normal: good responses at least 90% of intents, a mean backlog at most one connection above \
                its level before the slowdown, and the window's p99 latency at most 1.5 times the p99 before it. \
                "never": not back to normal by the end; "-": there was no slowdown.</dd>
                </dl>
                """);
    }
}
