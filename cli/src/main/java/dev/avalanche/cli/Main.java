package dev.avalanche.cli;

import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Entry point of the {@code avalanche} command. Exit codes: 0 ok, 1 failure during a run, 2 bad input or usage. */
public final class Main {

    /** The subcommand that needs every other one: its script completes them all. */
    private static final String COMPLETION = "generate-completion";

    private Main() {
    }

    public static void main(String[] args) {
        StopNotice.install(System.err);
        int code;
        try {
            code = commandLine(args).execute(args);
        } catch (OutOfMemoryError e) {
            code = FailureHandler.outOfMemory(e);
        } catch (StackOverflowError e) {
            code = FailureHandler.tooDeep(e);
        }
        StopNotice.done();
        System.exit(code);
    }

    /** The configured command line with every subcommand, for tests to {@code execute()} without exiting the JVM. */
    public static CommandLine commandLine() {
        return build(AvalancheCommand.SUBCOMMANDS);
    }

    /**
     * The command line that {@code args} need, for {@code execute(args)}: when the first argument
     * names a subcommand, the top command with that one alone, which answers {@code args} as the whole
     * line would (help, version, usage errors included) without picocli reading the annotations of
     * the other eleven (about a quarter of a CPU second on every start); otherwise (no argument, an
     * option, an unknown or misspelt command, whose error suggests the nearest names) the whole line.
     */
    public static CommandLine commandLine(String... args) {
        if (args.length > 0 && !args[0].equals(COMPLETION)) {
            Supplier<Object> only = AvalancheCommand.SUBCOMMANDS.get(args[0]);
            if (only != null) {
                return build(Map.of(args[0], only));
            }
        }
        return commandLine();
    }

    private static CommandLine build(Map<String, Supplier<Object>> subcommands) {
        CommandLine cl = new CommandLine(new AvalancheCommand());
        subcommands.values().forEach(s -> cl.addSubcommand(s.get()));
        cl.setExecutionExceptionHandler(new FailureHandler());
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        everyCommand(cl);
        CommandLine completion = cl.getSubcommands().get(COMPLETION);
        if (completion != null) {
            completion.getCommandSpec().usageMessage().footer("", "Example:", "  source <(./avalanche generate-completion)");
        }
        return cl;
    }

    /** {@code -V} prints the version on every command, not only on the top one. */
    private static void everyCommand(CommandLine cl) {
        cl.getCommandSpec().versionProvider(new AvalancheCommand.Version());
        cl.getSubcommands().values().forEach(Main::everyCommand);
    }
}
