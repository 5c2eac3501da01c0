package dev.avalanche.scenarios.internal;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLAnchorReplayingFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The bounds of what {@link YamlTreeReader} reads, chosen from what a scenario can mean, and the
 * YAML parser configured so that its own limits lie beyond them. Stateless.
 */
final class YamlLimits {

    /** A scenario has about a hundred values; a profile recorded per second for an hour, some ten thousand. */
    static final int MAX_NODES = 100_000;
    /** A scenario nests about eight deep (variants.x.services.y.latency.of[0].mean). */
    static final int MAX_DEPTH = 32;
    /** A description of a few paragraphs; nothing in a scenario needs more. */
    static final int MAX_SCALAR_CHARS = 10_000;
    /** Digits and signs of a number: more is no quantity a scenario can mean. */
    static final int MAX_NUMBER_CHARS = 100;
    /**
     * Checked before parsing: SnakeYAML takes seconds to scan a plain scalar of a megabyte, and a
     * line this long holds at least one scalar or key past {@link #MAX_SCALAR_CHARS} anyway.
     */
    static final int MAX_LINE_CHARS = 2 * MAX_SCALAR_CHARS;

    /** A scalar that reads as a number (YAML resolves a very long one as text). */
    static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("[-+]?[0-9][0-9_.eE+-]*");

    /** Thread-safe once built; SnakeYAML's own limits set above ours, so that ours speak first. */
    static final YAMLFactory FACTORY = factory();

    private YamlLimits() {
    }

    /**
     * Whether {@code text} is short enough to parse: at most {@link ScenarioText#MAX_BYTES}
     * characters in lines of at most {@link #MAX_LINE_CHARS}; otherwise the first excess is reported.
     */
    static boolean fits(String text, Pos origin, Problems problems) {
        if (text.length() > ScenarioText.MAX_BYTES) {
            problems.add(origin, "(root)", "got a text of " + text.length() + " characters; allowed at most "
                    + ScenarioText.MAX_BYTES);
            return false;
        }
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE_CHARS) {
                    Pos at = line == 1 ? origin.shifted(MAX_LINE_CHARS) : new Pos(origin.file(), origin.line() + line - 1,
                            MAX_LINE_CHARS + 1);
                    problems.add(at, "(file)", "got a line of " + (i - start) + " characters; allowed lines of at most "
                            + MAX_LINE_CHARS + " characters");
                    return false;
                }
                line++;
                start = i + 1;
            }
        }
        return true;
    }

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(ScenarioText.MAX_BYTES + 1);
        options.setNestingDepthLimit(4 * MAX_DEPTH);
        options.setAllowDuplicateKeys(true); // reported by this reader, located
        StreamReadConstraints constraints = StreamReadConstraints.builder().maxNestingDepth(4 * MAX_DEPTH)
                .maxNumberLength(ScenarioText.MAX_BYTES + 1).maxStringLength(ScenarioText.MAX_BYTES + 1).build();
        YAMLFactory base = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
        return new YAMLAnchorReplayingFactory(base, null);
    }
}
