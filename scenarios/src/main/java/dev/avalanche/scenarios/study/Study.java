package dev.avalanche.scenarios.study;

import dev.avalanche.models.Batch;
import dev.avalanche.scenarios.Scenario;
import dev.avalanche.scenarios.ScenarioException;
import dev.avalanche.scenarios.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a run or a sweep was asked to do, in full: enough to plan the same jobs again on another
 * machine, which shards and their merge rely on. A run is a study of one point and no parameter.
 *
 * @param file the scenario file's name as given, for messages
 * @param yaml the scenario file's text
 * @param sets the {@code --set PATH=VALUE} overrides, applied before each point's values
 * @param seed the {@code --seed}; null for each point's own scenario seed
 * @param replications independent replications of every variant at every point, at least 1
 * @param parameters the swept paths; empty for a run
 * @param points one value per parameter at each point, in the order run; a run has one empty point
 */
public record Study(String file, String yaml, List<String> sets, Long seed, int replications, List<String> parameters,
        List<List<String>> points) {

    /** @throws IllegalArgumentException when a point has not one value per parameter, or there is none */
    public Study {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(yaml, "yaml");
        sets = List.copyOf(sets);
        parameters = List.copyOf(parameters);
        points = points.stream().map(List::copyOf).toList();
        if (replications < 1) {
            throw new IllegalArgumentException("--replications: got " + replications + "; allowed an integer >= 1");
        }
        int width = parameters.size();
        if (points.isEmpty() || points.stream().anyMatch(p -> p.size() != width)) {
            throw new IllegalArgumentException("points: got " + points.size() + " points for " + parameters.size()
                    + " parameters; allowed at least one point, each with one value per parameter");
        }
    }

    /**
     * The run of the scenario in {@code file}: one point, no parameter.
     *
     * @throws ScenarioException when the file cannot be read
     */
    public static Study run(Path file, List<String> sets, Long seed, int replications) throws ScenarioException {
        return new Study(file.toString(), ScenarioLoader.text(file), sets, seed, replications, List.of(), List.of(List.of()));
    }

    /** This study's scenario and options at {@code points} of {@code parameters}. */
    public Study sweep(List<String> parameters, List<List<String>> points) {
        return new Study(file, yaml, sets, seed, replications, parameters, points);
    }

    public boolean isSweep() {
        return !parameters.isEmpty();
    }

    /**
     * The seed a sweep's design draws from: {@code --seed}, else the scenario's (with the overrides).
     *
     * @throws ScenarioException when the scenario or an override is wrong
     */
    public long designSeed() throws ScenarioException {
        return seed != null ? seed : ScenarioLoader.loadString(yaml, file, sets).seed();
    }

    /**
     * Every point's scenario loaded (so bad input fails before any simulation) and the study's jobs:
     * a run keeps replication 0's timelines for its charts, a sweep none.
     *
     * @throws ScenarioException with the problems of the first point whose scenario is wrong
     */
    public Plan plan() throws ScenarioException {
        List<Scenario> scenarios = new ArrayList<>(points.size());
        List<Batch.Point> batch = new ArrayList<>(points.size());
        for (List<String> values : points) {
            List<String> all = new ArrayList<>(sets);
            for (int i = 0; i < parameters.size(); i++) {
                all.add(parameters.get(i) + "=" + values.get(i));
            }
            Scenario s = ScenarioLoader.loadString(yaml, file, all);
            scenarios.add(s);
            batch.add(new Batch.Point(s.name(), seed == null ? s.seed() : seed,
                    s.variants()));
        }
        return new Plan(this, scenarios, new Batch(batch, replications,
                isSweep() ? Batch.Timelines.NONE : Batch.Timelines.FIRST_REPLICATION));
    }
}
