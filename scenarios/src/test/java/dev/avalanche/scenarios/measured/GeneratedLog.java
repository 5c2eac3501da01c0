package dev.avalanche.scenarios.measured;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * An nginx access log with a known day: arrivals following {@link #rate} exactly (the i-th request
 * of the day at the instant where the rate's integral reaches i, so that only binning separates
 * the fit from the truth), response times lognormal (median {@link #MEDIAN}, sigma {@link #SIGMA})
 * stretched by queueing only where the rate exceeds {@link #QUIET_RATE}, and a mix of 60% cart
 * reads by numeric id, 30% checkouts by UUID, 10% a static file with a query.
 */
final class GeneratedLog {

    static final double MEDIAN = 0.08;
    static final double SIGMA = 0.4;
    static final double QUIET_RATE = 2.0;
    /** The day's corners: hour, requests per second. */
    static final double[][] CORNERS = {{0, 1.5}, {6, 1.0}, {12, 8.0}, {18, 4.0}, {24, 1.5}};
    private static final DateTimeFormatter NGINX = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss", Locale.ROOT);

    private GeneratedLog() {
    }

    /** The true rate at {@code seconds} since midnight. */
    static double rate(double seconds) {
        double h = seconds / 3600;
        for (int i = 1; i < CORNERS.length; i++) {
            if (h <= CORNERS[i][0]) {
                double f = (h - CORNERS[i - 1][0]) / (CORNERS[i][0] - CORNERS[i - 1][0]);
                return CORNERS[i - 1][1] + f * (CORNERS[i][1] - CORNERS[i - 1][1]);
            }
        }
        return CORNERS[CORNERS.length - 1][1];
    }

    /**
     * Writes {@code days} days from 2026-12-01, with {@code malformedEvery} > 0 putting a garbage
     * line after every so many requests; returns the number of lines written.
     */
    static long write(Path file, int days, long malformedEvery) throws IOException {
        LogNormalDistribution service = new LogNormalDistribution(new Well19937c(42), Math.log(MEDIAN), SIGMA, 1e-9);
        long lines = 0;
        long requests = 0;
        double peak = 8.0;
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int d = 0; d < days; d++) {
                LocalDateTime midnight = LocalDateTime.of(2026, 12, 1 + d, 0, 0);
                double owed = 0;
                for (int s = 0; s < 86_400; s++) {
                    double r = rate(s + 0.5);
                    owed += r;
                    String when = NGINX.format(midnight.plusSeconds(s));
                    double stretch = 1 + 3 * Math.max(0, r - QUIET_RATE) / (peak - QUIET_RATE);
                    while (owed >= 1) {
                        owed -= 1;
                        long i = requests++;
                        String path = switch ((int) (i % 10)) {
                            case 0, 1, 2, 3, 4, 5 -> "GET /api/cart/" + (1000 + i % 977);
                            case 6, 7, 8 -> "POST /api/checkout/" + java.util.UUID.nameUUIDFromBytes(Long.toString(i).getBytes());
                            default -> "GET /static/app.js?v=" + i % 7;
                        };
                        double t = service.sample() * stretch;
                        w.write(String.format(Locale.ROOT, "10.0.0.%d - - [%s +0000] \"%s HTTP/1.1\" 200 512 \"-\" \"agent/1.0\" %.3f%n",
                                i % 250, when, path, t));
                        lines++;
                        if (malformedEvery > 0 && requests % malformedEvery == 0) {
                            w.write("this is not a log line\n");
                            lines++;
                        }
                    }
                }
            }
        }
        return lines;
    }

    static long epoch(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC);
    }
}
