package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The nastiest inputs found so far (src/test/resources/regressions), each run through the command
 * line as a user would. Each file says in its first lines what it must get: {@code # expect:
 * refused} (exit 2, every line located), {@code usage} (exit 2, at most three lines ending with
 * the help's name) or {@code runs} (exit 0), why it is there, and its {@code # args:}.
 */
class RegressionCorpusTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "regressions");

    @TempDir
    Path tmp;

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    /** The value of the header line {@code # key: value}, or "". */
    private static String header(String name, String key) {
        try {
            String text = new String(Files.readAllBytes(CORPUS.resolve(name)), StandardCharsets.ISO_8859_1);
            return text.lines().takeWhile(l -> l.startsWith("#")).filter(l -> l.startsWith("# " + key + ": "))
                    .map(l -> l.substring(key.length() + 4).strip()).findFirst().orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachInputGetsWhatItsHeaderSays(String name) {
        String expect = header(name, "expect");
        List<String> args = new ArrayList<>(List.of("run", CORPUS.resolve(name).toString(), "--out", tmp.toString(), "-q"));
        if (!header(name, "args").isEmpty()) {
            args.addAll(Arrays.asList(header(name, "args").split(" ")));
        }
        Cli cli = new Cli();
        int code = cli.run(args.toArray(String[]::new));
        List<String> lines = cli.err().lines().filter(l -> !l.isBlank()).toList();
        assertFalse(cli.err().matches("(?s).*\\b[A-Z][A-Za-z]*(Exception|Error)\\b.*"), "no exception's name: " + cli.err());
        switch (expect) {
            case "refused" -> {
                assertEquals(2, code, cli.err());
                assertFalse(lines.isEmpty());
                lines.forEach(l -> assertTrue(BadInputTest.LOCATED.matcher(l).matches(), "located: " + l));
                assertFalse(Files.exists(tmp.resolve("summary.json")), "nothing written");
            }
            case "usage" -> {
                assertEquals(2, code, cli.err());
                assertTrue(lines.size() <= 3 && lines.getLast().startsWith("see 'avalanche run --help'"), lines.toString());
            }
            case "runs" -> {
                assertEquals(0, code, cli.err());
                assertTrue(Files.exists(tmp.resolve("summary.json")));
            }
            default -> throw new IllegalArgumentException(name + ": # expect: got " + expect + "; allowed refused, usage, runs");
        }
    }
}
