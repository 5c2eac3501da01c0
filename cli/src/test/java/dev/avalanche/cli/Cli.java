package dev.avalanche.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process, as {@link Main#main} builds it for the arguments, and keeps what it printed, for tests. */
final class Cli {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return run(Main.commandLine(args), args);
    }

    /** Runs {@code args} on the command line {@code cl}. */
    int run(CommandLine cl, String... args) {
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
