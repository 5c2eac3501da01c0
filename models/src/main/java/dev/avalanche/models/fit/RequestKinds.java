package dev.avalanche.models.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The request mix from paths: each path reduced to a template (the query dropped; a segment of
 * digits becomes {@code {id}}, a UUID {@code {uuid}}, a long hexadecimal or mixed letters-and-digits
 * token {@code {token}}), counted per method and template in at most {@code capacity} kinds (later
 * new kinds are counted as unclassified, so memory stays bounded), and reported as the top kinds
 * with the rest as "other". Not thread-safe.
 */
public final class RequestKinds {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{16,}");
    private static final Pattern TOKEN = Pattern.compile("(?=.*\\d)(?=.*[A-Za-z])[A-Za-z0-9_-]{20,}");

    private final int capacity;
    private final Map<String, long[]> counts = new HashMap<>();
    private final Map<String, double[]> seconds = new HashMap<>();
    private long unclassified;
    private double unclassifiedSeconds;
    private long total;

    /** @throws IllegalArgumentException when capacity is below 1 */
    public RequestKinds(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: got " + capacity + "; allowed at least 1");
        }
        this.capacity = capacity;
    }

    /**
     * One kind's share.
     *
     * @param kind method and template ({@code GET /api/cart/{id}}), or {@code other}
     * @param count requests
     * @param share count / all requests
     * @param meanSeconds their mean response time, NaN when the log has none
     */
    public record Kind(String kind, long count, double share, double meanSeconds) {
    }

    /** The template of {@code path} (its query dropped, ids, UUIDs and tokens collapsed). */
    public static String template(String path) {
        int q = path.indexOf('?');
        String p = q >= 0 ? path.substring(0, q) : path;
        int hash = p.indexOf('#');
        p = hash >= 0 ? p.substring(0, hash) : p;
        String[] segments = p.split("/", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                b.append('/');
            }
            String s = segments[i];
            if (DIGITS.matcher(s).matches()) {
                b.append("{id}");
            } else if (UUID.matcher(s).matches()) {
                b.append("{uuid}");
            } else if (HEX.matcher(s).matches() || TOKEN.matcher(s).matches()) {
                b.append("{token}");
            } else {
                b.append(s);
            }
        }
        return b.isEmpty() ? "/" : b.toString();
    }

    /** Counts a request of {@code method} to {@code path} that took {@code responseSeconds} (NaN: unknown). */
    public void add(String method, String path, double responseSeconds) {
        total++;
        String kind = method + " " + template(path);
        long[] c = counts.get(kind);
        if (c == null) {
            if (counts.size() >= capacity) {
                unclassified++;
                unclassifiedSeconds += responseSeconds;
                return;
            }
            c = new long[1];
            counts.put(kind, c);
            seconds.put(kind, new double[1]);
        }
        c[0]++;
        seconds.get(kind)[0] += responseSeconds;
    }

    /** How many requests were counted. */
    public long total() {
        return total;
    }

    /** How many distinct kinds were seen (at most the capacity). */
    public int distinct() {
        return counts.size();
    }

    /** The {@code top} most frequent kinds, then "other" for the rest when there is any. */
    public List<Kind> top(int top) {
        List<Map.Entry<String, long[]>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey));
        List<Kind> kinds = new ArrayList<>();
        long rest = unclassified;
        double restSeconds = unclassifiedSeconds;
        for (int i = 0; i < sorted.size(); i++) {
            Map.Entry<String, long[]> e = sorted.get(i);
            long n = e.getValue()[0];
            double s = seconds.get(e.getKey())[0];
            if (i < top) {
                kinds.add(new Kind(e.getKey(), n, n / (double) total, s / n));
            } else {
                rest += n;
                restSeconds += s;
            }
        }
        if (rest > 0) {
            kinds.add(new Kind("other", rest, rest / (double) total, restSeconds / rest));
        }
        return kinds;
    }
}
