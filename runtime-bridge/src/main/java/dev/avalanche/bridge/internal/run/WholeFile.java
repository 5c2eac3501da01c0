package dev.avalanche.bridge.internal.run;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The frame of the binary files a child JVM hands back to the run's JVM (its client log, an app
 * server's log): big-endian, a magic number and a version, the body, then {@code "END."}; written
 * to a temporary name and moved into place, so that a file that exists is whole.
 */
public final class WholeFile {

    private static final int END = 0x454e442e;

    /** Writes a file's body. */
    @FunctionalInterface
    public interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private WholeFile() {
    }

    /** Writes {@code magic}, {@code version}, {@code body} and the end mark to {@code file}, whole or not at all. */
    public static void write(Path file, int magic, int version, Body body) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(magic);
            out.writeInt(version);
            body.write(out);
            out.writeInt(END);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Opens {@code file} past its magic number and version.
     *
     * @param what what such a file is, for the message ("a client log")
     * @throws IOException naming the file when they are not {@code magic} and {@code version}
     */
    public static DataInputStream open(Path file, int magic, int version, String what) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        try {
            int m = in.readInt();
            int v = in.readInt();
            if (m != magic || v != version) {
                throw new IOException(file + ": got magic " + Integer.toHexString(m) + " version " + v + "; allowed " + what
                        + ", version " + version);
            }
            return in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** @throws IOException naming the file when its body is not followed by the end mark */
    public static void end(DataInputStream in, Path file, String what) throws IOException {
        if (in.readInt() != END) {
            throw new IOException(file + ": no end mark; allowed " + what + " whole");
        }
    }
}
