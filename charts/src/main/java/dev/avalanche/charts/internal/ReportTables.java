package dev.avalanche.charts.internal;

import dev.avalanche.models.result.KindResult;
import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.Percentiles;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.validation.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The report's tables: the summary of every variant (and of each kind of request of a mix), and a validation's predicted beside measured figures. */
final class ReportTables {

    private ReportTables() {
    }

    /** One row per variant: verdict, recovery, the counts, latency (min, the chosen percentiles, max), rates, workers. */
    static void summary(StringBuilder b, RunResult run, Percentiles percentiles) {
        List<Double> ps = percentiles.values();
        b.append("<div class=\"scroll\">\n<table>\n<thead>\n<tr>")
                .append("<th rowspan=\"2\">variant</th><th rowspan=\"2\">verdict</th><th rowspan=\"2\">recovery</th>")
                .append("<th class=\"group\" colspan=\"9\">requests</th><th class=\"group\" colspan=\"")
                .append(ps.size() + 3).append("\">latency (s)</th>")
                .append("<th rowspan=\"2\">wait mean (s)</th><th class=\"group\" colspan=\"2\">per second</th>")
                .append("<th class=\"group\" colspan=\"3\">workers</th><th class=\"group\" colspan=\"2\">backlog</th>")
                .append("<th rowspan=\"2\">amplification<br>(sent / intents)</th><th rowspan=\"2\">elapsed (s)</th></tr>\n<tr>");
        List<String> headers = new ArrayList<>(List.of("intents", "sent", "completed", "goodput", "abandoned", "rejected",
                "timed out", "failed", "in flight", "mean", "min"));
        ps.forEach(p -> headers.add(Percentiles.label(p)));
        headers.addAll(List.of("max", "throughput", "goodput", "busy mean", "busy max", "capacity", "mean", "max"));
        for (String h : headers) {
            b.append("<th>").append(h).append("</th>");
        }
        b.append("</tr>\n</thead>\n<tbody>\n");
        for (VariantOutcome o : run.variants()) {
            row(b, o, ps);
        }
        b.append("</tbody>\n</table>\n</div>\n");
        kinds(b, run, ps);
        int replications = run.variants().stream().mapToInt(VariantOutcome::replications).max().orElse(1);
        if (replications > 1) {
            b.append("<p class=\"meta\">Replicated: means over ").append(replications)
                    .append(" replications (counts are totals); ± is the 95% confidence half-width.</p>\n");
        }
    }

    /** For a request mix: one row per variant and kind of request, with that kind's own counts, latency and rates. */
    private static void kinds(StringBuilder b, RunResult run, List<Double> ps) {
        if (run.variants().stream().allMatch(o -> o.result().kinds().isEmpty())) {
            return;
        }
        b.append("<h3>Per kind of request</h3>\n<div class=\"scroll\">\n<table>\n<thead>\n<tr>");
        List<String> headers = new ArrayList<>(List.of("variant:kind", "share", "intents", "sent", "goodput", "abandoned",
                "rejected", "timed out", "failed", "of intents", "mean (s)"));
        ps.forEach(p -> headers.add(Percentiles.label(p) + " (s)"));
        headers.addAll(List.of("max (s)", "throughput /s", "goodput /s"));
        for (String h : headers) {
            b.append("<th>").append(h).append("</th>");
        }
        b.append("</tr>\n</thead>\n<tbody>\n");
        for (VariantOutcome o : run.variants()) {
            for (KindResult k : o.result().kinds()) {
                RequestCounts c = k.requests();
                b.append("<tr><td class=\"name\">").append(Html.escape(o.result().name() + ":" + k.name())).append("</td>");
                cell(b, Describe.number(100 * k.share()) + "%", null);
                for (long n : new long[] {c.intents(), c.sent(), c.goodput(), c.abandoned(), c.rejected(), c.timedOut(), c.failed()}) {
                    cell(b, Long.toString(n), null);
                }
                cell(b, Double.isNaN(k.goodputRatio()) ? "-" : Describe.number(100 * k.goodputRatio()) + "%", null);
                cell(b, Describe.number(k.latency().mean()), null);
                for (double p : ps) {
                    cell(b, Describe.number(k.latency().percentile(p)), null);
                }
                cell(b, Describe.number(k.latency().max()), null);
                cell(b, Describe.number(k.throughput()), null);
                cell(b, Describe.number(k.goodputRate()), null);
                b.append("</tr>\n");
            }
        }
        b.append("</tbody>\n</table>\n</div>\n");
    }

    private static void row(StringBuilder b, VariantOutcome o, List<Double> ps) {
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
        cell(b, Describe.number(l.min()), null);
        for (double p : ps) {
            double h = o.percentileHalfWidth95(p);
            cell(b, Describe.number(l.percentile(p)), Double.isFinite(h) ? h : null);
        }
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

    /** Per variant, each figure predicted by the simulation beside the live measurement, the error and the verdict. */
    static void comparisons(StringBuilder b, List<Comparison> comparisons) {
        for (Comparison c : comparisons) {
            b.append("<h3>").append(Html.escape(c.variant())).append(": ")
                    .append(c.pass() ? "<span class=\"stable\">agrees</span>" : "<span class=\"collapsed\">disagrees</span>")
                    .append("</h3>\n<div class=\"scroll\">\n<table class=\"comparison\">\n<thead>\n<tr><th>figure</th>")
                    .append("<th>predicted (simulation)</th><th>measured (live)</th><th>relative error</th><th>tolerance</th>")
                    .append("<th>result</th></tr>\n</thead>\n<tbody>\n");
            for (Comparison.Row r : c.rows()) {
                b.append("<tr><td class=\"name\">").append(Html.escape(r.figure())).append("</td>");
                cell(b, Describe.number(r.predicted()), null);
                cell(b, Describe.number(r.measured()), null);
                cell(b, Double.isFinite(r.relativeError()) ? Describe.number(100 * r.relativeError()) + "%" : "-", null);
                cell(b, r.tolerance(), null);
                b.append("<td class=\"verdict ").append(r.pass() ? "stable\">ok" : "collapsed\">FAIL").append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n</div>\n");
        }
    }

    private static void cell(StringBuilder b, String value, Double halfWidth) {
        b.append("<td>").append(Html.escape(value));
        if (halfWidth != null && Double.isFinite(halfWidth)) {
            b.append(" <span class=\"ci\">± ").append(Html.escape(Describe.number(halfWidth))).append("</span>");
        }
        b.append("</td>");
    }
}
