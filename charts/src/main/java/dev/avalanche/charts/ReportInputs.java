package dev.avalanche.charts;

import dev.avalanche.models.result.Percentiles;
import dev.avalanche.models.validation.Comparison;
import java.util.List;

/**
 * What the report shows about how a run was asked for, beyond the result itself (which carries
 * the scenario's name and the seed).
 *
 * @param description the scenario's description, plain text ("" when it has none)
 * @param yaml the scenario's YAML text as it was run
 * @param version Avalanche's version
 * @param percentiles the latency percentiles the summary table shows (beside min and max)
 * @param comparisons for a validation, the simulation's prediction against the live measurement,
 *     one per variant, shown side by side; empty for a run
 */
public record ReportInputs(String description, String yaml, String version, Percentiles percentiles,
        List<Comparison> comparisons) {

    /** Inputs with the default percentiles and no comparison. */
    public ReportInputs(String description, String yaml, String version) {
        this(description, yaml, version, Percentiles.DEFAULT, List.of());
    }

    public ReportInputs {
        description = description == null ? "" : description;
        yaml = yaml == null ? "" : yaml;
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("report version: got \"" + version + "\"; allowed: a version string");
        }
        percentiles = percentiles == null ? Percentiles.DEFAULT : percentiles;
        comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
    }

    /** These inputs with the summary showing {@code chosen} percentiles. */
    public ReportInputs withPercentiles(Percentiles chosen) {
        return new ReportInputs(description, yaml, version, chosen, comparisons);
    }

    /** These inputs with a validation's comparisons, shown predicted beside measured. */
    public ReportInputs withComparisons(List<Comparison> rows) {
        return new ReportInputs(description, yaml, version, percentiles, rows);
    }
}
