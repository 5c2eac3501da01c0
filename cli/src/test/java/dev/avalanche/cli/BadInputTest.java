package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What bad input gets, before any run: exit 2 with one located line per problem, or for a usage
 * error at most three lines ending with where the help is; never an exception's name.
 */
class BadInputTest {

    /** file:line:col: path: got X; allowed Y (scenarios/Problem.java). */
    static final Pattern LOCATED = Pattern.compile("^[^\\s:][^:]*:\\d+:\\d+: \\S.*?: got .*; allowed .+$");
    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b[A-Z][A-Za-z]*(Exception|Error)\\b");
    private static final Path CAPACITY = Path.of("..", "scenarios", "story-capacity-limit.yaml");
    private static final Path AB = Path.of("..", "scenarios", "ab-10-vs-10.yaml");

    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    private List<String> errLines() {
        return cli.err().lines().filter(l -> !l.isBlank()).toList();
    }

    private void assertUsageError(String... args) {
        cli.err.getBuffer().setLength(0);
        assertEquals(2, cli.run(args), cli.err());
        List<String> lines = errLines();
        assertTrue(lines.size() <= 3, "at most three lines: " + lines);
        assertTrue(lines.getLast().matches("see 'avalanche \\w+ --help'"), lines.toString());
        assertFalse(EXCEPTION_NAME.matcher(cli.err()).find(), cli.err());
    }

    private void assertLocated(int exit, String... args) {
        assertEquals(exit, cli.run(args), cli.err());
        List<String> lines = errLines();
        assertFalse(lines.isEmpty());
        lines.forEach(l -> assertTrue(LOCATED.matcher(l).matches(), "located: " + l));
        assertFalse(EXCEPTION_NAME.matcher(cli.err()).find(), cli.err());
    }

    @Test
    void anUnknownOptionIsOneLineWithASuggestionAndTheHint() {
        assertUsageError("run", AB.toString(), "--replicatons", "3");
        assertTrue(cli.err().contains("--replications"), "suggests the close option: " + cli.err());
        assertFalse(cli.err().contains("Usage:"), "not the whole usage text: " + cli.err());
    }

    @Test
    void aValueOfTheWrongTypeIsAUsageError() {
        assertUsageError("run", AB.toString(), "--seed", "abc");
        assertTrue(cli.err().contains("abc"), cli.err());
    }

    @Test
    void replicationsBelowOneAreAUsageError() {
        assertUsageError("run", AB.toString(), "--replications", "0");
    }

    @Test
    void aDurationOptionWithoutAUnitIsRefusedWithTheHintToAddOne() {
        assertUsageError("capacity", "--rate", "300", "--latency", "2");
        assertTrue(cli.err().contains("add a unit (2s, 2ms)"), cli.err());
        assertEquals(0, new Cli().run("capacity", "--rate", "300", "--latency", "2s"));
    }

    @Test
    void aPoolTooLargeToSizeInSecondsIsAUsageError() {
        assertUsageError("capacity", "--rate", "300", "--latency", "2s", "--workers", "2147483647");
        assertTrue(cli.err().contains("allowed an integer from 1 to 10000000"), cli.err());
        assertUsageError("capacity", "--rate", "1e308", "--latency", "2s");
        assertUsageError("capacity", "--rate", "300", "--latency", "2s", "--target-wait-probability", "0");
    }

    @Test
    void aTargetThatIsNotAUrlSaysWhatIsWrongWithIt() {
        assertUsageError("live", AB.toString(), "--target", "http://127.0.0.1:80 00/view");
        assertTrue(cli.err().contains("at character"), cli.err());
    }

    @Test
    void anOutputFolderThatIsAFileIsRefusedBeforeTheRun() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertUsageError("run", AB.toString(), "--out", file.toString());
        assertTrue(cli.err().contains("a file, not a folder"), cli.err());
    }

    @Test
    void anOutputFolderUnderProcIsRefusedBeforeTheRun() {
        assertUsageError("run", AB.toString(), "--out", "/proc/avalanche-out");
        assertUsageError("sweep", AB.toString(), "--param", "servers.backlog", "--values", "1,2", "--out", "/sys/x");
    }

    @Test
    void anOutputFolderInsideAFileCannotBeWrittenAndIsRefusedBeforeTheRun() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertUsageError("run", AB.toString(), "--out", file.resolve("sub").toString());
        assertTrue(cli.err().contains("cannot be written"), cli.err());
    }

    @Test
    void aMissingScenarioFileIsOneLocatedLine() {
        assertLocated(2, "run", tmp.resolve("missing.yaml").toString());
        assertTrue(cli.err().contains("got no such file"), cli.err());
    }

    @Test
    void aFileThatIsNotUtf8IsLocatedAtItsFirstBadByte() throws IOException {
        Path bad = tmp.resolve("latin1.yaml");
        Files.write(bad, "name: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertLocated(2, "run", bad.toString());
        assertEquals(bad + ":1:10: (file): got bytes that are not UTF-8 at byte 9 (0xE9);"
                + " allowed a readable UTF-8 YAML file of at most 1048576 bytes (1 MiB)", errLines().getFirst());
    }

    @Test
    void anIntervalOfOneNanosecondIsRefusedWithTheEstimateEvenWithForce() {
        assertLocated(2, "run", CAPACITY.toString(), "--set", "interval=1ns", "--force", "--out", tmp.toString());
        String first = errLines().getFirst();
        assertTrue(first.startsWith("--set:1:10: interval: got 1ns (about 7.2e+11 time-series rows"), first);
        assertTrue(first.contains("a longer interval"), first);
    }

    @Test
    void aLiveRunWithATimeSeriesOfBillionsOfRowsIsRefusedBeforeItStarts() {
        assertLocated(2, "live", AB.toString(), "--set", "interval=1ns", "--out", tmp.toString());
        assertTrue(errLines().getFirst().startsWith("--set:1:10: interval: got 1ns (about 7.2e+11 time-series rows"), cli.err());
    }

    @Test
    void aHugeRateIsRefusedAtTheRateWithTheEstimate() {
        assertLocated(2, "run", CAPACITY.toString(), "--set", "users.arrivals.rate=1e30", "--out", tmp.toString());
        assertTrue(errLines().getFirst().contains("users.arrivals.rate: got 1e30 (up to"), cli.err());
    }

    @Test
    void aLargeRunAsksForForce() {
        assertLocated(2, "run", CAPACITY.toString(), "--set", "interval=1ms", "--out", tmp.toString());
        assertTrue(errLines().getFirst().contains("or add --force"), cli.err());
        assertFalse(Files.exists(tmp.resolve("summary.json")), "nothing was run");
    }

    @Test
    void aClosedLoopThatEndsInsideItsWarmUpIsRefusedAtTheWarmUp() {
        assertLocated(2, "run", AB.toString(), "--set", "warmup=9m", "--out", tmp.toString());
        assertTrue(errLines().getFirst().startsWith("--set:1:8: warmup: got 9m (every request was sent before it ended"),
                cli.err());
        assertFalse(Files.exists(tmp.resolve("summary.json")), "no all-zero summary");
    }
}
