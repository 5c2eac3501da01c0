package dev.avalanche.scenarios.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.avalanche.models.Batch;
import dev.avalanche.models.Simulator;
import dev.avalanche.models.io.AtomicFiles;
import dev.avalanche.models.shard.Shard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The file a shard writes, {@code shard-I-of-N.json}: the study it is part of (scenario text,
 * overrides, points, seed, replications), the Avalanche version that ran it, and for each of its
 * jobs the exact result and the latency histogram. Shards may share one output folder (a shared
 * volume): their file names differ. Written atomically, so a merge never reads half a part.
 *
 * <p>Fields: {@code format}, {@code version}, {@code shard} ({@code I/N}), {@code jobs} (the
 * study's total), {@code study}, {@code replicas} ({@code job}, {@code result}, {@code latencies}).
 */
public final class ShardPart {

    /** The format's name and revision; a merge refuses another. */
    static final String FORMAT = "avalanche-shard 1";
    /** The names shards give their parts. */
    static final Pattern NAME = Pattern.compile("shard-(\\d+)-of-(\\d+)\\.json");

    /** What a shard wrote: its file and how many of the study's jobs it ran. */
    public record Written(Path file, int ran, int jobs) {
    }

    private ShardPart() {
    }

    /** {@code shard-I-of-N.json}. */
    public static String fileName(Shard shard) {
        return "shard-" + shard.index() + "-of-" + shard.count() + ".json";
    }

    /**
     * Runs {@code shard}'s jobs of {@code plan} on up to {@code parallelism} threads and writes
     * them into {@code dir} (created when missing). A shard that owns no job (more shards than jobs)
     * writes a part without replicas, so that the merge still finds every shard.
     *
     * @param version the Avalanche version, which the merge requires of every part
     * @throws IOException when the file cannot be written
     */
    public static Written run(Plan plan, Shard shard, int parallelism, Simulator.Progress progress, String version, Path dir)
            throws IOException {
        ObjectNode root = ReplicaJson.JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", version);
        root.put("shard", shard.toString());
        root.put("jobs", plan.batch().size());
        root.set("study", ReplicaJson.JSON.valueToTree(plan.study()));
        ArrayNode replicas = root.putArray("replicas");
        List<Batch.Job> jobs = plan.batch().jobs(shard);
        if (!jobs.isEmpty()) {
            plan.batch().run(jobs, parallelism, progress, r -> replicas.add(ReplicaJson.encode(r)));
        }
        Path file = dir.resolve(fileName(shard));
        AtomicFiles.writeString(file, ReplicaJson.JSON.writeValueAsString(root) + "\n");
        return new Written(file, jobs.size(), plan.batch().size());
    }

    /** The header of a part: everything but the shard and its replicas, which all parts of a study share. */
    static JsonNode header(JsonNode root) {
        ObjectNode h = root.deepCopy();
        h.remove("shard");
        h.remove("replicas");
        return h;
    }
}
