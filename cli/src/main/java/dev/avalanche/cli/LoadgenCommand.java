package dev.avalanche.cli;

import dev.avalanche.bridge.ChildAppServer;
import dev.avalanche.bridge.ChildLoadGenerator;
import dev.avalanche.scenarios.Scenario;
import dev.avalanche.scenarios.ScenarioException;
import dev.avalanche.scenarios.ScenarioLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code avalanche loadgen} (hidden): the users' child JVM that {@code live} and {@code validate}
 * start, speaking {@link ChildLoadGenerator}'s protocol on standard input and output; with
 * {@code --app-server}, an app server's child JVM ({@code --server-processes}), speaking
 * {@link ChildAppServer}'s. It loads the
 * same scenario text with the same overrides as its parent, so it plays the same variant. A watchdog
 * ends this JVM (exit 1) should it outlive the lifetime its spec allows.
 */
@Command(name = "loadgen", hidden = true,
        description = "Internal: the users (or an app server) of a live run, in a JVM of their own. Started by live and validate.")
final class LoadgenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario file (a copy of the parent's).")
    Path scenarioFile;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "The parent's overrides, in its order.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--variant", required = true, paramLabel = "NAME", description = "The variant to play.")
    String variant;

    @Option(names = "--app-server", description = "Serve as one of the run's app servers instead of playing users.")
    boolean appServer;

    @Option(names = "--spec", required = true, paramLabel = "FILE", description = "The parent's spec file.")
    Path specFile;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Scenario s;
        try {
            s = ScenarioLoader.load(scenarioFile, sets);
        } catch (ScenarioException e) {
            e.problems().forEach(spec.commandLine().getErr()::println);
            return ExitCodes.BAD_INPUT;
        }
        Duration lifetime = appServer ? ChildAppServer.lifetime(specFile) : ChildLoadGenerator.lifetime(specFile);
        Thread.ofPlatform().daemon().name("loadgen-watchdog").start(() -> {
            try {
                Thread.sleep(lifetime);
                System.err.println("avalanche loadgen: still running after " + lifetime.toSeconds()
                        + " s, the most its spec allows; ending this JVM");
                Runtime.getRuntime().halt(ExitCodes.FAILURE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (appServer) {
            ChildAppServer.serve(s.variant(variant).config(), specFile, in, spec.commandLine().getOut());
        } else {
            ChildLoadGenerator.serve(s.variant(variant).config(), specFile, in, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }
}
