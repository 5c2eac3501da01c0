package dev.avalanche.scenarios.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLAnchorReplayingFactory;
import dev.avalanche.scenarios.internal.Node.Entry;
import dev.avalanche.scenarios.internal.Node.Kind;
import dev.avalanche.scenarios.internal.Node.ListNode;
import dev.avalanche.scenarios.internal.Node.MapNode;
import dev.avalanche.scenarios.internal.Node.ScalarNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a {@link Node} tree with Jackson's streaming YAML parser, taking every
 * node's position from the token that starts it. Anchors and aliases are expanded (an alias's
 * nodes keep the anchor's positions). A syntax error, a duplicate key or a second document becomes
 * a located problem; the reader never throws for bad input.
 *
 * <p>One instance reads one text; not thread-safe.
 */
final class YamlTreeReader {

    private final JsonParser parser;
    private final Pos origin;
    private final Problems problems;
    /** The path of the node being read, for a syntax error's problem. */
    private String path = "";

    private YamlTreeReader(JsonParser parser, Pos origin, Problems problems) {
        this.parser = parser;
        this.origin = origin;
        this.problems = problems;
    }

    /**
     * The tree of {@code text}, whose first character is at {@code origin}; an empty document is a
     * null scalar. Null when a problem was reported.
     */
    static Node read(String text, Pos origin, Problems problems) {
        try (JsonParser p = new YAMLAnchorReplayingFactory().createParser(text)) {
            YamlTreeReader reader = new YamlTreeReader(p, origin, problems);
            try {
                return reader.document();
            } catch (JacksonException e) {
                // Jackson 2 wraps SnakeYAML's exception, whose marks are exact (its own wrapper is deprecated).
                if (e.getCause() instanceof MarkedYAMLException marked) {
                    reader.syntax(marked);
                    return null;
                }
                JsonLocation l = e.getLocation();
                Pos at = l == null ? origin : reader.pos(l);
                problems.add(at, reader.shownPath(), "got unreadable YAML (" + e.getOriginalMessage() + "); allowed well-formed YAML");
            }
        } catch (IOException e) {
            problems.add(origin, "(root)", "got unreadable text (" + e.getMessage() + "); allowed YAML text");
        }
        return null;
    }

    private Node document() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return new ScalarNode(origin, Kind.NULL, "", null);
        }
        int before = problems.count();
        Node root = node(first);
        if (parser.nextToken() != null) {
            problems.add(pos(parser.currentTokenLocation()), "(root)",
                    "got a second YAML document; allowed one document per scenario file");
        }
        return problems.count() > before ? null : root;
    }

    private Node node(JsonToken token) throws IOException {
        Pos pos = pos(parser.currentTokenLocation());
        return switch (token) {
            case START_OBJECT -> mapping(pos);
            case START_ARRAY -> list(pos);
            case VALUE_STRING -> new ScalarNode(pos, Kind.STRING, parser.getText(), null);
            case VALUE_NUMBER_INT -> new ScalarNode(pos, Kind.INT, parser.getText(), parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> new ScalarNode(pos, Kind.FLOAT, parser.getText(), decimal());
            case VALUE_TRUE, VALUE_FALSE -> new ScalarNode(pos, Kind.BOOL, parser.getText(), null);
            case VALUE_NULL -> new ScalarNode(pos, Kind.NULL, parser.getText(), null);
            default -> new ScalarNode(pos, Kind.STRING, String.valueOf(parser.getText()), null);
        };
    }

    /** A finite float exactly as written, else the infinity or NaN as a double. */
    private Number decimal() throws IOException {
        double d = parser.getDoubleValue();
        return Double.isFinite(d) ? (Number) parser.getDecimalValue() : (Number) d;
    }

    private Node mapping(Pos pos) throws IOException {
        String parent = path;
        LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            Pos keyPos = pos(parser.currentTokenLocation());
            path = At.join(parent, key);
            Node value = node(parser.nextToken());
            Entry previous = entries.put(key, new Entry(keyPos, value));
            if (previous != null) {
                problems.add(keyPos, path, "got a second \"" + key + "\" key (the first is at line "
                        + previous.keyPos().line() + ", column " + previous.keyPos().column()
                        + "); allowed each key once per mapping");
            }
        }
        path = parent;
        return new MapNode(pos, entries);
    }

    private Node list(Pos pos) throws IOException {
        String parent = path;
        List<Node> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            path = parent + "[" + items.size() + "]";
            items.add(node(t));
        }
        path = parent;
        return new ListNode(pos, items);
    }

    private void syntax(MarkedYAMLException e) {
        var mark = e.getProblemMark();
        Pos at = mark == null ? origin : pos(mark.getLine() + 1, mark.getColumn() + 1);
        String context = e.getContext() == null ? "" : " " + e.getContext();
        if (e.getContextMark() != null) {
            context += " started at line " + pos(e.getContextMark().getLine() + 1, 1).line()
                    + ", column " + pos(e.getContextMark().getLine() + 1, e.getContextMark().getColumn() + 1).column();
        }
        String problem = String.valueOf(e.getProblem()).replace("'\\t(TAB)'", "a tab").replace("\\t(TAB)", "a tab").replace("\n", " ");
        problems.add(at, shownPath(), "got a YAML syntax error: " + problem + (context.isEmpty() ? "" : "," + context)
                + "; allowed well-formed YAML (indent with spaces; close every [ and {)");
    }

    private String shownPath() {
        return path.isEmpty() ? "(root)" : path;
    }

    private Pos pos(JsonLocation l) {
        return pos(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    /** The position of 1-based {@code line}, {@code column} of the text, relative to its origin. */
    private Pos pos(int line, int column) {
        return line == 1
                ? new Pos(origin.file(), origin.line(), origin.column() + column - 1)
                : new Pos(origin.file(), origin.line() + line - 1, column);
    }
}
