package dev.avalanche.scenarios;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario could not be loaded: every problem found, in file order, each printable on one line.
 * Its message is those lines joined by newlines, so that a command line tool can print it as is
 * (and exit with 2) without a stack trace.
 */
public final class ScenarioException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** @throws IllegalArgumentException when {@code problems} is empty */
    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems: got an empty list; allowed at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems, at least one, in the order they should be shown. */
    public List<Problem> problems() {
        return problems;
    }
}
