package dev.avalanche.scenarios.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.regex.Pattern;

/**
 * An immutable YAML tree in which every node knows its position. Jackson's {@code JsonNode} has no
 * locations, and keying a side table by node identity breaks on the instances Jackson shares
 * (small integers, booleans, null), so the reader builds this tree from the parser's tokens.
 */
sealed interface Node {

    Pos pos();

    /** What the node is, for "got X" in messages: the text of a scalar, "a mapping", "a list". */
    String describe();

    /** A mapping, its keys in document order; each entry keeps the position of its key. */
    record MapNode(Pos pos, SequencedMap<String, Entry> entries) implements Node {
        public MapNode {
            entries = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(entries));
        }

        /** The value of {@code key}, or null when the key is absent. */
        public Node get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A key's position and its value. */
    record Entry(Pos keyPos, Node value) {
    }

    record ListNode(Pos pos, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** The kind of a scalar, as YAML's core schema resolves it. */
    enum Kind {
        STRING, INT, FLOAT, BOOL, NULL
    }

    /**
     * A scalar and its text as written.
     *
     * @param number for INT a {@link BigInteger}; for FLOAT a {@link BigDecimal}, or a {@link Double}
     *     when infinite or NaN; otherwise null
     */
    record ScalarNode(Pos pos, Kind kind, String text, Number number) implements Node {

        /** Text that would read as a number or a boolean were it not quoted: shown with its quotes. */
        private static final Pattern LOOKS_TYPED = Pattern.compile(
                "[-+]?(?:\\d[\\d_]*(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?|true|false|null|~|\\s.*|.*\\s");

        public boolean isNull() {
            return kind == Kind.NULL;
        }

        /** Longer texts are shown by their start and length, so that a problem stays one readable line. */
        private static final int SHOWN_CHARS = 60;

        @Override
        public String describe() {
            String shown = text.length() <= SHOWN_CHARS ? text
                    : text.substring(0, SHOWN_CHARS - 20) + "... (" + text.length() + " characters)";
            return switch (kind) {
                case NULL -> "nothing";
                case STRING -> text.isEmpty() ? "an empty string"
                        : LOOKS_TYPED.matcher(text).matches() ? "\"" + shown + "\" (quoted, so text)" : shown;
                default -> shown;
            };
        }
    }

    /** Whether {@code node} is absent or an explicit YAML null (both mean "not given"). */
    static boolean isAbsent(Node node) {
        return node == null || node instanceof ScalarNode s && s.isNull();
    }
}
