package dev.avalanche.scenarios.accesslog;

import dev.avalanche.models.fit.RequestKinds;
import dev.avalanche.models.fit.ThinnedSample;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link AccessLogReader} gathered from one log, in constant memory: requests per minute of
 * the day, the log's first and last instants, a thinned sample of response times and a count per
 * ten minutes of the day, the request mix, and the malformed lines. Not thread-safe.
 */
public final class AccessLogStats {

    /** Minutes in a day: the arrival counts' bins. */
    public static final int MINUTES = 1440;
    /** Ten-minute bins in a day: the response times' bins. */
    public static final int TEN_MINUTES = 144;
    /** Malformed lines kept with their numbers, for the report. */
    public static final int MALFORMED_SHOWN = 5;

    final long[] perMinute = new long[MINUTES];
    final long[] perTenMinutes = new long[TEN_MINUTES];
    final ThinnedSample[] seconds = new ThinnedSample[TEN_MINUTES];
    final RequestKinds kinds;
    final List<String> firstMalformed = new ArrayList<>();
    long lines;
    long requests;
    long malformed;
    long serverErrors;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;

    AccessLogStats(int kindsCapacity, int samplesPerBin) {
        kinds = new RequestKinds(kindsCapacity);
        for (int i = 0; i < TEN_MINUTES; i++) {
            seconds[i] = new ThinnedSample(samplesPerBin);
        }
    }

    void add(LogEntry e) {
        requests++;
        first = Math.min(first, e.epochSecond());
        last = Math.max(last, e.epochSecond());
        int secondOfDay = (int) Math.floorMod(e.epochSecond(), 86_400L);
        perMinute[secondOfDay / 60]++;
        int bin = secondOfDay / 600;
        perTenMinutes[bin]++;
        if (e.status() >= 500) {
            serverErrors++;
        } else if (!Double.isNaN(e.seconds())) {
            seconds[bin].add(e.seconds());
        }
        kinds.add(e.method(), e.path(), e.seconds());
    }

    void malformed(long lineNumber, String reason, String file) {
        malformed++;
        if (firstMalformed.size() < MALFORMED_SHOWN) {
            firstMalformed.add(file + ":" + lineNumber + ": " + reason);
        }
    }

    /** Lines read (blank ones included). */
    public long lines() {
        return lines;
    }

    /** Requests read. */
    public long requests() {
        return requests;
    }

    /** Malformed lines. */
    public long malformed() {
        return malformed;
    }

    /** The first {@value #MALFORMED_SHOWN} malformed lines, as {@code file:line: reason}. */
    public List<String> firstMalformed() {
        return List.copyOf(firstMalformed);
    }

    /** Requests answered 5xx (left out of the response times). */
    public long serverErrors() {
        return serverErrors;
    }

    /** The earliest and latest instants (epoch seconds of the log's local time); meaningless without a request. */
    public long first() {
        return first;
    }

    public long last() {
        return last;
    }

    /** The request mix. */
    public RequestKinds kinds() {
        return kinds;
    }

    /** Requests per minute of the day, summed over the days. */
    public long[] perMinute() {
        return perMinute.clone();
    }

    /** Requests per ten minutes of the day, summed over the days. */
    public long[] perTenMinutes() {
        return perTenMinutes.clone();
    }

    /** The kept response times of ten-minute bin {@code i} (seconds; 5xx left out). */
    public double[] seconds(int i) {
        return seconds[i].values();
    }

    /**
     * How many days of the log cover each of the day's {@code bins} equal intervals, from its first
     * to its last instant (a log is taken to run without a gap between them): the divisor that
     * turns counts summed over the days into a rate.
     */
    public double[] exposureDays(int bins) {
        double[] days = new double[bins];
        if (requests == 0) {
            return days;
        }
        double width = 86_400.0 / bins;
        long end = last + 1;
        for (long day = Math.floorDiv(first, 86_400L); day <= Math.floorDiv(last, 86_400L); day++) {
            for (int b = 0; b < bins; b++) {
                double from = day * 86_400.0 + b * width;
                double overlap = Math.min(end, from + width) - Math.max(first, from);
                if (overlap > 0) {
                    days[b] += overlap / width;
                }
            }
        }
        return days;
    }
}
