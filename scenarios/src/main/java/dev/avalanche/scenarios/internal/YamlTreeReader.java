package dev.avalanche.scenarios.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.avalanche.scenarios.internal.Node.Entry;
import dev.avalanche.scenarios.internal.Node.Kind;
import dev.avalanche.scenarios.internal.Node.ListNode;
import dev.avalanche.scenarios.internal.Node.MapNode;
import dev.avalanche.scenarios.internal.Node.ScalarNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML text into a {@link Node} tree with Jackson's streaming YAML parser, taking every
 * node's position from the token that starts it. Anchors and aliases are expanded (an alias's
 * nodes keep the anchor's positions). A syntax error, a duplicate key or a second document becomes
 * a located problem; the reader never throws for bad input.
 *
 * <p>It is bounded whatever the text: at most {@link YamlLimits#MAX_NODES} values (aliases expanded, so that
 * an alias bomb stops early), nested at most {@link YamlLimits#MAX_DEPTH} deep, each scalar and key at most
 * {@link YamlLimits#MAX_SCALAR_CHARS} characters, and the text at most {@link ScenarioText#MAX_BYTES} code
 * points; past a bound it reports where and stops reading.
 *
 * <p>One instance reads one text; not thread-safe.
 */
final class YamlTreeReader {

    /** Thrown to stop reading past a bound, once the problem is reported. */
    private static final class Bound extends RuntimeException {
        Bound() {
            super(null, null, false, false);
        }
    }

    private final JsonParser parser;
    private final Pos origin;
    private final Problems problems;
    /** The path of the node being read, for a syntax error's problem. */
    private String path = "";
    private int nodes;
    private int depth;

    private YamlTreeReader(JsonParser parser, Pos origin, String path, Problems problems) {
        this.parser = parser;
        this.origin = origin;
        this.path = path;
        this.problems = problems;
    }

    /**
     * The tree of {@code text}, whose first character is at {@code origin}; an empty document is a
     * null scalar. Null when a problem was reported.
     */
    static Node read(String text, Pos origin, Problems problems) {
        return read(text, origin, "", problems);
    }

    /** As {@link #read(String, Pos, Problems)}, for the value of the field at {@code path} (a {@code --set}'s). */
    static Node read(String text, Pos origin, String path, Problems problems) {
        if (!YamlLimits.fits(text, origin, problems)) {
            return null;
        }
        try (JsonParser p = YamlLimits.FACTORY.createParser(text)) {
            YamlTreeReader reader = new YamlTreeReader(p, origin, path, problems);
            try {
                return reader.document();
            } catch (Bound e) {
                return null;
            } catch (StreamConstraintsException e) {
                JsonLocation l = e.getLocation();
                problems.add(l == null ? origin : reader.pos(l), reader.shownPath(), "got more anchors, aliases or"
                        + " merges than a scenario holds; allowed at most " + YamlLimits.MAX_NODES + " values with aliases expanded");
            } catch (JacksonException e) {
                // Jackson 2 wraps SnakeYAML's exception, whose marks are exact (its own wrapper is deprecated).
                if (e.getCause() instanceof MarkedYAMLException marked) {
                    reader.syntax(marked);
                    return null;
                }
                if (e.getCause() instanceof ReaderException r) {
                    reader.unprintable(text, r);
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
        if (++nodes > YamlLimits.MAX_NODES) {
            stop(pos, "got more than " + YamlLimits.MAX_NODES + " values (aliases expanded); allowed at most " + YamlLimits.MAX_NODES);
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            if (depth == YamlLimits.MAX_DEPTH) {
                stop(pos, "got values nested more than " + YamlLimits.MAX_DEPTH + " deep; allowed at most " + YamlLimits.MAX_DEPTH + " levels");
            }
        } else if (token.isScalarValue()) {
            String text = parser.getText();
            boolean numeric = token.isNumeric() || text != null && YamlLimits.DIGITS.matcher(text).matches();
            checkLength(pos, text, numeric ? YamlLimits.MAX_NUMBER_CHARS : YamlLimits.MAX_SCALAR_CHARS, numeric ? "a number" : "a value");
        }
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

    private void checkLength(Pos pos, String text, int max, String what) {
        if (text != null && text.length() > max) {
            stop(pos, "got " + what + " of " + text.length() + " characters; allowed at most " + max);
        }
    }

    /** Reports {@code message} at {@code pos} and stops reading. */
    private void stop(Pos pos, String message) {
        problems.add(pos, shownPath(), message);
        throw new Bound();
    }

    private Node mapping(Pos pos) throws IOException {
        String parent = path;
        LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
        depth++;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            Pos keyPos = pos(parser.currentTokenLocation());
            checkLength(keyPos, key, YamlLimits.MAX_SCALAR_CHARS, "a key");
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
        depth--;
        return new MapNode(pos, entries);
    }

    private Node list(Pos pos) throws IOException {
        String parent = path;
        List<Node> items = new ArrayList<>();
        depth++;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            path = parent + "[" + items.size() + "]";
            items.add(node(t));
        }
        depth--;
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

    /** A character YAML does not allow (a control character), at its line and column. */
    private void unprintable(String text, ReaderException e) {
        int index = text.offsetByCodePoints(0, Math.min(Math.max(0, e.getPosition()), text.codePointCount(0, text.length())));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        problems.add(pos(line, text.codePointCount(lineStart, index) + 1), shownPath(), String.format(Locale.ROOT,
                "got the control character U+%04X; allowed printable text (tabs and line breaks included)", e.getCodePoint()));
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
