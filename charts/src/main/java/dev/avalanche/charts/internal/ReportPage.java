package dev.avalanche.charts.internal;

import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The text of {@code report.html}: one self-contained page (inline CSS, no script, no font or
 * address to fetch) with the summary table, the charts as images beside it, and the inputs.
 * Every piece of text from outside is escaped with {@link Html#escape}.
 */
public final class ReportPage {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:2rem auto;\
            max-width:1260px;padding:0 1rem;color:#222;background:#fff;line-height:1.45}
            h1{margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
            .meta{color:#555;margin-top:0}.warn{color:#a33;font-weight:bold}
            .scroll{overflow-x:auto}
            table{border-collapse:collapse;font-size:.85rem;font-variant-numeric:tabular-nums}
            th,td{border:1px solid #ddd;padding:.25rem .45rem;text-align:right;white-space:nowrap}
            th{background:#f4f4f4}th.group{text-align:center}td.name,td.verdict{text-align:left}
            td.name{position:sticky;left:0;background:#fff}
            td.stable{color:#1a7f37}td.saturated{color:#b35c00}td.collapsed{color:#c62828;font-weight:bold}
            .ci{color:#777;font-size:.8em}
            figure{margin:1.5rem 0}figure img{max-width:100%;height:auto;border:1px solid #eee}
            figcaption{color:#555;font-size:.9rem}
            pre{background:#f7f7f7;border:1px solid #e2e2e2;padding:.8rem;overflow-x:auto;font-size:.85rem}
            dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:bold}dd{margin:0}
            """;

    private ReportPage() {
    }

    /**
     * The page for {@code run}.
     *
     * @param charts file names of the pictures next to the page; PNGs are shown, an SVG of the
     *     same name is linked from the PNG's caption, other files are linked
     */
    public static String html(RunResult run, String description, String yaml, String version, List<String> charts) {
        StringBuilder b = new StringBuilder(16_384);
        String title = "Avalanche report: " + run.scenario();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        b.append("<h1>").append(Html.escape(run.scenario())).append("</h1>\n");
        b.append("<p class=\"meta\">").append(Html.escape(run.mode() + " · seed " + run.seed() + " · Avalanche " + version))
                .append("</p>\n");
        if (!run.complete()) {
            b.append("<p class=\"warn\">The run was interrupted: the figures cover only part of it.</p>\n");
        }
        if (!description.isBlank()) {
            b.append("<p class=\"description\">").append(Html.escape(description.strip())).append("</p>\n");
        }
        summary(b, run);
        figures(b, charts);
        b.append("<h2>Inputs</h2>\n<dl>\n");
        b.append("<dt>scenario</dt><dd>").append(Html.escape(run.scenario())).append("</dd>\n");
        b.append("<dt>seed</dt><dd>").append(run.seed()).append("</dd>\n");
        b.append("<dt>mode</dt><dd>").append(Html.escape(run.mode())).append("</dd>\n");
        b.append("<dt>version</dt><dd>").append(Html.escape(version)).append("</dd>\n</dl>\n");
        b.append("<pre class=\"yaml\">").append(Html.escape(yaml)).append("</pre>\n");
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static void summary(StringBuilder b, RunResult run) {
        b.append("<h2>Summary</h2>\n<div class=\"scroll\">\n<table>\n<thead>\n<tr>")
                .append("<th rowspan=\"2\">variant</th><th rowspan=\"2\">verdict</th><th rowspan=\"2\">recovery</th>")
                .append("<th class=\"group\" colspan=\"9\">requests</th><th class=\"group\" colspan=\"5\">latency (s)</th>")
                .append("<th rowspan=\"2\">wait mean (s)</th><th class=\"group\" colspan=\"2\">per second</th>")
                .append("<th class=\"group\" colspan=\"3\">workers</th><th class=\"group\" colspan=\"2\">backlog</th>")
                .append("<th rowspan=\"2\">amplification<br>(sent / intents)</th><th rowspan=\"2\">elapsed (s)</th></tr>\n<tr>");
        for (String h : List.of("intents", "sent", "completed", "goodput", "abandoned", "rejected", "timed out", "failed",
                "in flight", "mean", "p50", "p90", "p99", "max", "throughput", "goodput", "busy mean", "busy max", "capacity",
                "mean", "max")) {
            b.append("<th>").append(h).append("</th>");
        }
        b.append("</tr>\n</thead>\n<tbody>\n");
        for (VariantOutcome o : run.variants()) {
            row(b, o);
        }
        b.append("</tbody>\n</table>\n</div>\n");
        if (run.variants().stream().anyMatch(o -> o.replications() > 1)) {
            b.append("<p class=\"meta\">Means over replications; ± is the 95% confidence half-width.</p>\n");
        }
    }

    private static void row(StringBuilder b, VariantOutcome o) {
        VariantResult r = o.result();
        RequestCounts c = r.requests();
        LatencySummary l = r.latency();
        Map<String, Double> hw = o.halfWidths95();
        b.append("<tr class=\"variant\"><td class=\"name\">").append(Html.escape(r.name())).append("</td>");
        b.append("<td class=\"verdict ").append(r.verdict().label()).append("\">").append(r.verdict().label()).append("</td>");
        String recovery = r.recoverySeconds().isPresent() ? Describe.number(r.recoverySeconds().getAsDouble()) + " s"
                : r.recovered() ? "-" : "never";
        cell(b, recovery, hw.get("recoverySeconds"));
        for (long n : new long[] {c.intents(), c.sent(), c.completed(), c.goodput(), c.abandoned(), c.rejected(),
                c.timedOut(), c.failed(), c.inFlight()}) {
            cell(b, Long.toString(n), null);
        }
        cell(b, Describe.number(l.mean()), hw.get("latency.mean"));
        cell(b, Describe.number(l.p50()), hw.get("latency.p50"));
        cell(b, Describe.number(l.p90()), hw.get("latency.p90"));
        cell(b, Describe.number(l.p99()), hw.get("latency.p99"));
        cell(b, Describe.number(l.max()), hw.get("latency.max"));
        cell(b, Describe.number(r.waitMean()), hw.get("wait.mean"));
        cell(b, Describe.number(r.throughput()), hw.get("throughput"));
        cell(b, Describe.number(r.goodputRate()), hw.get("goodputRate"));
        cell(b, Describe.number(r.busyMean()), hw.get("workers.busyMean"));
        cell(b, Describe.number(r.busyMax()), hw.get("workers.busyMax"));
        cell(b, r.capacity().isPresent() ? Long.toString(r.capacity().getAsLong()) : "unbounded", null);
        cell(b, Describe.number(r.queueMean()), hw.get("queue.mean"));
        cell(b, Describe.number(r.queueMax()), hw.get("queue.max"));
        cell(b, Describe.number(r.amplification()), hw.get("amplification"));
        cell(b, Describe.number(r.elapsed()), hw.get("elapsed"));
        b.append("</tr>\n");
    }

    private static void cell(StringBuilder b, String value, Double halfWidth) {
        b.append("<td>").append(Html.escape(value));
        if (halfWidth != null && Double.isFinite(halfWidth)) {
            b.append(" <span class=\"ci\">± ").append(Html.escape(Describe.number(halfWidth))).append("</span>");
        }
        b.append("</td>");
    }

    private static void figures(StringBuilder b, List<String> charts) {
        if (charts.isEmpty()) {
            return;
        }
        b.append("<h2>Charts</h2>\n");
        Set<String> names = Set.copyOf(charts);
        for (String name : charts) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".svg") && names.contains(name.substring(0, name.length() - 4) + ".png")) {
                continue;
            }
            String caption = caption(name);
            if (lower.endsWith(".png")) {
                String svg = name.substring(0, name.length() - 4) + ".svg";
                b.append("<figure><img src=\"").append(Html.escape(name)).append("\" alt=\"").append(Html.escape(caption))
                        .append("\">\n<figcaption>").append(Html.escape(caption));
                if (names.contains(svg)) {
                    b.append(" · <a href=\"").append(Html.escape(svg)).append("\">SVG</a>");
                }
                b.append("</figcaption></figure>\n");
            } else {
                b.append("<p><a href=\"").append(Html.escape(name)).append("\">").append(Html.escape(caption))
                        .append("</a></p>\n");
            }
        }
    }

    /** "Requests per second: threads-640" from {@code avalanche-threads-640.png}; the file name for others. */
    static String caption(String fileName) {
        String base = fileName.replaceFirst("\\.[A-Za-z]+$", "");
        return ChartKind.of(fileName).map(k -> base.length() > k.stem().length()
                ? k.caption() + ": " + base.substring(k.stem().length() + 1)
                : k.caption()).orElse(fileName);
    }
}
