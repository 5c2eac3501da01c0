package dev.avalanche.scenarios;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.Variant;
import dev.avalanche.models.preflight.Estimate;
import dev.avalanche.models.preflight.Limits;
import dev.avalanche.models.result.RequestCounts;
import dev.avalanche.models.sim.AvalancheRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random mutations of the bundled scenarios (lines deleted, duplicated, swapped, re-indented,
 * garbled; values replaced by extremes, wrong types, huge and negative numbers, unicode, deep
 * nesting) are answered with located problems, or load, pass a tight preflight and run to an end
 * that the preflight's estimate bounds, keeping every request accounted for. Nothing else: no
 * other exception. Each try is a test named by its seed; {@code -Dproperties.tries=1000} tries more.
 */
class MutatedScenariosTest {

    private static final int TRIES = Integer.getInteger("properties.tries", 120);
    /** What a test may run: a quarter of a second of simulation, 20,000 rows. */
    private static final Limits TIGHT = new Limits(0.25, 1e11, 20_000, 20_000_000, 256L << 20, 1);
    static final Pattern LOCATED = Pattern.compile("^[^\\s:][^:]*:\\d+:\\d+: \\S.*?: got .*; allowed .+$");
    private static final Pattern VALUE = Pattern.compile(
            "(?<key>[A-Za-z_][\\w.\\-\\[\\]]*):[ \\t]+(?<value>[^,{}\\[\\]\\n#>|]+?)(?=[ \\t]*(?:[,}\\]]|$|#))", Pattern.MULTILINE);
    private static final List<String> EXTREMES = List.of("0", "-1", "1e30", "1e9", "-1e9", "1e-30", "1e308", ".inf", "-.inf",
            ".nan", "9223372036854775808", "99999999999999999999999999", "0x7fffffff", "1_000", "''", "null", "~", "true",
            "abc", "日本語", "\"😀\"", "\"\\u0000\"", "1ns", "0s", "87600h", "100001h", "-5s", "200", "1.5", "[1, 2]", "{a: 1}",
            "[]", "{}", "&a x", "*a", "!!binary aGVsbG8=", "5m30", "1h1h", "1µs", "1e99999999", "1" + "0".repeat(500),
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "2147483648", "100000000",
            "{dist: pareto, scale: 1ms, shape: 0.01}", "{dist: exponential, mean: 1000000h}", "unbounded");

    static List<String> sources() {
        List<String> texts = new ArrayList<>();
        for (Path dir : List.of(Path.of("."), Path.of("validation"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(f -> {
                    try {
                        texts.add(Files.readString(f));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    /** One to three mutations of a bundled scenario, chosen by {@code seed}. */
    static String mutated(long seed, List<String> sources) {
        SplittableRandom rng = new SplittableRandom(seed);
        String text = sources.get(rng.nextInt(sources.size()));
        for (int k = 0, n = 1 + rng.nextInt(3); k < n; k++) {
            text = switch (rng.nextInt(10)) {
                case 0, 1, 2, 3, 4 -> replaceValue(rng, text);
                case 5 -> lines(rng, text, "delete");
                case 6 -> lines(rng, text, "duplicate");
                case 7 -> lines(rng, text, "indent");
                case 8 -> lines(rng, text, "garble");
                default -> text.substring(0, rng.nextInt(text.length()));
            };
        }
        return text;
    }

    private static String replaceValue(SplittableRandom rng, String text) {
        List<int[]> spots = new ArrayList<>();
        Matcher m = VALUE.matcher(text);
        while (m.find()) {
            spots.add(new int[] {m.start("value"), m.end("value")});
        }
        if (spots.isEmpty()) {
            return text;
        }
        int[] spot = spots.get(rng.nextInt(spots.size()));
        return text.substring(0, spot[0]) + EXTREMES.get(rng.nextInt(EXTREMES.size())) + text.substring(spot[1]);
    }

    private static String lines(SplittableRandom rng, String text, String how) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int i = rng.nextInt(lines.size());
        switch (how) {
            case "delete" -> lines.remove(i);
            case "duplicate" -> lines.add(i, lines.get(i));
            case "indent" -> lines.set(i, (rng.nextBoolean() ? "  " : "\t") + lines.get(i));
            default -> {
                String junk = List.of("{", "]", ": :", "- -", "&x", "*y", "? ", "'", "\"", "|", "@", "%YAML").get(rng.nextInt(12));
                int at = rng.nextInt(lines.get(i).length() + 1);
                lines.set(i, lines.get(i).substring(0, at) + junk + lines.get(i).substring(at));
            }
        }
        return String.join("\n", lines);
    }

    @TestFactory
    Stream<DynamicTest> aMutatedScenarioIsLocatedProblemsOrABoundedRunThatAccountsForEveryRequest() {
        List<String> sources = sources();
        return LongStream.rangeClosed(1, TRIES).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            String text = mutated(seed, sources);
            Scenario s;
            try {
                s = ScenarioLoader.loadString(text, "m.yaml", List.of());
            } catch (ScenarioException e) {
                assertLocated(e.problems(), text);
                return;
            }
            List<Problem> refused = Preflights.beforeRun(List.of(s), 1, 1, TIGHT, false);
            if (!refused.isEmpty()) {
                assertLocated(refused, text);
                return;
            }
            for (Variant v : s.variants()) {
                AvalancheRun run = new AvalancheRun(v.config(), new RandomStreams(s.seed()));
                RequestCounts n = run.run(v.name()).requests();
                assertTrue(n.conserved(), v.name() + ": " + n);
                assertTrue(run.serverAudit().conserved(), v.name() + ": " + run.serverAudit());
                assertTrue(run.eventsFired() <= Estimate.of(v.config()).events(), "bounded by the preflight's estimate");
            }
        }));
    }

    private static void assertLocated(List<Problem> problems, String text) {
        assertFalse(problems.isEmpty());
        long lines = text.lines().count() + 1;
        for (Problem p : problems) {
            String line = p.toString();
            assertTrue(LOCATED.matcher(line).matches(), "one located line: " + line);
            assertFalse(line.contains("\n"), line);
            assertTrue(!p.file().equals("m.yaml") || p.line() <= lines, "within the file's " + lines + " lines: " + line);
            assertTrue(line.length() < 1000, "short enough to read: " + line.length() + " characters");
            assertFalse(line.matches(".*\\b[A-Z][A-Za-z]*(Exception|Error)\\b.*"), "no exception's name: " + line);
        }
    }
}
