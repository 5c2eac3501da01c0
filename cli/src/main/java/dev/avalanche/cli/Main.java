package dev.avalanche.cli;

import picocli.CommandLine;

/** Entry point of the {@code avalanche} command. Exit codes: 0 ok, 1 failure during a run, 2 bad input or usage. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests to {@code execute()} without exiting the JVM. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new AvalancheCommand());
        cl.setExecutionExceptionHandler(new FailureHandler());
        return cl;
    }
}
