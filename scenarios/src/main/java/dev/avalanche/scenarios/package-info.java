/**
 * The YAML scenario format: parsing with Jackson, strict validation with file:line:column
 * messages, and loading a scenario into the models' configuration records.
 *
 * <p>{@link dev.avalanche.scenarios.ScenarioLoader} is the entry point; it returns a
 * {@link dev.avalanche.scenarios.Scenario} (one {@link dev.avalanche.models.Variant} per
 * variant, each a validated {@code ModelConfig}) or throws one
 * {@link dev.avalanche.scenarios.ScenarioException} listing every
 * {@link dev.avalanche.scenarios.Problem} as {@code file:line:column: path: got X; allowed Y}.
 * Everything else lives in {@code internal}.
 */
package dev.avalanche.scenarios;
