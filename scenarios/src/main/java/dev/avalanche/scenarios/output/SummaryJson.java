package dev.avalanche.scenarios.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.avalanche.models.result.Failures;
import dev.avalanche.models.result.KindResult;
import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.result.Percentiles;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code summary.json}: top level {@code scenario, seed, mode, complete, variants}; each variant
 * {@code name, requests{..., failures{refused, reset, connectTimeout, readTimeout, protocol, http{status: n}}},
 * and, only when the scenario uses a mitigation, {@code requests.shed, shortCircuited, retries} and
 * {@code requests.mitigations{callRetries, retriesDenied, callsRefused, fallbacks, bulkheadFull, breakerOpened}}),
 * latency{count,mean,min,p50,p90,p99,max}} (plus the other chosen percentiles, e.g. {@code p99.9}, in
 * increasing order), {@code wait{mean}, throughput, goodputRate, workers{capacity,busyMean,busyMax},
 * queue{mean,max}, amplification, elapsed, verdict, recoverySeconds}, and {@code ci95} (half-widths
 * by path) when replicated; and {@code kinds} when the traffic is a mix of two kinds or more: each
 * {@code name, share, requests{...}, latency{...}, throughput, goodputRate, goodputRatio} as above. NaN and absent values
 * are written as null.
 */
public final class SummaryJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    /** The summary as a JSON tree, with the default percentiles. */
    public static ObjectNode toJson(RunResult run) {
        return toJson(run, Percentiles.DEFAULT);
    }

    /** The summary as a JSON tree; {@code percentiles} are reported beside p50, p90 and p99. */
    public static ObjectNode toJson(RunResult run, Percentiles percentiles) {
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", run.scenario());
        root.put("seed", run.seed());
        root.put("mode", run.mode());
        root.put("complete", run.complete());
        var list = root.putArray("variants");
        for (VariantOutcome o : run.variants()) {
            list.add(variant(o, percentiles.with(Percentiles.DEFAULT)));
        }
        return root;
    }

    /** Writes {@code summary.json} into {@code dir} atomically, with the default percentiles. */
    public static Path write(RunResult run, Path dir) throws IOException {
        return write(run, Percentiles.DEFAULT, dir);
    }

    /** Writes {@code summary.json} into {@code dir} atomically. */
    public static Path write(RunResult run, Percentiles percentiles, Path dir) throws IOException {
        Path file = dir.resolve("summary.json");
        AtomicFiles.writeString(file, JSON.writeValueAsString(toJson(run, percentiles)) + "\n");
        return file;
    }

    private static ObjectNode variant(VariantOutcome o, List<Double> percentiles) {
        VariantResult r = o.result();
        ObjectNode v = JSON.createObjectNode();
        v.put("name", r.name());
        v.put("replications", o.replications());
        requests(v.putObject("requests"), r.requests(), true);
        latency(v.putObject("latency"), r.latency(), percentiles);
        number(v.putObject("wait"), "mean", r.waitMean());
        number(v, "throughput", r.throughput());
        number(v, "goodputRate", r.goodputRate());
        ObjectNode w = v.putObject("workers");
        if (r.capacity().isPresent()) {
            w.put("capacity", r.capacity().getAsLong());
        } else {
            w.putNull("capacity");
        }
        number(w, "busyMean", r.busyMean());
        number(w, "busyMax", r.busyMax());
        number(w, "memoryBytes", r.memoryBytes());
        ObjectNode queue = v.putObject("queue");
        number(queue, "mean", r.queueMean());
        number(queue, "max", r.queueMax());
        number(v, "amplification", r.amplification());
        number(v, "elapsed", r.elapsed());
        v.put("verdict", r.verdict().label());
        if (r.recoverySeconds().isPresent()) {
            v.put("recoverySeconds", r.recoverySeconds().getAsDouble());
        } else {
            v.putNull("recoverySeconds");
        }
        v.put("recovered", r.recovered());
        if (!r.kinds().isEmpty()) {
            var kinds = v.putArray("kinds");
            for (KindResult k : r.kinds()) {
                ObjectNode kind = kinds.addObject();
                kind.put("name", k.name());
                number(kind, "share", k.share());
                requests(kind.putObject("requests"), k.requests(), false);
                latency(kind.putObject("latency"), k.latency(), percentiles);
                number(kind, "throughput", k.throughput());
                number(kind, "goodputRate", k.goodputRate());
                number(kind, "goodputRatio", k.goodputRatio());
            }
        }
        if (!o.halfWidths95().isEmpty()) {
            Map<String, Double> halfWidths = new TreeMap<>(o.halfWidths95());
            for (double p : percentiles) {
                halfWidths.putIfAbsent("latency." + Percentiles.label(p), o.percentileHalfWidth95(p));
            }
            ObjectNode ci = v.putObject("ci95");
            for (Map.Entry<String, Double> e : halfWidths.entrySet()) {
                number(ci, e.getKey(), e.getValue());
            }
        }
        return v;
    }

    /**
     * {@code calls}: whether to write the mitigations' third-party call counts (the variant's; a
     * kind of request has its shed, short-circuited and retried requests only).
     */
    private static void requests(ObjectNode q, RequestCounts c, boolean calls) {
        q.put("intents", c.intents());
        q.put("sent", c.sent());
        q.put("completed", c.completed());
        q.put("goodput", c.goodput());
        q.put("abandoned", c.abandoned());
        q.put("rejected", c.rejected());
        q.put("timedOut", c.timedOut());
        q.put("failed", c.failed());
        q.put("inFlight", c.inFlight());
        q.put("orphaned", c.orphaned());
        q.put("discarded", c.discarded());
        q.put("synRetransmissions", c.synRetransmissions());
        q.put("refreshes", c.refreshes());
        c.mitigated().ifPresent(m -> {
            q.put("shed", m.shed());
            q.put("shortCircuited", m.shortCircuited());
            q.put("retries", m.retries());
        });
        failures(q.putObject("failures"), c.failures());
        if (calls) {
            c.mitigated().ifPresent(m -> {
                ObjectNode o = q.putObject("mitigations");
                o.put("callRetries", m.callRetries());
                o.put("retriesDenied", m.retriesDenied());
                o.put("callsRefused", m.callsRefused());
                o.put("fallbacks", m.fallbacks());
                o.put("bulkheadFull", m.bulkheadFull());
                o.put("breakerOpened", m.breakerOpened());
            });
        }
    }

    private static void latency(ObjectNode lat, LatencySummary l, List<Double> percentiles) {
        lat.put("count", l.count());
        number(lat, "mean", l.mean());
        number(lat, "min", l.min());
        for (double p : percentiles) {
            number(lat, Percentiles.label(p), l.percentile(p));
        }
        number(lat, "max", l.max());
    }

    /** The breakdown of failed, rejected and timedOut by class, HTTP statuses keyed by their code. */
    private static void failures(ObjectNode f, Failures c) {
        f.put("refused", c.refused());
        f.put("reset", c.reset());
        f.put("connectTimeout", c.connectTimeout());
        f.put("readTimeout", c.readTimeout());
        f.put("protocol", c.protocol());
        ObjectNode http = f.putObject("http");
        c.http().forEach((status, n) -> http.put(Integer.toString(status), n));
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }
}
