package dev.avalanche.cli;

import dev.avalanche.models.shard.Shard;
import dev.avalanche.scenarios.ScenarioException;
import dev.avalanche.scenarios.study.Plan;
import dev.avalanche.scenarios.study.ShardPart;
import dev.avalanche.scenarios.study.Study;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** One shard of a run or a sweep: its runs, written as the part {@code avalanche merge} reads. */
final class ShardRun {

    /** Where the study comes from: reading and loading may find bad input. */
    @FunctionalInterface
    interface Source {
        Study study() throws ScenarioException;
    }

    private ShardRun() {
    }

    /**
     * Plans the study (so bad input fails before any run), checks it with the preflight, runs {@code shard}'s jobs and writes
     * them into {@code --out}, or {@code out/<scenario><suffix>} without it.
     *
     * @return the exit code: bad input (after one line per problem) or ok
     */
    static int run(CommandSpec spec, ScenarioOptions options, SimulationChecks checks, Source source, Shard shard,
            int parallelism, String suffix) throws IOException {
        Plan plan;
        try {
            plan = source.study().plan();
        } catch (ScenarioException e) {
            e.problems().forEach(spec.commandLine().getErr()::println);
            return ExitCodes.BAD_INPUT;
        }
        Path dir = ScenarioOptions.writableFolder(spec.commandLine(), options.outOr(plan.scenarios().getFirst().name() + suffix));
        // The whole study's estimate, not this shard's share: the preflight errs towards asking for --force.
        if (!checks.allow(plan.scenarios(), options.replications, parallelism, spec.commandLine().getErr())) {
            return ExitCodes.BAD_INPUT;
        }
        Progress progress = new Progress(spec.commandLine().getErr(), options.quiet, Math.max(1, shard.share(plan.batch().size())));
        ShardPart.Written w = ShardPart.run(plan, shard, parallelism, progress, AvalancheCommand.version(), dir);
        progress.done();
        if (!options.quiet) {
            spec.commandLine().getOut().println("Shard " + shard + ": ran " + w.ran() + " of the " + w.jobs() + " runs; wrote "
                    + w.file() + ". Once every shard is done: avalanche merge " + dir + " --out DIR");
        }
        return ExitCodes.OK;
    }
}
