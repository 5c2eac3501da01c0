package dev.avalanche.scenarios.internal;

import dev.avalanche.scenarios.FieldLocator;
import dev.avalanche.scenarios.Problem;
import java.util.Map;

/**
 * Finds fields in the variants' trees (the base with each variant's overrides, so that an
 * overridden field is found where its override is written). The domain's paths follow the
 * format's except for a closed loop ({@code users.arrivals.requests} is written
 * {@code users.closed.requests}) and a rate profile ({@code users.arrivals.rate} may be written
 * {@code users.arrivals.profile}).
 */
final class TreeLocator implements FieldLocator {

    private final Map<String, Node> trees;

    /** @param trees each variant's tree by name */
    TreeLocator(Map<String, Node> trees) {
        this.trees = Map.copyOf(trees);
    }

    @Override
    public Problem problem(String variant, String path, String value, String message) {
        Node root = trees.containsKey(variant) ? trees.get(variant) : trees.values().iterator().next();
        String written = written(root, path);
        At at = At.root(root);
        At deepest = at;
        for (String key : written.split("\\.")) {
            int bracket = key.indexOf('[');
            At next = deepest.child(bracket < 0 ? key : key.substring(0, bracket));
            if (next != null && bracket >= 0) {
                next = next.item(Integer.parseInt(key.substring(bracket + 1, key.indexOf(']'))));
            }
            if (next == null || Node.isAbsent(next.node())) {
                deepest = null;
                break;
            }
            deepest = next;
        }
        Pos pos = deepest == null ? nearest(at, written).pos() : deepest.pos();
        String got = deepest != null && deepest.node() instanceof Node.ScalarNode s ? s.describe() : value;
        return new Problem(pos.file(), pos.line(), pos.column(), written, "got " + got + message.replace(path, written));
    }

    /** The format's path of the domain's {@code path} in {@code root}. */
    private static String written(Node root, String path) {
        At users = At.root(root).child("users");
        if (path.startsWith("users.arrivals.") && users != null && users.child("closed") != null) {
            return "users.closed." + path.substring("users.arrivals.".length());
        }
        At arrivals = users == null ? null : users.child("arrivals");
        if (path.equals("users.arrivals.rate") && arrivals != null && arrivals.child("profile") != null) {
            return "users.arrivals.profile";
        }
        return path;
    }

    /** The nearest mapping above {@code path} that is written. */
    private static At nearest(At root, String path) {
        At found = root;
        for (String key : path.split("\\.")) {
            At next = found.child(key.replaceAll("\\[.*", ""));
            if (next == null) {
                return found;
            }
            found = next;
        }
        return found;
    }
}
