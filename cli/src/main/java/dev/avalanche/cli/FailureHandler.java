package dev.avalanche.cli;

import picocli.CommandLine;

/**
 * Turns an exception escaping a command into one line on stderr and an exit code, never a stack
 * trace: {@link IllegalArgumentException} is bad input (2), anything else a failure during the run (1).
 * Set {@code AVALANCHE_DEBUG=1} to see the stack trace as well.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cmd.getErr().println(cmd.getColorScheme().errorText(cmd.getCommandSpec().qualifiedName() + ": " + message));
        if (System.getenv("AVALANCHE_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        return ex instanceof IllegalArgumentException ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE;
    }
}
