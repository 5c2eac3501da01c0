package dev.avalanche.bridge.internal.server;

import dev.avalanche.bridge.internal.run.WholeFile;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What an app server in a child JVM hands back to the run's JVM: a binary file, big-endian,
 * {@code "AVSL"}, version 1, its SYN retransmissions and requests taken since the run began, the CPU
 * its JVM used meanwhile (nanoseconds, -1 when unknown), the number of level changes and each as
 * (wall nanoseconds, {@link LevelLog.Change} ordinal), the number of requests it logged and each as
 * (id, {@link ServerLog.Stage} ordinal, received, started, ended), then {@code "END."}; instants on
 * the child's clock. Written to a temporary name and moved into place, so a file that exists is whole.
 */
public final class ServerFile {

    private static final int MAGIC = 0x4156534c;
    private static final String WHAT = "a server log";
    private static final int VERSION = 1;

    /** What the file holds, instants moved onto the run's clock by {@code shiftNanos}. */
    public record Contents(long synRetransmissions, long taken, long cpuNanos, LevelLog levels) {
    }

    private ServerFile() {
    }

    public static void write(ServerLog log, LevelLog levels, long syn, long taken, long cpuNanos, Path file) throws IOException {
        WholeFile.write(file, MAGIC, VERSION, out -> {
            out.writeLong(syn);
            out.writeLong(taken);
            out.writeLong(cpuNanos);
            synchronized (levels) {
                out.writeInt(levels.size());
                for (int i = 0; i < levels.size(); i++) {
                    out.writeLong(levels.wallNanos(i));
                    out.writeByte(levels.change(i).ordinal());
                }
            }
            int n = 0;
            for (int id = 0; id < log.capacity(); id++) {
                n += log.stage(id) == ServerLog.Stage.NOT_SEEN ? 0 : 1;
            }
            out.writeInt(n);
            for (int id = 0; id < log.capacity(); id++) {
                ServerLog.Stage s = log.stage(id);
                if (s != ServerLog.Stage.NOT_SEEN) {
                    out.writeInt(id);
                    out.writeByte(s.ordinal());
                    out.writeLong(log.receivedNanos(id));
                    out.writeLong(log.startedNanos(id));
                    out.writeLong(log.endedNanos(id));
                }
            }
        });
    }

    /**
     * Reads {@code file}, logging its requests into {@code into} with every instant plus {@code shiftNanos}.
     *
     * @throws IOException when the file is missing, cut short or not such a file, naming it and what was wrong
     */
    public static Contents read(Path file, ServerLog into, long shiftNanos) throws IOException {
        ServerLog.Stage[] stages = ServerLog.Stage.values();
        LevelLog.Change[] changes = LevelLog.Change.values();
        try (DataInputStream in = WholeFile.open(file, MAGIC, VERSION, WHAT)) {
            long syn = in.readLong();
            long taken = in.readLong();
            long cpu = in.readLong();
            int changesCount = in.readInt();
            LevelLog levels = new LevelLog();
            for (int i = 0; i < changesCount; i++) {
                long t = in.readLong();
                int c = in.readByte();
                if (c < 0 || c >= changes.length) {
                    throw new IOException(file + ": level change " + i + ": got " + c + "; allowed 0.." + (changes.length - 1));
                }
                levels.add(t + shiftNanos, changes[c]);
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                int id = in.readInt();
                int s = in.readByte();
                long received = in.readLong() + shiftNanos;
                long started = in.readLong() + shiftNanos;
                long ended = in.readLong() + shiftNanos;
                if (!into.accepts(id) || s <= 0 || s >= stages.length) {
                    throw new IOException(file + ": request " + id + ": got stage " + s + "; allowed an id below "
                            + into.capacity() + " and stage 1.." + (stages.length - 1));
                }
                switch (stages[s]) {
                    case DISCARDED -> into.discarded(id, received, started);
                    case STARTED -> into.started(id, received, started);
                    case SUCCEEDED, FAILED -> {
                        into.started(id, received, started);
                        into.ended(id, ended, stages[s] == ServerLog.Stage.SUCCEEDED);
                    }
                    case NOT_SEEN -> throw new IllegalStateException("excluded above");
                }
            }
            WholeFile.end(in, file, WHAT);
            return new Contents(syn, taken, cpu, levels);
        } catch (EOFException e) {
            throw new IOException(file + ": ends early; allowed " + WHAT + " whole", e);
        }
    }
}
