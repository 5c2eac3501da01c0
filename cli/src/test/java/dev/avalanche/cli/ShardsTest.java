package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Shards and their merge, end to end through the command line: the merge of every shard writes
 * the files the unsharded command writes, byte for byte; the shard comes from the command line or
 * from a scheduler's environment (given to the command, not set in the process).
 */
class ShardsTest {

    private static final String NORMAL = Path.of("..", "scenarios", "story-normal-times.yaml").toString();
    private static final String AB = Path.of("..", "scenarios", "ab-10-vs-10.yaml").toString();

    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    private static void assertSameBytes(Path a, Path b) throws IOException {
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), a + " and " + b + " differ");
    }

    private static List<String> with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void theMergedShardsOfAReplicatedRunWriteTheUnshardedRunsFilesByteForByte() throws IOException {
        List<String> run = List.of("run", NORMAL, "--set", "duration=2m", "--set", "warmup=10s", "--replications", "3", "-q");
        Path parts = tmp.resolve("parts");
        assertEquals(0, cli.run(with(run, "--out", tmp.resolve("whole").toString()).toArray(String[]::new)));
        for (String shard : List.of("1/2", "2/2")) {
            assertEquals(0, cli.run(with(run, "--shard", shard, "--out", parts.toString()).toArray(String[]::new)), cli.err());
        }

        assertEquals(0, cli.run("merge", parts.toString(), "--out", tmp.resolve("merged").toString(), "-q"), cli.err());

        for (String file : List.of("summary.json", "timeseries.csv", "scenario.yaml")) {
            assertSameBytes(tmp.resolve("whole").resolve(file), tmp.resolve("merged").resolve(file));
        }
        assertTrue(Files.exists(tmp.resolve("merged/report.html")));
        assertTrue(Files.readString(tmp.resolve("merged/summary.json")).contains("\"ci95\""), "replicated: half-widths");
    }

    @Test
    void theMergedShardsOfASweepOfTwoParametersWriteTheUnshardedSweepCsvByteForByte() throws IOException {
        List<String> sweep = List.of("sweep", AB, "--param", "users.closed.concurrency", "--values", "5,20",
                "--param", "users.closed.requests", "--from", "50", "--to", "100", "--step", "50", "--replications", "2", "-q");
        assertEquals(0, cli.run(with(sweep, "--out", tmp.resolve("whole").toString()).toArray(String[]::new)), cli.err());
        List<String> merge = new ArrayList<>(List.of("merge"));
        for (int i = 1; i <= 3; i++) {
            Path dir = tmp.resolve("part" + i);
            assertEquals(0, cli.run(with(sweep, "--shard", i + "/3", "--out", dir.toString()).toArray(String[]::new)), cli.err());
            merge.add(dir.toString());
        }

        assertEquals(0, cli.run(with(merge, "--out", tmp.resolve("merged").toString(), "-q").toArray(String[]::new)), cli.err());

        assertSameBytes(tmp.resolve("whole/sweep.csv"), tmp.resolve("merged/sweep.csv"));
        assertTrue(Files.exists(tmp.resolve("merged/heatmap-users.closed.concurrency-users.closed.requests.png")));
    }

    /** Runs {@code args} with {@code env} as the environment that {@code --shard-count} reads. */
    private int runWith(Map<String, String> env, StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err, true));
        for (String command : List.of("run", "sweep")) {
            ((ShardOptions) cl.getSubcommands().get(command).getMixins().get("shards")).environment = env;
        }
        return cl.execute(args);
    }

    @Test
    void aKubernetesCompletionIndexAndASlurmTaskIdChooseTheShard() {
        StringWriter err = new StringWriter();
        String[] run = {"run", AB, "--shard-count", "2", "--out", tmp.toString(), "-q"};

        assertEquals(0, runWith(Map.of("JOB_COMPLETION_INDEX", "1"), err, run), err.toString());
        assertTrue(Files.exists(tmp.resolve("shard-2-of-2.json")));
        assertEquals(0, runWith(Map.of("SLURM_ARRAY_TASK_ID", "7", "SLURM_ARRAY_TASK_MIN", "7", "SLURM_ARRAY_TASK_COUNT", "2"),
                err, run), err.toString());
        assertTrue(Files.exists(tmp.resolve("shard-1-of-2.json")));
        assertEquals(0, cli.run("merge", tmp.toString(), "--out", tmp.resolve("merged").toString(), "-q"), cli.err());
    }

    @Test
    void aMissingOrInconsistentEnvironmentIsBadInputInOneLineAndRunsNothing() {
        StringWriter err = new StringWriter();

        assertEquals(2, runWith(Map.of(), err, "sweep", AB, "--param", "users.closed.concurrency", "--values", "5",
                "--shard-count", "4", "--out", tmp.toString()));
        assertEquals(2, runWith(Map.of("SLURM_ARRAY_TASK_ID", "3", "SLURM_ARRAY_TASK_MIN", "0", "SLURM_ARRAY_TASK_COUNT", "8"), err,
                "run", AB, "--shard-count", "4", "--out", tmp.toString()));

        List<String> lines = err.toString().lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("got no JOB_COMPLETION_INDEX"), lines.get(0));
        assertTrue(lines.get(1).contains("SLURM_ARRAY_TASK_COUNT: got 8; allowed 4"), lines.get(1));
        assertFalse(Files.exists(tmp.resolve("shard-1-of-4.json")));
    }

    @Test
    void aShardOutsideItsCountOrBothShardOptionsAreBadInput() {
        assertEquals(2, cli.run("run", AB, "--shard", "3/2", "--out", tmp.toString()));
        assertEquals(2, cli.run("run", AB, "--shard", "1/2", "--shard-count", "2", "--out", tmp.toString()));

        List<String> lines = cli.err().lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("--shard: got 3/2; allowed i/n"), lines.get(0));
        assertTrue(lines.get(1).contains("--shard, --shard-count: got both"), lines.get(1));
    }

    @Test
    void aMergeOfAnIncompleteSetIsBadInputAndWritesNothing() throws IOException {
        assertEquals(0, cli.run("run", AB, "--shard", "1/3", "--out", tmp.resolve("parts").toString(), "-q"), cli.err());

        assertEquals(2, cli.run("merge", tmp.resolve("parts").toString(), "--out", tmp.resolve("merged").toString()));

        assertEquals(List.of(tmp.resolve("parts") + ":1:1: shard: got 1 of 3 shards; allowed all of them (missing 2/3, 3/3)"),
                cli.err().lines().toList());
        assertFalse(Files.exists(tmp.resolve("merged")));
    }
}
