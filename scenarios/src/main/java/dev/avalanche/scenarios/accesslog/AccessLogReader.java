package dev.avalanche.scenarios.accesslog;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an access log line by line into {@link AccessLogStats}, in constant memory whatever the
 * log's size. Lines are read as ISO-8859-1 (every byte is a character: a log with stray bytes still
 * parses). A malformed line is counted, the first few with their numbers; the log is refused when
 * more than half of its first {@value #EARLY_LINES} lines are malformed (the wrong --format), or
 * when the malformed lines pass {@code maxMalformedRatio} of all at the end.
 */
public final class AccessLogReader {

    /** After this many lines, a log more than half malformed is refused at once. */
    public static final int EARLY_LINES = 1000;

    private AccessLogReader() {
    }

    /**
     * How to read.
     *
     * @param format the log's format
     * @param maxMalformedRatio the malformed lines allowed, as a fraction of the lines (0 to 1)
     * @param kindsCapacity how many request kinds are told apart at most
     * @param samplesPerBin response times kept per ten minutes of the day
     */
    public record Options(AccessLogFormat format, double maxMalformedRatio, int kindsCapacity, int samplesPerBin) {

        /** @throws IllegalArgumentException naming the option when maxMalformedRatio is not in [0, 1] */
        public Options {
            if (!(maxMalformedRatio >= 0 && maxMalformedRatio <= 1)) {
                throw new IllegalArgumentException("--max-malformed: got " + maxMalformedRatio + "; allowed 0 to 1 (or 0% to 100%)");
            }
        }
    }

    /** Told how far the reading is: bytes read of the file's size. */
    public interface Progress {
        void at(long bytes, long total);
    }

    /**
     * Reads {@code file}.
     *
     * @throws IllegalArgumentException listing the first malformed lines ({@code file:line: reason})
     *     when too many are malformed, or the CSV header lacks a column
     * @throws IOException when the file cannot be read
     */
    public static AccessLogStats read(Path file, Options o, Progress progress) throws IOException {
        AccessLogStats stats = new AccessLogStats(o.kindsCapacity(), o.samplesPerBin());
        long total = Files.size(file);
        String name = file.toString();
        try (Counting counting = new Counting(Files.newInputStream(file));
                BufferedReader in = new BufferedReader(new InputStreamReader(counting, StandardCharsets.ISO_8859_1), 1 << 16)) {
            AccessLogFormat.CsvColumns csv = null;
            long reported = 0;
            String line;
            while ((line = in.readLine()) != null) {
                stats.lines++;
                if (o.format() == AccessLogFormat.CSV && csv == null) {
                    try {
                        csv = AccessLogFormat.CsvColumns.of(line);
                    } catch (AccessLogFormat.Malformed e) {
                        throw new IllegalArgumentException(name + ":1: " + e.getMessage());
                    }
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                try {
                    stats.add(o.format().parse(line, csv));
                } catch (AccessLogFormat.Malformed e) {
                    stats.malformed(stats.lines, e.getMessage(), name);
                }
                if (stats.lines == EARLY_LINES && stats.malformed * 2 > stats.lines) {
                    throw tooMany(stats, "more than half of the first " + EARLY_LINES + " lines are malformed: is --format "
                            + o.format().name().toLowerCase(java.util.Locale.ROOT) + " right?");
                }
                if (counting.count - reported >= 1 << 20) {
                    reported = counting.count;
                    progress.at(reported, total);
                }
            }
            progress.at(counting.count, total);
        }
        if (stats.malformed > o.maxMalformedRatio() * stats.lines) {
            throw tooMany(stats, stats.malformed + " of " + stats.lines + " lines are malformed, more than --max-malformed "
                    + o.maxMalformedRatio());
        }
        if (stats.requests == 0) {
            throw new IllegalArgumentException(name + ": got no request in " + stats.lines + " lines; allowed a log with at least one");
        }
        return stats;
    }

    private static IllegalArgumentException tooMany(AccessLogStats stats, String why) {
        return new IllegalArgumentException(why + "; the first: " + String.join(" | ", stats.firstMalformed()));
    }

    /** Counts the bytes read through it, for the progress. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
