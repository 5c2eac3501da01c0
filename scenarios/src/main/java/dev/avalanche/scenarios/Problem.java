package dev.avalanche.scenarios;

import java.util.Objects;

/**
 * One thing wrong with a scenario, where it is and what is allowed instead.
 *
 * <p>{@link #toString()} is the one-line form every tool prints:
 * {@code file:line:column: path.to.field: got X; allowed Y}. For a {@code --set} override the
 * file is {@code --set}, the line is the override's ordinal (1 for the first {@code --set}) and
 * the column counts characters within that {@code path=value} argument.
 *
 * @param file the scenario file as given to the loader, or {@code --set}
 * @param line 1-based line
 * @param column 1-based column
 * @param path the dotted path of the offending field, e.g. {@code request.calls[0].service}
 * @param message what is wrong and what is allowed, e.g. {@code got -3; allowed a number >= 0}
 */
public record Problem(String file, int line, int column, String path, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line, column: got " + line + ", " + column + "; allowed 1-based positions");
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + path + ": " + message;
    }
}
