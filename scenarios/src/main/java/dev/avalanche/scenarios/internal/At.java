package dev.avalanche.scenarios.internal;

import dev.avalanche.scenarios.internal.Node.ListNode;
import dev.avalanche.scenarios.internal.Node.MapNode;

/**
 * A node and its dotted path from the root ({@code request.calls[0].service}); the root's path is
 * empty. Problems are reported against an {@code At}.
 */
record At(String path, Node node) {

    static At root(Node node) {
        return new At("", node);
    }

    /** The path of {@code key} under {@code path}; an empty key is shown as {@code ""}, so that a path is never empty. */
    static String join(String path, String key) {
        String k = key.isEmpty() ? "\"\"" : key;
        return path.isEmpty() ? k : path + "." + k;
    }

    /** The path as shown to a user: the root is {@code (root)}. */
    String shown() {
        return path.isEmpty() ? "(root)" : path;
    }

    Pos pos() {
        return node.pos();
    }

    /** The value of {@code key} when this is a mapping that has it, else null. */
    At child(String key) {
        if (node instanceof MapNode m && m.get(key) != null) {
            return new At(join(path, key), m.get(key));
        }
        return null;
    }

    /** Item {@code i} when this is a list that long, else null. */
    At item(int i) {
        if (node instanceof ListNode l && i >= 0 && i < l.items().size()) {
            return new At(path + "[" + i + "]", l.items().get(i));
        }
        return null;
    }
}
