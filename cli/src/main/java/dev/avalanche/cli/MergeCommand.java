package dev.avalanche.cli;

import dev.avalanche.scenarios.ScenarioException;
import dev.avalanche.scenarios.study.Merge;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code avalanche merge}: the shards of a run or a sweep put back together. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Put back together the parts the shards of a run or a sweep wrote (--shard I/N or --shard-count N) and "
                + "write what the unsharded command writes: the same summary.json and timeseries.csv, or sweep.csv, byte for "
                + "byte (counts summed, latency histograms merged, confidence intervals from every replication), and the charts. "
                + "Refuses parts of different studies or versions, a shard given twice, and a missing shard.",
        footer = {"", "Examples:",
            "  ./avalanche sweep scenarios/story-capacity-limit.yaml \\",
            "      --param users.arrivals.rate --from 240 --to 360 --step 20 \\",
            "      --shard 1/2 --out parts      # and --shard 2/2, on any machine",
            "  ./avalanche merge parts --out out/capacity-sweep"})
final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders the shards wrote their shard-I-of-N.json into.")
    List<Path> dirs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the merged results.")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Mixin
    ResultOptions results;

    @Override
    public Integer call() throws IOException {
        results.thresholds();
        results.percentiles();
        Merge.Merged merged;
        try {
            merged = Merge.merge(dirs, AvalancheCommand.version());
        } catch (ScenarioException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println(p));
            return ExitCodes.BAD_INPUT;
        }
        if (merged.plan().study().isSweep()) {
            return SweepCommand.report(merged.plan().sweep(merged.results()), out, spec, quiet, results);
        }
        return RunCommand.report(merged.plan().scenarios().getFirst(), merged.results().getFirst(), out, spec, quiet, results);
    }
}
