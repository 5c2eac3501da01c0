package dev.avalanche.scenarios.internal;

/**
 * Where a node was written: a file (or {@code --set}), a 1-based line and a 1-based column.
 * Nodes that an override puts into the tree keep the position of the override, so that a problem
 * with an overridden value points at the override.
 */
record Pos(String file, int line, int column) {

    /** The position {@code columns} characters to the right on the same line. */
    Pos shifted(int columns) {
        return new Pos(file, line, column + columns);
    }
}
