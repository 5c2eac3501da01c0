package dev.avalanche.scenarios.accesslog;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The formats {@code import access-log} reads, each a line parser: {@link #parse} gives the entry,
 * or throws {@link Malformed} saying what is wrong with the line.
 */
public enum AccessLogFormat {
    /** nginx's combined format with {@code $request_time} (seconds, e.g. 0.123) after it, the first number there. */
    NGINX,
    /** The combined format (Apache, nginx): no response time. */
    COMBINED,
    /** uWSGI's default request log: {@code [pid: ..] addr () {..} [Mon Dec  7 17:00:00 2026] GET /p => generated N bytes in 1001 msecs (HTTP/1.1 200) ...}. */
    UWSGI,
    /** CSV with a header naming at least {@code time} and {@code path}; optional {@code method}, {@code status}, {@code seconds}. */
    CSV;

    /** Names as the command line takes them. */
    public static final List<String> NAMES = List.of("nginx", "combined", "uwsgi", "csv");

    private static final Pattern COMBINED_LINE = Pattern.compile(
            "^\\S+ \\S+ \\S+ \\[(\\d{2})/(\\w{3})/(\\d{4}):(\\d{2}):(\\d{2}):(\\d{2})(?: [+-]\\d{4})?\\] \"(\\S+) (\\S+)[^\"]*\" (\\d{3}) \\S+(.*)$");
    private static final Pattern AFTER_AGENT = Pattern.compile("^ \"(?:[^\"\\\\]|\\\\.)*\" \"(?:[^\"\\\\]|\\\\.)*\"(.*)$");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern UWSGI_LINE = Pattern.compile(
            "\\[\\w{3} (\\w{3}) +(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})\\] (\\S+) (\\S+) => generated \\d+ bytes in (\\d+) (msecs|micros)(?: \\(\\S+ (\\d{3})\\))?");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    /** What is wrong with a line; expected of real logs, so it is counted rather than fatal. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        public Malformed(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The format named {@code name} ({@link #NAMES}). */
    public static AccessLogFormat named(String name) {
        int i = NAMES.indexOf(name.toLowerCase(Locale.ROOT));
        if (i < 0) {
            throw new IllegalArgumentException("--format: got " + name + "; allowed one of " + String.join(", ", NAMES));
        }
        return values()[i];
    }

    /**
     * The entry of {@code line}; {@code csv} is the CSV header's columns (null for the other formats).
     *
     * @throws Malformed saying what the line lacks
     */
    public LogEntry parse(String line, CsvColumns csv) throws Malformed {
        return switch (this) {
            case NGINX, COMBINED -> combined(line, this == NGINX);
            case UWSGI -> uwsgi(line);
            case CSV -> csv.parse(line);
        };
    }

    private static LogEntry combined(String line, boolean withTime) throws Malformed {
        Matcher m = COMBINED_LINE.matcher(line);
        if (!m.matches()) {
            throw new Malformed("not the combined format (addr - user [dd/Mon/yyyy:hh:mm:ss zone] \"METHOD path HTTP/x\" status bytes ...)");
        }
        long t = epoch(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
        double seconds = Double.NaN;
        if (withTime) {
            Matcher rest = AFTER_AGENT.matcher(m.group(10));
            String tail = rest.matches() ? rest.group(1) : m.group(10);
            Matcher n = NUMBER.matcher(tail);
            if (!n.find()) {
                throw new Malformed("no $request_time (a number of seconds such as 0.123) after the combined fields");
            }
            seconds = Double.parseDouble(n.group());
        }
        return new LogEntry(t, m.group(7), m.group(8), Integer.parseInt(m.group(9)), seconds);
    }

    private static LogEntry uwsgi(String line) throws Malformed {
        Matcher m = UWSGI_LINE.matcher(line);
        if (!m.find()) {
            throw new Malformed("not uWSGI's request log ([Mon Dec  7 17:00:00 2026] GET /path => generated N bytes in T msecs)");
        }
        long t = epoch(Integer.parseInt(m.group(6)), month(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
        double seconds = Long.parseLong(m.group(9)) / (m.group(10).equals("msecs") ? 1e3 : 1e6);
        return new LogEntry(t, m.group(7), m.group(8), m.group(11) == null ? 0 : Integer.parseInt(m.group(11)), seconds);
    }

    private static int month(String name) throws Malformed {
        int i = MONTHS.indexOf(name);
        if (i < 0) {
            throw new Malformed("month " + name + " is not one of Jan .. Dec");
        }
        return i + 1;
    }

    private static long epoch(int year, int month, int day, int hour, int minute, int second) throws Malformed {
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            throw new Malformed("no such date or time: " + year + "-" + month + "-" + day + " " + hour + ":" + minute + ":" + second);
        }
    }

    /** A CSV header's columns, by position. */
    public record CsvColumns(int time, int method, int path, int status, int seconds, int count) {

        /**
         * Reads the header.
         *
         * @throws Malformed when time or path is missing
         */
        public static CsvColumns of(String header) throws Malformed {
            List<String> names = List.of(header.toLowerCase(Locale.ROOT).strip().split("\\s*,\\s*"));
            int time = names.indexOf("time");
            int path = names.indexOf("path");
            if (time < 0 || path < 0) {
                throw new Malformed("the CSV header " + header.strip() + " lacks " + (time < 0 ? "time" : "path")
                        + "; allowed columns time, path and optionally method, status, seconds");
            }
            return new CsvColumns(time, names.indexOf("method"), path, names.indexOf("status"), names.indexOf("seconds"), names.size());
        }

        LogEntry parse(String line) throws Malformed {
            String[] f = line.split(",", -1);
            if (f.length != count) {
                throw new Malformed(f.length + " fields; the header has " + count + " (fields cannot hold commas)");
            }
            long t = time(f[time].strip());
            try {
                int st = status < 0 ? 0 : Integer.parseInt(f[status].strip());
                double s = seconds < 0 || f[seconds].isBlank() ? Double.NaN : Double.parseDouble(f[seconds].strip());
                if (!(s >= 0) && !Double.isNaN(s)) {
                    throw new Malformed("seconds " + f[seconds] + " is negative");
                }
                return new LogEntry(t, method < 0 ? "GET" : f[method].strip(), f[path].strip(), st, s);
            } catch (NumberFormatException e) {
                throw new Malformed("status or seconds is not a number: " + line);
            }
        }

        private static long time(String text) throws Malformed {
            if (NUMBER.matcher(text).matches()) {
                return (long) Double.parseDouble(text);
            }
            try {
                return OffsetDateTime.parse(text).toLocalDateTime().toEpochSecond(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                try {
                    return LocalDateTime.parse(text).toEpochSecond(ZoneOffset.UTC);
                } catch (DateTimeParseException e2) {
                    throw new Malformed("time " + text + " is neither epoch seconds nor ISO-8601 (2026-12-01T13:55:36)");
                }
            }
        }
    }
}
