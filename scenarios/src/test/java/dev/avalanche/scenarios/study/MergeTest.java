package dev.avalanche.scenarios.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.shard.Shard;
import dev.avalanche.scenarios.ScenarioException;
import dev.avalanche.scenarios.output.SummaryJson;
import dev.avalanche.scenarios.output.SweepCsv;
import dev.avalanche.scenarios.output.TimeseriesCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeTest {

    private static final String VERSION = "test";

    @TempDir
    static Path tmp;

    /** story-normal-times, shortened, three replications: the run every merge test shards. */
    private static Study run;

    @BeforeAll
    static void study() throws ScenarioException {
        run = Study.run(Path.of("story-normal-times.yaml"), List.of("duration=2m", "warmup=10s"), null, 3);
    }

    private static Path shards(Study study, int n, String name) throws ScenarioException, IOException {
        Path dir = tmp.resolve(name);
        Plan plan = study.plan();
        for (int i = 1; i <= n; i++) {
            ShardPart.run(plan, new Shard(i, n), 1, StudyTest.QUIET, VERSION, dir);
        }
        return dir;
    }

    private static String problems(List<Path> dirs) {
        return assertThrows(ScenarioException.class, () -> Merge.merge(dirs, VERSION)).getMessage();
    }

    @Test
    void aRunsShardsMergeIntoTheSummaryAndTimeSeriesOfTheUnshardedRun() throws Exception {
        RunResult whole = run.plan().simulate(2, StudyTest.QUIET).getFirst();

        Merge.Merged merged = Merge.merge(List.of(shards(run, 2, "run")), VERSION);

        RunResult joined = merged.results().getFirst();
        assertEquals(whole, joined);
        assertEquals(SummaryJson.toJson(whole).toPrettyString(), SummaryJson.toJson(joined).toPrettyString());
        Path a = Files.createDirectories(tmp.resolve("whole-out"));
        Path b = Files.createDirectories(tmp.resolve("merged-out"));
        assertEquals(Files.readString(TimeseriesCsv.write(whole, a)), Files.readString(TimeseriesCsv.write(joined, b)));
    }

    @Test
    void aSweepsShardsMergeIntoTheUnshardedSweepCsvWhenThereAreMoreShardsThanJobs() throws Exception {
        Study sweep = Study.run(Path.of("ab-10-vs-10.yaml"), List.of(), null, 1)
                .sweep(List.of("users.closed.concurrency"), List.of(List.of("5"), List.of("20")));
        Plan plan = sweep.plan();
        String whole = SweepCsv.toCsv(plan.sweep(plan.simulate(2, StudyTest.QUIET)));

        Merge.Merged merged = Merge.merge(List.of(shards(sweep, 5, "sweep")), VERSION);

        assertEquals(whole, SweepCsv.toCsv(merged.plan().sweep(merged.results())));
        assertEquals(5, merged.shards());
    }

    @Test
    void aMissingShardIsNamed() throws Exception {
        Path dir = shards(run, 3, "missing");
        Files.delete(dir.resolve("shard-2-of-3.json"));

        assertEquals(dir + ":1:1: shard: got 2 of 3 shards; allowed all of them (missing 2/3)", problems(List.of(dir)));
    }

    @Test
    void aShardGivenTwiceIsNamedWithBothFiles() throws Exception {
        Path dir = shards(run, 2, "twice");
        Path copy = Files.createDirectories(tmp.resolve("twice-copy"));
        Files.copy(dir.resolve("shard-1-of-2.json"), copy.resolve("shard-1-of-2.json"));

        assertEquals(copy.resolve("shard-1-of-2.json") + ":1:1: shard: got 1/2 again (also " + dir.resolve("shard-1-of-2.json")
                + "); allowed each shard once", problems(List.of(dir, copy)));
    }

    @Test
    void partsOfAnotherStudyAreRefused() throws Exception {
        Path dir = shards(run, 2, "mixed");
        Path other = shards(new Study(run.file(), run.yaml(), run.sets(), 99L, 3, List.of(), List.of(List.of())), 2, "other");
        Files.move(other.resolve("shard-2-of-2.json"), dir.resolve("shard-2-of-2.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertEquals(dir.resolve("shard-2-of-2.json") + ":1:1: study: got another study than " + dir.resolve("shard-1-of-2.json")
                + " (scenario, overrides, points, seed or replications differ); allowed the parts of one study",
                problems(List.of(dir)));
    }

    @Test
    void aPartOfAnotherVersionIsRefused() throws Exception {
        Path dir = shards(run, 1, "version");

        assertEquals(dir.resolve("shard-1-of-1.json") + ":1:1: version: got \"test\"; allowed \"0.2.0\", this merge's "
                + "(shards and merge must run one version)",
                assertThrows(ScenarioException.class, () -> Merge.merge(List.of(dir), "0.2.0")).getMessage());
    }

    @Test
    void aDamagedHistogramIsNamedByItsPlaceInThePart() throws Exception {
        Path dir = shards(run, 1, "damaged");
        Path part = dir.resolve("shard-1-of-1.json");
        String text = Files.readString(part);
        int at = text.indexOf("\"latencies\":\"") + "\"latencies\":\"".length();
        Files.writeString(part, text.substring(0, at) + "x" + text.substring(at));

        String message = problems(List.of(dir));
        assertEquals(part + ":1:1: replicas[0].latencies: got a damaged histogram", message.substring(0, message.indexOf(" (")));
    }

    @Test
    void aFolderWithoutPartsAndInvalidJsonAreReportedTogether() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(broken.resolve("shard-1-of-1.json"), "{\n  \"format\": ");

        List<String> lines = problems(List.of(empty, broken)).lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        assertEquals(empty + ":1:1: (folder): got no shard-I-of-N.json; allowed a folder a shard wrote into "
                + "(--shard i/n --out DIR)", lines.get(0));
        assertEquals(true, lines.get(1).startsWith(broken.resolve("shard-1-of-1.json") + ":2:"), lines.get(1));
    }
}
