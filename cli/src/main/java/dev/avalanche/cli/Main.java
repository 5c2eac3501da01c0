package dev.avalanche.cli;

import picocli.CommandLine;

/** Entry point of the {@code avalanche} command. Exit codes: 0 ok, 1 failure during a run, 2 bad input or usage. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StopNotice.install(System.err);
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            code = FailureHandler.outOfMemory(e);
        } catch (StackOverflowError e) {
            code = FailureHandler.tooDeep(e);
        }
        StopNotice.done();
        System.exit(code);
    }

    /** The configured command line, for tests to {@code execute()} without exiting the JVM. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new AvalancheCommand());
        cl.setExecutionExceptionHandler(new FailureHandler());
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        everyCommand(cl);
        cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().footer("", "Example:",
                "  source <(./avalanche generate-completion)");
        return cl;
    }

    /** {@code -V} prints the version on every command, not only on the top one. */
    private static void everyCommand(CommandLine cl) {
        cl.getCommandSpec().versionProvider(new AvalancheCommand.Version());
        cl.getSubcommands().values().forEach(Main::everyCommand);
    }
}
