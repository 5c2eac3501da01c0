package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.avalanche.models.shard.Shard;
import dev.avalanche.models.shard.ShardEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParseResult;

/**
 * The files that run a sweep beyond one machine, checked as far as a machine without a cluster
 * or a container engine allows: the Kubernetes manifest and the Slurm script parsed, their command
 * lines parsed by the real command, their shard counts consistent, and every index or task id
 * their schedulers hand out resolved to its own shard; the Dockerfile's stages and entrypoint.
 */
class DeployFilesTest {

    private static final Path ROOT = Path.of("..");
    private static final Path MANIFEST = ROOT.resolve("deploy/kubernetes/sweep-job.yaml");
    private static final Path SBATCH = ROOT.resolve("deploy/slurm/sweep.sbatch");

    private static List<JsonNode> manifest() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<JsonNode> docs = new ArrayList<>();
        try (var it = yaml.readerFor(JsonNode.class).<JsonNode>readValues(MANIFEST.toFile())) {
            it.forEachRemaining(docs::add);
        }
        return docs;
    }

    private static JsonNode named(List<JsonNode> docs, String kind, String name) {
        return docs.stream().filter(d -> d.path("kind").asText().equals(kind) && d.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + MANIFEST));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The subcommand's parse of {@code args}, by the command line the jar runs. */
    private static ParseResult parse(List<String> args) {
        return Main.commandLine().parseArgs(args.toArray(new String[0])).subcommand();
    }

    private static String claim(JsonNode podSpec, JsonNode container, String path) {
        for (JsonNode m : container.path("volumeMounts")) {
            if (path.startsWith(m.path("mountPath").asText() + "/")) {
                for (JsonNode v : podSpec.path("volumes")) {
                    if (v.path("name").asText().equals(m.path("name").asText())) {
                        return v.path("persistentVolumeClaim").path("claimName").asText();
                    }
                }
            }
        }
        throw new AssertionError(path + " is on no volume of " + container.path("name"));
    }

    /** A Job of the manifest: its spec, its pod's spec and the pod's first container. */
    private record Job(JsonNode spec, JsonNode pod, JsonNode container) {
        static Job of(List<JsonNode> docs, String name) {
            JsonNode spec = named(docs, "Job", name).path("spec");
            JsonNode pod = spec.path("template").path("spec");
            return new Job(spec, pod, pod.path("containers").get(0));
        }
    }

    @Test
    void theKubernetesShardsAreAnIndexedJobWhoseCompletionsAreTheShardCount() throws IOException {
        List<JsonNode> docs = manifest();
        Job job = Job.of(docs, "avalanche-sweep");
        int completions = job.spec().path("completions").asInt();
        JsonNode pod = job.pod();
        JsonNode shard = job.container();

        assertEquals("Indexed", job.spec().path("completionMode").asText());
        assertTrue(completions > 1 && job.spec().path("parallelism").asInt() <= completions);
        assertEquals("Never", pod.path("restartPolicy").asText());
        assertTrue(shard.path("command").isMissingNode(), "the image's entrypoint (the jar) runs the args");
        ParseResult sweep = parse(strings(shard.path("args")));
        assertEquals("sweep", sweep.commandSpec().name());
        assertEquals(completions, sweep.<Integer>matchedOptionValue("--shard-count", 0));
        assertFalse(sweep.hasMatchedOption("--shard"), "the index comes from the Job, not the command line");
        Path scenario = sweep.matchedPositional(0).getValue();
        assertTrue(scenario.startsWith("/opt/avalanche/scenarios"), scenario.toString());
        assertTrue(Files.exists(ROOT.resolve("scenarios").resolve(scenario.getFileName())), scenario + " is a bundled scenario");
        String out = sweep.matchedOptionValue("--out", Path.of("")).toString();
        JsonNode volume = named(docs, "PersistentVolumeClaim", claim(pod, shard, out));
        assertEquals(List.of("ReadWriteMany"), strings(volume.path("spec").path("accessModes")), "every node writes to it");
    }

    @Test
    void theMergeJobWaitsForEveryPartAndMergesTheFolderTheShardsWriteInto() throws IOException {
        List<JsonNode> docs = manifest();
        Job shards = Job.of(docs, "avalanche-sweep");
        int n = shards.spec().path("completions").asInt();
        JsonNode shardPod = shards.pod();
        JsonNode shard = shards.container();
        String parts = parse(strings(shard.path("args"))).matchedOptionValue("--out", Path.of("")).toString();
        JsonNode mergePod = Job.of(docs, "avalanche-sweep-merge").pod();
        JsonNode merge = mergePod.path("containers").get(0);
        ParseResult parsed = parse(strings(merge.path("args")));

        assertEquals("merge", parsed.commandSpec().name());
        assertEquals(List.of(Path.of(parts)), parsed.matchedPositional(0).getValue());
        assertEquals(shard.path("image"), merge.path("image"));
        assertEquals(claim(shardPod, shard, parts), claim(mergePod, merge, parts));
        String wait = String.join(" ", strings(mergePod.path("initContainers").get(0).path("command")));
        assertTrue(wait.contains(parts + "/shard-*-of-" + n + ".json") && wait.contains("-ge " + n), wait);
        assertTrue(named(docs, "Job", "avalanche-sweep-merge").path("spec").path("activeDeadlineSeconds").asInt() > 0,
                "the wait is bounded");
    }

    @Test
    void everyCompletionIndexOfTheJobIsItsOwnShard() throws IOException {
        int n = named(manifest(), "Job", "avalanche-sweep").path("spec").path("completions").asInt();
        Set<Shard> shards = new HashSet<>();
        IntStream.range(0, n).forEach(i -> shards.add(ShardEnvironment.resolve(n, Map.of("JOB_COMPLETION_INDEX", "" + i))));

        assertEquals(IntStream.rangeClosed(1, n).mapToObj(i -> new Shard(i, n)).collect(java.util.stream.Collectors.toSet()), shards);
    }

    /** The Slurm script's text with continued lines joined. */
    private static String script() throws IOException {
        return Files.readString(SBATCH).replace("\\\n", " ");
    }

    private static String sbatch(String option) throws IOException {
        Matcher m = Pattern.compile("(?m)^#SBATCH " + Pattern.quote(option) + "=(\\S+)$").matcher(script());
        assertTrue(m.find(), "#SBATCH " + option);
        return m.group(1);
    }

    private static int variable(String name) throws IOException {
        Matcher m = Pattern.compile("(?m)^" + name + "=(\\d+)$").matcher(script());
        assertTrue(m.find(), name + "=");
        return Integer.parseInt(m.group(1));
    }

    /** The words of the script's command line that runs {@code command}, from it on, with $SHARDS replaced. */
    private static List<String> commandLine(String text, String command) throws IOException {
        List<String> words = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            words.add(w.replace("\"", "").replace("$SHARDS", "" + variable("SHARDS")));
        }
        return words.subList(words.indexOf(command), words.size());
    }

    @Test
    void theSlurmArrayHasOneTaskPerShardAndItsCommandLinesParse() throws IOException {
        Matcher array = Pattern.compile("(\\d+)-(\\d+)").matcher(sbatch("--array"));
        assertTrue(array.matches(), "--array=MIN-MAX");
        int tasks = Integer.parseInt(array.group(2)) - Integer.parseInt(array.group(1)) + 1;
        Matcher exec = Pattern.compile("(?m)^exec (.*)$").matcher(script());
        assertTrue(exec.find());
        ParseResult sweep = parse(commandLine(exec.group(1), "sweep"));
        Matcher wrap = Pattern.compile("--wrap=\"([^\"]*)\"").matcher(script());
        assertTrue(wrap.find());
        ParseResult merge = parse(commandLine(wrap.group(1), "merge"));

        assertEquals(tasks, variable("SHARDS"));
        assertEquals(tasks, sweep.<Integer>matchedOptionValue("--shard-count", 0));
        assertEquals(List.of(sweep.matchedOptionValue("--out", Path.of(""))), merge.matchedPositional(0).getValue());
        assertTrue(script().contains("--dependency=afterok:\"$SLURM_ARRAY_JOB_ID\""), "the merge waits for the whole array");
        Path scenario = sweep.matchedPositional(0).getValue();
        assertTrue(Files.exists(ROOT.resolve("scenarios").resolve(scenario.getFileName())), scenario + " is a bundled scenario");
    }

    @Test
    void everyTaskOfTheArrayIsItsOwnShard() throws IOException {
        Matcher array = Pattern.compile("(\\d+)-(\\d+)").matcher(sbatch("--array"));
        assertTrue(array.matches());
        int min = Integer.parseInt(array.group(1));
        int max = Integer.parseInt(array.group(2));
        int n = max - min + 1;
        Set<Shard> shards = new HashSet<>();
        for (int id = min; id <= max; id++) {
            shards.add(ShardEnvironment.resolve(variable("SHARDS"), Map.of("SLURM_ARRAY_TASK_ID", "" + id,
                    "SLURM_ARRAY_TASK_MIN", "" + min, "SLURM_ARRAY_TASK_COUNT", "" + n)));
        }

        assertEquals(n, shards.size());
    }

    @Test
    void theSlurmScriptIsValidBash() throws IOException, InterruptedException {
        Process bash = new ProcessBuilder("bash", "-n", SBATCH.toString()).redirectErrorStream(true).start();
        String said = new String(bash.getInputStream().readAllBytes());

        assertEquals(0, bash.waitFor(), said);
    }

    /** The Dockerfile's instructions, continued lines joined, comments left out. */
    private static List<String> dockerfile() throws IOException {
        return Files.readString(ROOT.resolve("Dockerfile")).replace("\\\n", " ").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @Test
    void theImageIsBuiltWithMavenOnAJdk25AndRunsTheJarOnAJdk25Jre() throws IOException {
        List<String> lines = dockerfile();
        List<String> from = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        String entrypoint = lines.stream().filter(l -> l.startsWith("ENTRYPOINT ")).reduce((a, b) -> b).orElseThrow();
        List<String> exec = new ArrayList<>();
        new ObjectMapper().readTree(entrypoint.substring("ENTRYPOINT ".length())).forEach(n -> exec.add(n.asText()));
        String jar = exec.get(exec.indexOf("-jar") + 1);

        assertEquals(2, from.size(), "a build stage and a runtime stage: " + from);
        assertTrue(from.get(0).matches("FROM maven:\\S*temurin-25\\S* AS build"), from.get(0));
        assertEquals("FROM eclipse-temurin:25-jre", from.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("RUN mvn ") && l.contains("-pl cli -am") && l.contains("package")));
        assertTrue(lines.contains("COPY --from=build /src/cli/target/avalanche.jar " + jar), "the jar the build makes: " + lines);
        assertTrue(Files.readString(ROOT.resolve("cli/pom.xml")).contains("<finalName>avalanche</finalName>"));
        assertEquals("java", exec.getFirst());
        assertTrue(lines.contains("COPY --from=build /src/scenarios/*.yaml /opt/avalanche/scenarios/"),
                "the scenarios the Kubernetes Job names");
        assertTrue(lines.stream().anyMatch(l -> l.matches("USER \\d+")), "not root");
    }
}
