package dev.avalanche.models;

import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.engine.replication.Replications;
import dev.avalanche.engine.stats.LatencyHistogram;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.Timeline;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import dev.avalanche.models.shard.Shard;
import dev.avalanche.models.sim.AvalancheRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A study's runs as numbered jobs: for each point (a scenario's variants at one setting, such as
 * one value of a swept parameter), each variant, each replication, numbered in that order from 0.
 * A job's result depends only on its point, variant and replication (replication k draws from
 * substream k of the point's seed), never on which thread or machine runs it, so the jobs of a
 * {@link Shard} can run anywhere and the replicas of all the shards, folded in job order, give
 * exactly the results of running everything here.
 *
 * <p>Immutable and thread-safe; {@link Combiner} is not (one per fold).
 */
public final class Batch {

    /** One setting of the study: the scenario's variants as configured there, and the master seed they draw from. */
    public record Point(String scenario, long seed, List<Variant> variants) {

        /** @throws IllegalArgumentException when there is no variant */
        public Point {
            if (variants.isEmpty()) {
                throw new IllegalArgumentException("variants: got none; allowed: at least one variant to simulate");
            }
            variants = List.copyOf(variants);
        }
    }

    /** Job number {@code index}: replication {@code replication} of variant {@code variant} at point {@code point}. */
    public record Job(int index, int point, int variant, int replication) {
    }

    /** What a job produced: its result, and its latency histogram, which combining replications merges. */
    public record Replica(int job, VariantResult result, LatencyHistogram latencies) {
    }

    /**
     * The per-interval timelines results keep: replication 0's of each variant (what a run's charts
     * draw), or none (a sweep draws none, and one of many points would hold them all in memory).
     */
    public enum Timelines {
        FIRST_REPLICATION, NONE
    }

    private final List<Point> points;
    private final int replications;
    private final Timelines timelines;
    private final int[] firstJob;

