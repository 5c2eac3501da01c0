package dev.avalanche.scenarios;

import static dev.avalanche.scenarios.Fixtures.MINIMAL;
import static dev.avalanche.scenarios.Fixtures.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader is bounded whatever it is given: sizes, lengths, depths and encodings beyond what a
 * scenario can mean are one located problem each, found without reading the whole of a huge input.
 */
class ReaderBoundsTest {

    private static final String FILE_ALLOWED = "; allowed a readable UTF-8 YAML file of at most 1048576 bytes (1 MiB)";

    @TempDir
    Path tmp;

    private List<String> fileProblems(Path file) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of()));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aFileOfMoreThanAMegabyteIsRefusedUnread() throws IOException {
        Path big = tmp.resolve("big.yaml");
        Files.writeString(big, "name: \"" + "x".repeat(50 * 1024 * 1024) + "\"\n");
        assertEquals(List.of(big + ":1:1: (file): got a file of more than 1048576 bytes" + FILE_ALLOWED), fileProblems(big));
    }

    @Test
    void aFolderIsNotAScenarioFile() {
        assertEquals(List.of(tmp + ":1:1: (file): got a folder" + FILE_ALLOWED), fileProblems(tmp));
    }

    @Test
    void bytesThatAreNotUtf8AreLocatedAtTheFirstOne() throws IOException {
        Path latin = tmp.resolve("latin.yaml");
        Files.write(latin, "name: ok\ndescription: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(latin + ":2:17: (file): got bytes that are not UTF-8 at byte 25 (0xE9)" + FILE_ALLOWED),
                fileProblems(latin));
    }

    @Test
    void utf16IsNamedByItsByteOrderMark() throws IOException {
        Path utf16 = tmp.resolve("utf16.yaml");
        Files.writeString(utf16, MINIMAL, StandardCharsets.UTF_16);
        assertEquals(List.of(utf16 + ":1:1: (file): got UTF-16 text (its byte order mark)" + FILE_ALLOWED),
                fileProblems(utf16));
    }

    @Test
    void aUtf8ByteOrderMarkIsDropped() throws IOException, ScenarioException {
        Path bom = tmp.resolve("bom.yaml");
        Files.write(bom, ("\uFEFF" + MINIMAL).getBytes(StandardCharsets.UTF_8));
        assertEquals("minimal", ScenarioLoader.load(bom, List.of()).name());
    }

    @Test
    void aLineLongerThanAnyScalarIsRefusedBeforeParsing() {
        assertEquals(List.of("s.yaml:3:20001: (file): got a line of 1000013 characters; allowed lines of at most 20000"
                + " characters"), problems(MINIMAL.replace("duration: 30m\n", "duration: 30m\ndescription: "
                        + "y".repeat(1_000_000) + "\n")));
    }

    @Test
    void aLongScalarIsRefusedAtItsStart() {
        String folded = "description: >\n" + ("  " + "z".repeat(70) + "\n").repeat(200);
        assertEquals(List.of("s.yaml:2:14: description: got a value of 14200 characters; allowed at most 10000"),
                problems(MINIMAL.replace("duration: 30m\n", folded + "duration: 30m\n")));
    }

    @Test
    void valuesNestedDeeperThanAnyScenarioAreRefusedAtTheFirstTooDeep() {
        String deep = "seed: " + "[\n".repeat(100) + "1" + "]\n".repeat(100);
        List<String> found = problems(MINIMAL.replace("name: minimal\n", "name: minimal\n" + deep));
        assertEquals(1, found.size(), found.toString());
        assertEquals("got values nested more than 32 deep; allowed at most 32 levels",
                found.getFirst().substring(found.getFirst().indexOf("got ")));
    }

    @Test
    void aControlCharacterIsLocatedAndNamed() {
        assertEquals(List.of("s.yaml:2:5: (root): got the control character U+0007; allowed printable text (tabs and line"
                + " breaks included)"), problems(MINIMAL.replace("duration: 30m", "dura\u0007tion: 30m")));
    }

    @Test
    void aNumberOfThousandsOfDigitsIsRefusedUnparsed() {
        String seed = "seed: " + "9".repeat(5000) + "\n";
        assertEquals(List.of("s.yaml:2:7: seed: got a number of 5000 characters; allowed at most 100"),
                problems(MINIMAL.replace("duration: 30m\n", seed + "duration: 30m\n")));
    }

    @Test
    void aSetValueIsBoundedLikeTheFile() {
        assertEquals(List.of("--set:1:6: seed: got a number of 200 characters; allowed at most 100"),
                problems(MINIMAL, "seed=" + "7".repeat(200)));
    }
}
