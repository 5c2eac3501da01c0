package dev.avalanche.charts;

/**
 * What the report shows about how a run was asked for, beyond the result itself (which carries
 * the scenario's name and the seed).
 *
 * @param description the scenario's description, plain text ("" when it has none)
 * @param yaml the scenario's YAML text as it was run
 * @param version Avalanche's version
 */
public record ReportInputs(String description, String yaml, String version) {

    public ReportInputs {
        description = description == null ? "" : description;
        yaml = yaml == null ? "" : yaml;
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("report version: got \"" + version + "\"; allowed: a version string");
        }
    }
}
