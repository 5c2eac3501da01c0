package dev.avalanche.scenarios.internal;

import dev.avalanche.scenarios.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems found so far, each once, in the order found. Binders report here and go on, so
 * that one load reports everything wrong; a binder returns null exactly when it reported a problem
 * about the value it was asked for.
 *
 * <p>It also turns the {@code field: got X; allowed Y} exceptions of the model's records, and the
 * {@code dist: param must be R but was X} exceptions of the distributions, into located problems:
 * the field named by the exception is looked up under the node that was being bound.
 */
final class Problems {

    private static final Pattern MODEL = Pattern.compile("^([A-Za-z0-9_.\\[\\]]+): (.*)$", Pattern.DOTALL);
    private static final Pattern DISTRIBUTION =
            Pattern.compile("^(\\w+): (\\w+) must be (.+?),? but was (.+)$", Pattern.DOTALL);
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9_-]*)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final SequencedSet<Problem> found = new LinkedHashSet<>();

    /** A path of more characters is shown by its start: a problem stays one line a person can read. */
    private static final int SHOWN_PATH_CHARS = 200;

    void add(Pos pos, String path, String message) {
        String shown = path.replace("\n", "\\n").replace("\r", "\\r");
        if (shown.length() > SHOWN_PATH_CHARS) {
            shown = shown.substring(0, SHOWN_PATH_CHARS - 30) + "... (" + shown.length() + " characters)";
        }
        found.add(new Problem(pos.file(), pos.line(), pos.column(), shown, message.replace('\n', ' ').replace('\r', ' ')));
    }

    /** {@code at}: got {@code got}; allowed {@code allowed}. */
    void report(At at, String got, String allowed) {
        add(at.pos(), at.shown(), "got " + got + "; allowed " + allowed);
    }

    /** {@code at}'s value is not allowed. */
    void invalid(At at, String allowed) {
        report(at, at.node().describe(), allowed);
    }

    /** {@code key} is missing from the mapping {@code parent}. */
    void missing(At parent, String key, String allowed) {
        add(parent.pos(), At.join(parent.path(), key), "got nothing (the field is required); allowed " + allowed);
    }

    int count() {
        return found.size();
    }

    List<Problem> list() {
        return new ArrayList<>(found);
    }

    /**
     * {@code make}'s record, or null when its constructor threw: then its exception is reported
     * as by {@link #fromModel}.
     */
    <T> T build(At at, Map<String, String> names, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            fromModel(e, at, names);
            return null;
        }
    }

    /**
     * Reports a model record's exception against the field it names, looked up under {@code at}.
     * {@code names} maps a record's name for its first segment to the format's key, or to "" for
     * {@code at} itself (a record that names itself, like {@code profile[1].at}). "got X" becomes
     * the value as written.
     */
    void fromModel(IllegalArgumentException e, At at, Map<String, String> names) {
        String message = String.valueOf(e.getMessage());
        Matcher m = MODEL.matcher(message);
        if (!m.matches()) {
            report(at, at.node().describe(), message);
            return;
        }
        String rest = m.group(2);
        At found = at;
        String path = at.path();
        boolean resolved = true;
        String[] segments = m.group(1).split("\\.");
        for (int i = 0; i < segments.length; i++) {
            Matcher s = SEGMENT.matcher(segments[i]);
            if (!s.matches()) {
                resolved = false;
                break;
            }
            String key = i == 0 ? names.getOrDefault(s.group(1), s.group(1)) : s.group(1);
            boolean self = key.isEmpty();
            path = self ? path : At.join(path, key);
            At next = !resolved ? null : self ? found : found.child(key);
            Matcher idx = INDEX.matcher(s.group(2));
            while (idx.find()) {
                path += idx.group();
                next = next == null ? null : next.item(Integer.parseInt(idx.group(1)));
            }
            if (next == null) {
                resolved = false;
            } else {
                found = next;
            }
        }
        int allowed = rest.indexOf("; allowed ");
        if (resolved && found.node() instanceof Node.ScalarNode && rest.startsWith("got ") && allowed > 0) {
            rest = "got " + found.node().describe() + rest.substring(allowed);
        }
        add(found.pos(), path.isEmpty() ? "(root)" : path, rest);
    }

    /**
     * Reports a distribution factory's exception against the parameter it names, when {@code at}
     * (the distribution's mapping) has it, else against {@code at}.
     */
    void fromDistribution(IllegalArgumentException e, At at) {
        String message = String.valueOf(e.getMessage());
        Matcher m = DISTRIBUTION.matcher(message);
        if (!m.matches()) {
            report(at, at.node().describe(), message);
            return;
        }
        String allowed = m.group(2) + " " + m.group(3) + " (" + m.group(1) + ")";
        At param = at.child(m.group(2));
        if (param != null) {
            invalid(param, allowed);
        } else {
            report(at, m.group(4), allowed);
        }
    }
}
