package dev.avalanche.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;

/**
 * Turns an exception escaping a command into one line on stderr and an exit code, never a stack
 * trace nor an exception's class name: {@link IllegalArgumentException} is bad input (2), anything
 * else a failure during the run (1). Set {@code AVALANCHE_DEBUG=1} to see the stack trace as well.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        Throwable cause = unwrap(ex);
        cmd.getErr().println(cmd.getColorScheme().errorText(cmd.getCommandSpec().qualifiedName() + ": " + describe(cause)));
        if (System.getenv("AVALANCHE_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        return cause instanceof IllegalArgumentException ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE;
    }

    /** What went wrong, in words: the file and the operating system's reason for an I/O error, else the message. */
    static String describe(Throwable t) {
        String file = t instanceof FileSystemException f ? f.getFile() : null;
        String message = switch (t) {
            case NoSuchFileException e -> "no such file or folder: " + file;
            case AccessDeniedException e -> "permission denied: " + file;
            case FileAlreadyExistsException e -> "already exists: " + file;
            case NotDirectoryException e -> "not a folder: " + file;
            case FileSystemException e -> file + (e.getReason() == null ? ": cannot be written or read" : ": " + e.getReason());
            case CharacterCodingException e -> "text that is not UTF-8";
            case IOException e -> e.getMessage() == null ? "an input/output error" : "an input/output error: " + e.getMessage();
            default -> t.getMessage() == null || t.getMessage().isBlank()
                    ? "an internal error with no message (AVALANCHE_DEBUG=1 shows where; please report it with the scenario)"
                    : t.getMessage();
        };
        return oneLine(message);
    }

    /** {@code text} on one line, without the class names some libraries put in front of their messages. */
    static String oneLine(String text) {
        String t = String.valueOf(text).replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ?", "");
        return t.replace('\n', ' ').replace('\r', ' ').strip();
    }

    /** The exception that says what happened, under the wrappers that only say where. */
    static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof ExecutionException || c instanceof CompletionException || c instanceof UncheckedIOException
                || c instanceof CommandLine.ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    /** An OutOfMemoryError escaped a command: one line, exit 1. */
    static int outOfMemory(OutOfMemoryError e) {
        System.err.printf("avalanche: ran out of memory (the heap may grow to %d MB): the run held more than estimated;"
                + " please report it with its input, or give the JVM more heap (AVALANCHE_JAVA_OPTS=-Xmx8g)%n",
                Runtime.getRuntime().maxMemory() >> 20);
        return ExitCodes.FAILURE;
    }

    /** A StackOverflowError escaped a command: one line, exit 1. */
    static int tooDeep(StackOverflowError e) {
        System.err.println("avalanche: the run went too deep for the call stack; please report it with its input");
        return ExitCodes.FAILURE;
    }
}
