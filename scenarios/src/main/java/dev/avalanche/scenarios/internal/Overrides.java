package dev.avalanche.scenarios.internal;

import dev.avalanche.scenarios.internal.Node.Entry;
import dev.avalanche.scenarios.internal.Node.ListNode;
import dev.avalanche.scenarios.internal.Node.MapNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies overrides to a tree: the value at a dotted path ({@code servers.workers.size},
 * {@code request.calls[0].count}, or {@code request.calls.0.count}, which YAML's flow style
 * allows unquoted) is <em>replaced</em> by the override's value, whole: an override
 * of a mapping does not merge into the mapping it replaces, so that
 * {@code services.x.latency: {dist: exponential, mean: 2s}} is exactly that distribution, whatever
 * the base had. To change one field, give its full path. Missing mappings along the path are
 * created; a null value removes the field (it reads as not given). The tree is immutable: each
 * override returns a new root, and the new nodes keep the override's positions.
 */
final class Overrides {

    private static final String KEY = "[A-Za-z0-9_-]+(?:\\[\\d{1,9}])*";
    private static final Pattern PATH = Pattern.compile(KEY + "(?:\\." + KEY + ")*");
    private static final Pattern STEP = Pattern.compile("([A-Za-z0-9_-]+)|\\[(\\d+)]");

    private final Problems problems;

    Overrides(Problems problems) {
        this.problems = problems;
    }

    /** One step of a path: a key of a mapping, or an index into a list (index >= 0 then). */
    private record Step(String key, int index, Pos pos) {
    }

    /**
     * {@code --set} argument number {@code ordinal} (1-based), {@code path=value} with the value
     * read as YAML, applied to {@code root}; {@code root} itself when the argument is reported.
     */
    Node set(Node root, String argument, int ordinal) {
        Pos start = new Pos("--set", ordinal, 1);
        int eq = argument.indexOf('=');
        if (eq <= 0) {
            problems.add(start, eq == 0 ? "(--set)" : argument, "got --set " + argument
                    + "; allowed --set path=value, such as servers.workers.size=100 or users.arrivals={rate: 330}");
            return root;
        }
        Node value = YamlTreeReader.read(argument.substring(eq + 1), start.shifted(eq + 1), argument.substring(0, eq),
                problems);
        return value == null ? root : apply(root, argument.substring(0, eq), start, value, "--set");
    }

    /**
     * {@code root} with the node at the dotted {@code path} (written at {@code pathPos}) replaced by
     * {@code value}; {@code root} itself when the path is reported. {@code origin} names the
     * override in messages ({@code --set} or {@code variant x}).
     */
    Node apply(Node root, String path, Pos pathPos, Node value, String origin) {
        List<Step> steps = steps(path, pathPos);
        if (steps == null) {
            problems.add(pathPos, path, "got a " + origin + " path " + path
                    + "; allowed keys joined by dots, with [i] for a list's item, such as servers.workers.size or request.calls[0].count");
            return root;
        }
        Node result = replace(root, "", steps, 0, value, origin);
        return result == null ? root : result;
    }

    private static List<Step> steps(String path, Pos pos) {
        if (!PATH.matcher(path).matches()) {
            return null;
        }
        List<Step> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        while (m.find()) {
            steps.add(m.group(1) != null ? new Step(m.group(1), -1, pos.shifted(m.start()))
                    : new Step(null, Integer.parseInt(m.group(2)), pos.shifted(m.start())));
        }
        return steps;
    }

    private Node replace(Node current, String prefix, List<Step> steps, int i, Node value, String origin) {
        if (i == steps.size()) {
            return value;
        }
        Step step = steps.get(i);
        if (step.key() != null && current instanceof ListNode && step.key().matches("\\d{1,9}")) {
            step = new Step(null, Integer.parseInt(step.key()), step.pos());
        }
        if (step.key() != null) {
            MapNode map;
            if (Node.isAbsent(current)) {
                map = new MapNode(step.pos(), new LinkedHashMap<>());
            } else if (current instanceof MapNode m) {
                map = m;
            } else {
                problems.add(step.pos(), At.join(prefix, step.key()), "got a " + origin + " path into "
                        + (prefix.isEmpty() ? "the top level" : prefix) + ", which is " + current.describe()
                        + "; allowed a path through mappings and lists");
                return null;
            }
            Entry old = map.entries().get(step.key());
            Node child = replace(old == null ? null : old.value(), At.join(prefix, step.key()), steps, i + 1, value, origin);
            if (child == null) {
                return null;
            }
            LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(map.entries());
            entries.put(step.key(), new Entry(old == null ? step.pos() : old.keyPos(), child));
            return new MapNode(map.pos(), entries);
        }
        String item = prefix + "[" + step.index() + "]";
        if (!(current instanceof ListNode list) || step.index() >= list.items().size()) {
            String has = current instanceof ListNode l ? "a list of " + l.items().size()
                    : Node.isAbsent(current) ? "not given" : current.describe();
            problems.add(step.pos(), item, "got a " + origin + " path to item " + step.index() + " of " + prefix
                    + ", which is " + has + "; allowed an existing item of a list");
            return null;
        }
        Node child = replace(list.items().get(step.index()), item, steps, i + 1, value, origin);
        if (child == null) {
            return null;
        }
        List<Node> items = new ArrayList<>(list.items());
        items.set(step.index(), child);
        return new ListNode(list.pos(), items);
    }
}
