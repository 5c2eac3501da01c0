package dev.avalanche.bridge.internal.run;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the run's JVM hands a child JVM (its users' or an app server's spec): keys and values in a
 * properties file, written by the parent and read by the child. A missing or malformed value names
 * the file, the key and the value. Not thread-safe; one per file.
 */
public final class SpecFile {

    private final Path file;
    private final Properties values;

    private SpecFile(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    /** An empty spec to be written to {@code file}. */
    public static SpecFile create(Path file) {
        return new SpecFile(file, new Properties());
    }

    /** The spec the parent wrote to {@code file}. */
    public static SpecFile read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new SpecFile(file, p);
    }

    /** Sets {@code key} to {@code value}'s text; returns this. */
    public SpecFile put(String key, Object value) {
        values.setProperty(key, String.valueOf(value));
        return this;
    }

    /** Writes the spec with {@code comment} as its first line. */
    public void write(String comment) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            values.store(w, comment);
        }
    }

    /** @throws IllegalArgumentException naming the file and the key when it is missing */
    public String text(String key) {
        String v = values.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException(file + ": " + key + ": got nothing; allowed the value the run's JVM writes");
        }
        return v;
    }

    public int integer(String key) {
        return (int) number(key, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public long longValue(String key) {
        return number(key, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** @throws IllegalArgumentException naming the file, the key and the value when it is not a number */
    public double decimal(String key) {
        String v = text(key);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw malformed(key, v, "a number");
        }
    }

    /** {@code true} or {@code false}; @throws IllegalArgumentException naming the value otherwise */
    public boolean bool(String key) {
        String v = text(key);
        if (!v.equals("true") && !v.equals("false")) {
            throw malformed(key, v, "true or false");
        }
        return v.equals("true");
    }

    public Path path(String key) {
        return Path.of(text(key));
    }

    private long number(String key, long min, long max) {
        String v = text(key);
        try {
            long n = Long.parseLong(v);
            if (n < min || n > max) {
                throw malformed(key, v, "an integer from " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw malformed(key, v, "an integer");
        }
    }

    private IllegalArgumentException malformed(String key, String value, String allowed) {
        return new IllegalArgumentException(file + ": " + key + ": got " + value + "; allowed " + allowed);
    }
}
