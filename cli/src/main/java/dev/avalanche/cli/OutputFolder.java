package dev.avalanche.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Whether a folder can take a run's files: checked before the run, not found out after it. */
final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * What is wrong with {@code dir} as an output folder, creating it if need be (and trying a file
     * in it); null when nothing is.
     */
    static String problem(Path dir) {
        Path abs;
        try {
            abs = dir.toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return "not a path: " + e.getReason();
        }
        for (String pseudo : new String[] {"/proc", "/sys", "/dev"}) {
            if (abs.startsWith(pseudo)) {
                return "a folder under " + pseudo + ", the kernel's, not for files";
            }
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            return "a file, not a folder";
        }
        try {
            Files.createDirectories(abs);
            Path probe = Files.createTempFile(abs, ".avalanche-", ".probe");
            Files.delete(probe);
            return null;
        } catch (IOException | SecurityException e) {
            return "cannot be written: " + FailureHandler.describe(e);
        }
    }
}
