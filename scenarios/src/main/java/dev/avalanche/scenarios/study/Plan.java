package dev.avalanche.scenarios.study;

import dev.avalanche.models.Batch;
import dev.avalanche.models.Simulator;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.SweepResult;
import dev.avalanche.scenarios.Scenario;
import dev.avalanche.scenarios.Sweeps;
import java.util.ArrayList;
import java.util.List;

/**
 * A study planned: each point's scenario and the numbered jobs. Immutable.
 *
 * @param scenarios one per point, in point order
 */
public record Plan(Study study, List<Scenario> scenarios, Batch batch) {

    public Plan {
        scenarios = List.copyOf(scenarios);
    }

    /** Runs every job here, on up to {@code parallelism} threads: one result per point. */
    public List<RunResult> simulate(int parallelism, Simulator.Progress progress) {
        return batch.simulate(parallelism, progress);
    }

    /**
     * The sweep the study's points gave, from one result per point.
     *
     * @throws IllegalArgumentException when the study is a run, or the results are not one per point
     */
    public SweepResult sweep(List<RunResult> results) {
        if (!study.isSweep() || results.size() != study.points().size()) {
            throw new IllegalArgumentException("results: got " + results.size() + " for " + study.points().size()
                    + " points of " + study.parameters().size() + " parameters; allowed one per point of a sweep");
        }
        List<List<String>> distinct = new ArrayList<>();
        for (int i = 0; i < study.parameters().size(); i++) {
            distinct.add(Sweeps.distinct(study.points(), i));
        }
        List<SweepResult.Point> points = new ArrayList<>();
        for (int p = 0; p < results.size(); p++) {
            List<String> values = study.points().get(p);
            List<Double> numerics = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                numerics.add(Sweeps.numeric(values.get(i), distinct.get(i)));
            }
            points.add(new SweepResult.Point(values, numerics, results.get(p)));
        }
        return new SweepResult(scenarios.getFirst().name(), study.parameters(), points);
    }
}
