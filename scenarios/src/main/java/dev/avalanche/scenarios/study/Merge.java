package dev.avalanche.scenarios.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.avalanche.models.Batch;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.shard.Shard;
import dev.avalanche.scenarios.Problem;
import dev.avalanche.scenarios.ScenarioException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Puts the parts of a sharded study back together: finds every {@code shard-I-of-N.json} in the
 * folders given, checks that they are all the shards of one study, run by this version, each
 * once, each with exactly its jobs, then plans the study again and folds every job's replica in
 * job order, as the unsharded run folds them. The results are therefore those of the whole study
 * run on one machine: counts summed, latency histograms merged, confidence intervals from the
 * replications' own figures. Problems are reported all at once where possible, one line each.
 */
public final class Merge {

    /** The study planned again, and one result per point. */
    public record Merged(Plan plan, List<RunResult> results, int shards) {
    }

    private record Part(Path file, Shard shard, JsonNode root) {
    }

    private Merge() {
    }

    /**
     * @param version this Avalanche's version, which every part must have been written by
     * @throws ScenarioException with every problem found, as {@code file:1:1: path: got X; allowed Y}
     * @throws IOException when a folder cannot be listed
     */
    public static Merged merge(List<Path> dirs, String version) throws ScenarioException, IOException {
        List<Problem> problems = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        for (Path dir : dirs) {
            read(dir, version, parts, problems);
        }
        if (problems.isEmpty()) {
            complete(parts, problems);
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Part first = parts.getFirst();
        Study study;
        try {
            study = ReplicaJson.JSON.treeToValue(first.root().get("study"), Study.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ScenarioException(List.of(problem(first.file(), "study", "got something else than a study ("
                    + e.getMessage().lines().findFirst().orElse("") + "); allowed the study the shard wrote")));
        }
        Plan plan = study.plan();
        int n = first.shard().count();
        int jobs = plan.batch().size();
        for (Part p : parts) {
            if (p.root().path("jobs").asInt(-1) != jobs || p.root().path("replicas").size() != p.shard().share(jobs)) {
                problems.add(problem(p.file(), "replicas", "got " + p.root().path("replicas").size() + " of "
                        + p.root().path("jobs") + " jobs; allowed " + p.shard().share(jobs) + " of " + jobs
                        + ", shard " + p.shard() + "'s share of the study planned again"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Part[] byIndex = new Part[n];
        parts.forEach(p -> byIndex[p.shard().index() - 1] = p);
        Batch.Combiner combiner = plan.batch().new Combiner();
        for (int job = 0; job < jobs; job++) {
            Part p = byIndex[job % n];
            String at = "replicas[" + job / n + "]";
            Batch.Replica r = ReplicaJson.decode(p.root().get("replicas").get(job / n), p.file().toString(), at);
            if (r.job() != job) {
                throw new ScenarioException(List.of(problem(p.file(), at + ".job", "got " + r.job() + "; allowed " + job
                        + ", the shard's jobs in order")));
            }
            combiner.add(r);
        }
        return new Merged(plan, combiner.results(), n);
    }

    private static void read(Path dir, String version, List<Part> parts, List<Problem> problems) throws IOException {
        if (!Files.isDirectory(dir)) {
            problems.add(problem(dir, "(folder)", "got no such folder; allowed a folder a shard wrote into (--out DIR)"));
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> ShardPart.NAME.matcher(f.getFileName().toString()).matches()).sorted().toList();
        }
        if (files.isEmpty()) {
            problems.add(problem(dir, "(folder)", "got no shard-I-of-N.json; allowed a folder a shard wrote into "
                    + "(--shard i/n --out DIR)"));
        }
        for (Path f : files) {
            JsonNode root;
            try {
                root = ReplicaJson.JSON.readTree(f.toFile());
            } catch (JsonProcessingException e) {
                var at = e.getLocation();
                problems.add(new Problem(f.toString(), at == null ? 1 : Math.max(1, at.getLineNr()),
                        at == null ? 1 : Math.max(1, at.getColumnNr()), "(file)", "got invalid JSON ("
                        + e.getOriginalMessage() + "); allowed the part a shard wrote"));
                continue;
            }
            if (!ShardPart.FORMAT.equals(root.path("format").asText())) {
                problems.add(problem(f, "format", "got " + root.path("format") + "; allowed \"" + ShardPart.FORMAT + "\""));
                continue;
            }
            if (!version.equals(root.path("version").asText())) {
                problems.add(problem(f, "version", "got " + root.path("version") + "; allowed \"" + version
                        + "\", this merge's (shards and merge must run one version)"));
                continue;
            }
            Matcher m = ShardPart.NAME.matcher(f.getFileName().toString());
            m.matches();
            String named = m.group(1) + "/" + m.group(2);
            if (!named.equals(root.path("shard").asText())) {
                problems.add(problem(f, "shard", "got " + root.path("shard") + "; allowed " + named + ", as the file is named"));
                continue;
            }
            parts.add(new Part(f, Shard.parse(named), root));
        }
    }

    /** Every part of one study, each shard once, none missing. */
    private static void complete(List<Part> parts, List<Problem> problems) {
        Part first = parts.getFirst();
        JsonNode header = ShardPart.header(first.root());
        int n = first.shard().count();
        Part[] seen = new Part[n];
        for (Part p : parts) {
            if (p.shard().count() != n) {
                problems.add(problem(p.file(), "shard", "got " + p.shard() + "; allowed i/" + n + ", as " + first.file()));
            } else if (!ShardPart.header(p.root()).equals(header)) {
                problems.add(problem(p.file(), "study", "got another study than " + first.file() + " (scenario, overrides, "
                        + "points, seed or replications differ); allowed the parts of one study"));
            } else if (seen[p.shard().index() - 1] != null) {
                problems.add(problem(p.file(), "shard", "got " + p.shard() + " again (also " + seen[p.shard().index() - 1].file()
                        + "); allowed each shard once"));
            } else {
                seen[p.shard().index() - 1] = p;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (seen[i] == null) {
                missing.add((i + 1) + "/" + n);
            }
        }
        if (!missing.isEmpty() && problems.isEmpty()) {
            problems.add(problem(first.file().getParent(), "shard", "got " + (n - missing.size()) + " of " + n
                    + " shards; allowed all of them (missing " + String.join(", ", missing) + ")"));
        }
    }

    private static Problem problem(Path file, String path, String message) {
        return new Problem(String.valueOf(file), 1, 1, path, message);
    }
}
