package dev.avalanche.bridge.internal.load;

import dev.avalanche.bridge.internal.run.WholeFile;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A {@link ClientLog} as the users' child JVM hands it to the server's JVM: a binary file, big-endian,
 * {@code "AVCL"}, version 3, the number of ids n, whether the request cap cut the run, the instant the
 * users were done (wall nanoseconds since the shared origin), the CPU the users' JVM used while
 * playing (nanoseconds, -1 when unknown), then per id its
 * kind (0 not sent, 1 first request, 2 refresh), outcome ordinal, failure class (0 none, else the
 * {@link FailureClass}'s ordinal + 1) and HTTP status (an unsigned short, 0 when none), and the
 * intended, sent and resolved instants (wall nanoseconds since the shared origin), then
 * {@code "END."}. 29 bytes a request.
 * Written to a temporary name and moved into place, so a file that exists is whole.
 */
public final class ClientLogFile {

    private static final int MAGIC = 0x4156434c;
    private static final String WHAT = "a client log";
    private static final int VERSION = 3;

    /** What the file holds: the log, whether the request cap was reached, when the users were done, the CPU they used. */
    public record Contents(ClientLog log, boolean truncated, long endNanos, long cpuNanos) {
    }

    private ClientLogFile() {
    }

    public static void write(ClientLog log, boolean truncated, long endNanos, long cpuNanos, Path file) throws IOException {
        WholeFile.write(file, MAGIC, VERSION, out -> {
            int n = log.size();
            out.writeInt(n);
            out.writeBoolean(truncated);
            out.writeLong(endNanos);
            out.writeLong(cpuNanos);
            for (int id = 0; id < n; id++) {
                out.writeByte(!log.wasSent(id) ? 0 : log.isRefresh(id) ? 2 : 1);
                out.writeByte(log.outcome(id).ordinal());
                out.writeByte(log.failure(id).map(f -> f.ordinal() + 1).orElse(0));
                out.writeShort(log.failureStatus(id));
                out.writeLong(log.intendedNanos(id));
                out.writeLong(log.sentNanos(id));
                out.writeLong(log.resolvedNanos(id));
            }
        });
    }

    /**
     * The log in {@code file}, in a log of {@code capacity} ids.
     *
     * @throws IOException when the file is missing, cut short or not such a file, naming it and what was wrong
     */
    public static Contents read(Path file, int capacity) throws IOException {
        ClientOutcome[] outcomes = ClientOutcome.values();
        FailureClass[] classes = FailureClass.values();
        try (DataInputStream in = WholeFile.open(file, MAGIC, VERSION, WHAT)) {
            int n = in.readInt();
            if (n < 0 || n > capacity) {
                throw new IOException(file + ": got " + n + " requests; allowed 0.." + capacity);
            }
            boolean truncated = in.readBoolean();
            long endNanos = in.readLong();
            long cpuNanos = in.readLong();
            ClientLog log = new ClientLog(capacity);
            for (int id = 0; id < n; id++) {
                log.reserve();
                int kind = in.readByte();
                int outcome = in.readByte();
                int failure = in.readByte();
                int status = in.readUnsignedShort();
                long intended = in.readLong();
                long sent = in.readLong();
                long resolved = in.readLong();
                if (kind < 0 || kind > 2 || outcome < 0 || outcome >= outcomes.length || failure < 0 || failure > classes.length) {
                    throw new IOException(file + ": request " + id + ": got kind " + kind + ", outcome " + outcome
                            + ", failure " + failure + "; allowed kind 0..2, outcome 0.." + (outcomes.length - 1)
                            + " and failure 0.." + classes.length);
                }
                if (kind != 0) {
                    log.sent(id, intended, sent, kind == 2);
                }
                if (failure != 0) {
                    log.resolved(id, outcomes[outcome], classes[failure - 1], status, resolved);
                } else if (outcomes[outcome] != ClientOutcome.IN_FLIGHT) {
                    log.resolved(id, outcomes[outcome], resolved);
                }
            }
            WholeFile.end(in, file, WHAT);
            return new Contents(log, truncated, endNanos, cpuNanos);
        } catch (EOFException e) {
            throw new IOException(file + ": ends early; allowed " + WHAT + " whole", e);
        }
    }
}
