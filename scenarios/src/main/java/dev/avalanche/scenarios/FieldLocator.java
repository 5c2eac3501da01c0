package dev.avalanche.scenarios;

/**
 * Where a scenario's fields are written, for problems found after loading (by the preflight, or
 * after a run). Thread-safe and immutable.
 */
public interface FieldLocator {

    /**
     * A problem about the field at the dotted {@code path} (as the domain names it) of
     * {@code variant}: at the field as written, or at the nearest mapping above it when it was not
     * written (a default); "got" the value as written, else {@code value}.
     *
     * @param message what follows "got X" in the problem: {@code " (estimate); allowed Y"}
     */
    Problem problem(String variant, String path, String value, String message);
}
