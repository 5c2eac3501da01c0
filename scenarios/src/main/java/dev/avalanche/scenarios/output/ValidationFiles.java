package dev.avalanche.scenarios.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.avalanche.models.io.AtomicFiles;
import dev.avalanche.models.validation.Comparison;
import dev.avalanche.models.validation.RunConditions;
import dev.avalanche.models.validation.Validation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code validation.json} and {@code validation.csv}: what {@code validate} concluded, for scripts.
 *
 * <p>JSON: {@code scenario, seed, replications, runs, verdict} ({@code passed}, {@code failed} or
 * {@code inconclusive}), {@code reasons} (why inconclusive; empty otherwise), {@code rows}: one
 * object per variant and figure with {@code variant, figure, predicted, measured, error,
 * tolerance, rule, pass}, plus {@code ci95} (the prediction's 95% half-width) when replicated and
 * {@code spread{min, max}} when there were several live runs; and {@code conditions}: per variant
 * and live run, {@code cores, otherCores, sendLagP99, stubLatenessP99} (seconds). {@code measured}
 * is the runs' mean, {@code error} the relative distance from the prediction to their spread,
 * {@code tolerance} the relative tolerance ({@code rule} says it in words, with a count's absolute
 * margin and "(by rank)" when a percentile passed by rank). Unknown or infinite values are null.
 *
 * <p>CSV: one line per row, the same fields flat, the verdict repeated on each; empty cells for
 * unknown values.
 */
public final class ValidationFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * @param replications the model's replications per variant
     * @param runs the live runs per variant
     */
    public record Setup(String scenario, long seed, int replications, int runs) {
    }

    private ValidationFiles() {
    }

    /** @param conditions per variant (in the comparisons' order), per live run */
    public static ObjectNode toJson(Setup setup, Validation v, List<List<RunConditions>> conditions) {
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", setup.scenario());
        root.put("seed", setup.seed());
        root.put("replications", setup.replications());
        root.put("runs", setup.runs());
        root.put("verdict", v.verdict().label());
        ArrayNode reasons = root.putArray("reasons");
        v.inconclusive().forEach(r -> reasons.add(r.text()));
        ArrayNode rows = root.putArray("rows");
        for (Comparison c : v.comparisons()) {
            for (Comparison.Row r : c.rows()) {
                ObjectNode row = rows.addObject();
                row.put("variant", c.variant());
                row.put("figure", r.figure());
                number(row, "predicted", r.predicted());
                if (setup.replications() > 1) {
                    number(row, "ci95", r.predictedCi95());
                }
                number(row, "measured", r.measured());
                if (r.runs() > 1) {
                    ObjectNode spread = row.putObject("spread");
                    number(spread, "min", r.measuredMin());
                    number(spread, "max", r.measuredMax());
                }
                number(row, "error", r.relativeError());
                number(row, "tolerance", r.relativeTolerance());
                row.put("rule", r.tolerance());
                row.put("pass", r.pass());
            }
        }
        ArrayNode runs = root.putArray("conditions");
        for (int i = 0; i < conditions.size() && i < v.comparisons().size(); i++) {
            for (int k = 0; k < conditions.get(i).size(); k++) {
                RunConditions rc = conditions.get(i).get(k);
                ObjectNode run = runs.addObject();
                run.put("variant", v.comparisons().get(i).variant());
                run.put("run", k + 1);
                run.put("cores", rc.cores());
                number(run, "otherCores", rc.otherCores());
                number(run, "sendLagP99", rc.sendLagP99());
                number(run, "stubLatenessP99", rc.stubLatenessP99());
            }
        }
        return root;
    }

    public static String toCsv(Validation v) {
        StringBuilder out = new StringBuilder("variant,figure,predicted,ci95,measured,measuredMin,measuredMax,runs,error,"
                + "tolerance,rule,pass,verdict\n");
        for (Comparison c : v.comparisons()) {
            for (Comparison.Row r : c.rows()) {
                out.append(String.join(",", quoted(c.variant()), quoted(r.figure()), cell(r.predicted()),
                        cell(r.predictedCi95()), cell(r.measured()), cell(r.measuredMin()), cell(r.measuredMax()),
                        Integer.toString(r.runs()), cell(r.relativeError()), cell(r.relativeTolerance()),
                        quoted(r.tolerance()), Boolean.toString(r.pass()), v.verdict().label())).append('\n');
            }
        }
        return out.toString();
    }

    /** Writes both files into {@code dir} (which must exist), each atomically; returns their paths. */
    public static List<Path> write(Setup setup, Validation v, List<List<RunConditions>> conditions, Path dir)
            throws IOException {
        Path json = AtomicFiles.writeString(dir.resolve("validation.json"), text(toJson(setup, v, conditions)) + "\n");
        Path csv = AtomicFiles.writeString(dir.resolve("validation.csv"), toCsv(v));
        return List.of(json, csv);
    }

    private static String text(ObjectNode node) throws JsonProcessingException {
        return JSON.writeValueAsString(node);
    }

    /** A CSV cell: as is, or in double quotes (doubled inside) when it holds a comma, quote or line break. */
    private static String quoted(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String cell(double v) {
        return CsvNumbers.number(v);
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }
}
