package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * validate's three verdicts and their exit codes, and validation.json written with each. The
 * verdicts are forced through the limits and tolerances (a lag limit of 0, a p99 tolerance of 0,
 * --ignore-host), so that none depends on how loaded the machine is; two short rounds per variant.
 */
class ValidateVerdictTest {

    private static final String AB = Path.of("..", "scenarios", "validation", "ab-10-vs-10.yaml").toString();
    private static final String[] SHORT = {"--time-scale", "4", "-q", "--set", "users.closed.requests=20", "--in-process"};

    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    private int validate(String... args) {
        String[] all = new String[args.length + SHORT.length + 4];
        all[0] = "validate";
        all[1] = AB;
        all[2] = "--out";
        all[3] = tmp.toString();
        System.arraycopy(SHORT, 0, all, 4, SHORT.length);
        System.arraycopy(args, 0, all, 4 + SHORT.length, args.length);
        return cli.run(all);
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(tmp.resolve("validation.json").toFile());
    }

    @Test
    void aRunWhoseUsersLaggedBeyondTheLimitIsInconclusiveWithExitFourAndSaysWhy() throws IOException {
        // Any lag at all crosses a limit of 0: a user always sends some nanoseconds after it meant to.
        assertEquals(4, validate("--max-send-lag", "0"), cli.out() + cli.err());
        assertTrue(cli.out().contains("validation INCONCLUSIVE"), cli.out());
        assertTrue(cli.out().contains("threads-10: the users sent late by"), cli.out());
        JsonNode v = json();
        assertEquals("inconclusive", v.get("verdict").asText());
        boolean lagged = false;
        for (JsonNode reason : v.get("reasons")) {
            lagged |= reason.asText().startsWith("greenlets-10: the users sent late by");
        }
        assertTrue(lagged, "each variant's run says so (the host may be busy too): " + v.get("reasons"));
        assertEquals(2, v.get("conditions").size(), "a run of each variant: " + v.get("conditions"));
        assertTrue(v.get("conditions").get(0).get("sendLagP99").asDouble() > 0);
        assertTrue(Files.exists(tmp.resolve("validation.csv")));
        assertTrue(Files.exists(tmp.resolve("summary.json")), "the live run's files too");
    }

    @Test
    void aFailedComparisonExitsOneAndIsWrittenAsFailedWithThePredictionsHalfWidths() throws IOException {
        // Two rounds of 1 s sleeps take 2 s plus what loopback costs, never exactly 2 s: a tolerance of 0 fails.
        assertEquals(1, validate("--tol-elapsed", "0", "--ignore-host", "--replications", "3"),
                cli.out() + cli.err());
        assertTrue(cli.out().contains("validation FAILED"), cli.out());
        assertTrue(cli.out().contains(" ± "), "replicated predictions show their half-widths: " + cli.out());
        JsonNode v = json();
        assertEquals("failed", v.get("verdict").asText());
        assertEquals(0, v.get("reasons").size());
        assertEquals(3, v.get("replications").asInt());
        boolean elapsedFailed = false;
        for (JsonNode row : v.get("rows")) {
            assertTrue(row.has("variant") && row.has("figure") && row.has("predicted") && row.has("ci95")
                    && row.has("measured") && row.has("error") && row.has("tolerance") && row.has("pass"), row.toString());
            elapsedFailed |= row.get("figure").asText().equals("elapsed s") && !row.get("pass").asBoolean();
        }
        assertTrue(elapsedFailed, v.get("rows").toString());
    }

    @Test
    void repeatedRunsAreJudgedByTheirSpreadAndEachRunKeepsItsSummary() throws IOException {
        int code = validate("--repeat", "2", "--ignore-host", "--tol-p99", "1", "--tol-p90", "1", "--tol-p50", "1",
                "--tol-throughput", "1", "--tol-elapsed", "1");
        assertEquals(0, code, cli.out() + cli.err());
        JsonNode v = json();
        assertEquals(2, v.get("runs").asInt());
        JsonNode row = v.get("rows").get(0);
        assertTrue(row.get("spread").get("min").asDouble() <= row.get("measured").asDouble()
                && row.get("measured").asDouble() <= row.get("spread").get("max").asDouble(), row.toString());
        assertEquals(4, v.get("conditions").size(), "two runs of two variants");
        assertTrue(Files.exists(tmp.resolve("run-2").resolve("summary.json")));
        assertTrue(cli.out().contains("runs min..max"), cli.out());
    }

    @Test
    void limitsAndRepeatsOutOfRangeAreBadInput() {
        assertEquals(2, validate("--repeat", "0"));
        assertTrue(cli.err().contains("--repeat: got 0; allowed an integer >= 1"), cli.err());
        assertEquals(2, validate("--max-host-busy", "2"));
        assertTrue(cli.err().contains("--max-host-busy: got 2.0; allowed 0 to 1"), cli.err());
        assertFalse(Files.exists(tmp.resolve("validation.json")), "nothing ran");
    }

    @Test
    void theHelpDocumentsTheExitCodes() {
        assertEquals(0, cli.run("validate", "--help"));
        assertTrue(cli.out().contains("4 inconclusive"), cli.out());
        assertTrue(cli.out().contains("validation.json"), cli.out());
    }
}