    /**
     * @throws IllegalArgumentException when there is no point, {@code replications < 1}, or there
     *     would be more jobs than an {@code int} numbers
     */
    public Batch(List<Point> points, int replications, Timelines timelines) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("points: got none; allowed at least one");
        }
        if (replications < 1) {
            throw new IllegalArgumentException("--replications: got " + replications + "; allowed an integer >= 1");
        }
        this.points = List.copyOf(points);
        this.replications = replications;
        this.timelines = timelines;
        this.firstJob = new int[this.points.size() + 1];
        long jobs = 0;
        for (int p = 0; p < this.points.size(); p++) {
            firstJob[p] = (int) jobs;
            jobs += (long) this.points.get(p).variants().size() * replications;
            if (jobs > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("points x variants x replications: got more than " + Integer.MAX_VALUE
                        + " runs; allowed fewer");
            }
        }
        firstJob[this.points.size()] = (int) jobs;
    }

    public List<Point> points() {
        return points;
    }

    public int replications() {
        return replications;
    }

    /** The number of jobs: every point's variants times the replications. */
    public int size() {
        return firstJob[points.size()];
    }

    /** @throws IndexOutOfBoundsException when {@code index} is not in 0 .. size() - 1 */
    public Job job(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("job " + index + " of " + size());
        }
        int lo = 0;
        int hi = points.size() - 1;
        while (lo < hi) { // the last point whose first job is <= index
            int mid = (lo + hi + 1) >>> 1;
            if (firstJob[mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int within = index - firstJob[lo];
        return new Job(index, lo, within / replications, within % replications);
    }

    /** The jobs {@code shard} owns, in job order. */
    public List<Job> jobs(Shard shard) {
        List<Job> jobs = new ArrayList<>(shard.share(size()));
        for (int i = shard.index() - 1; i < size(); i += shard.count()) {
            jobs.add(job(i));
        }
        return jobs;
    }

    /**
     * Runs {@code jobs} on up to {@code parallelism} threads and hands each replica to {@code sink}
     * on the calling thread, in the order of {@code jobs}. {@code progress} hears of each job under
     * its variant's name and its job number (unique in the batch) in place of the replication.
     *
     * @throws IllegalArgumentException when {@code jobs} is empty or {@code parallelism < 1}
     */
    public void run(List<Job> jobs, int parallelism, Simulator.Progress progress, Consumer<Replica> sink) {
        if (jobs.isEmpty()) {
            throw new IllegalArgumentException("jobs: got none; allowed at least one");
        }
        Replications.forEachInOrder(jobs.size(), parallelism, i -> replica(jobs.get(i), progress), sink);
    }

    /** Runs every job and folds the replicas as they come: one result per point, in point order. */
    public List<RunResult> simulate(int parallelism, Simulator.Progress progress) {
        return simulate(parallelism, progress, (point, variant, outcome) -> { });
    }

    /**
     * Runs every job and folds the replicas as they come, handing each variant's outcome to
     * {@code done} on the calling thread as soon as its replications are all folded (in job
     * order, so while later variants may still simulate): one result per point, in point order.
     */
    public List<RunResult> simulate(int parallelism, Simulator.Progress progress, VariantDone done) {
        Combiner combiner = new Combiner(done);
        run(jobs(Shard.WHOLE), parallelism, progress, combiner::add);
        return combiner.results();
    }

    /** Hears of each variant's outcome once its replications are combined. */
    @FunctionalInterface
    public interface VariantDone {
        /** Variant {@code variant} of point {@code point} has its outcome: {@code outcome}. */
        void done(int point, int variant, VariantOutcome outcome);
    }

    private Replica replica(Job job, Simulator.Progress progress) {
        Point p = points.get(job.point());
        Variant v = p.variants().get(job.variant());
        AvalancheRun run = new AvalancheRun(v.config(), new RandomStreams(p.seed()).forReplication(job.replication()));
        VariantResult r = run.run(v.name(), fraction -> progress.advanced(v.name(), job.index(), fraction));
        progress.replicationDone(v.name(), job.index());
        boolean keep = timelines == Timelines.FIRST_REPLICATION && job.replication() == 0;
        return new Replica(job.index(), keep ? r : withoutTimeline(r), run.latencies());
    }

    private static VariantResult withoutTimeline(VariantResult r) {
        Timeline none = new Timeline(r.timeline().intervalSeconds(), new double[0], Map.of());
        return new VariantResult(r.name(), r.requests(), r.latency(), r.waitMean(), r.throughput(), r.goodputRate(),
                r.capacity(), r.busyMean(), r.busyMax(), r.queueMean(), r.queueMax(), r.amplification(), r.elapsed(),
                r.memoryBytes(), r.verdict(), r.recoverySeconds(), r.recovered(), none, r.kinds());
    }

    /**
     * Folds every job's replica, given in job order, into one {@link RunResult} per point: each
     * variant's replications combined as {@link Simulator} combines them (counts summed, latency
     * histograms merged, means with their 95% half-widths), keeping no replica longer than its
     * variant needs. Not thread-safe.
     */
    public final class Combiner {

        private final List<RunResult> results = new ArrayList<>();
        private final List<ReplicationSummary.Replica> group = new ArrayList<>();
        private final List<VariantOutcome> outcomes = new ArrayList<>();
        private final VariantDone done;
        private int next;

        /** A combiner that tells no one of each variant's outcome. */
        public Combiner() {
            this((point, variant, outcome) -> { });
        }

        /** A combiner that hands each variant's outcome to {@code done} as soon as it is combined. */
        public Combiner(VariantDone done) {
            this.done = done;
        }

        /** @throws IllegalArgumentException when {@code r} is not the next job's replica */
        public void add(Replica r) {
            if (r.job() != next) {
                throw new IllegalArgumentException("job: got " + r.job() + "; allowed " + next
                        + (next < size() ? ", the next in job order" : " (all " + size() + " jobs were given)"));
            }
            Job job = job(next++);
            group.add(new ReplicationSummary.Replica(r.result(), r.latencies()));
            if (job.replication() < replications - 1) {
                return;
            }
            VariantOutcome outcome = ReplicationSummary.combine(group);
            outcomes.add(outcome);
            group.clear();
            done.done(job.point(), job.variant(), outcome);
            Point p = points.get(job.point());
            if (job.variant() == p.variants().size() - 1) {
                results.add(new RunResult(p.scenario(), p.seed(), "simulation", true, outcomes));
                outcomes.clear();
            }
        }

        /**
         * One result per point, in point order.
         *
         * @throws IllegalArgumentException when some jobs were not given
         */
        public List<RunResult> results() {
            if (next != size()) {
                throw new IllegalArgumentException("jobs: got " + next + "; allowed all " + size());
            }
            return List.copyOf(results);
        }
    }
}
