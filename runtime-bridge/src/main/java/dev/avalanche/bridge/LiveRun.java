package dev.avalanche.bridge;

import dev.avalanche.bridge.internal.AppServer;
import dev.avalanche.bridge.internal.ClientLog;
import dev.avalanche.bridge.internal.LiveClock;
import dev.avalanche.bridge.internal.LiveSummary;
import dev.avalanche.bridge.internal.LoadGenerator;
import dev.avalanche.bridge.internal.ServerLog;
import dev.avalanche.bridge.internal.ThirdPartyStub;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plays one variant of a scenario for real on loopback and measures it like the simulator: a
 * third-party stub, the app server with the scenario's worker model, and the users, all in this
 * JVM, all on 127.0.0.1 ports the kernel picks. The run stops by itself (see {@link LiveOptions})
 * and everything it opened is closed when it returns. Runs share nothing; two may run at once on
 * different threads, though they then compete for the same cores.
 */
public final class LiveRun {

    /** The {@link RunResult#mode()} of live results. */
    public static final String MODE = "live";

    private LiveRun() {
    }

    /**
     * Runs variant {@code variantName} of {@code cfg}, seeded by {@code seed}.
     *
     * @throws IllegalArgumentException when the configuration cannot be played live yet
     *     ({@code servers.count} other than 1) or a limit of this machine is too low ({@link Preflight})
     * @throws UncheckedIOException when a server cannot be started
     * @throws InterruptedException when the calling thread is interrupted; everything is closed first
     */
    public static LiveVariant run(String scenarioName, long seed, String variantName, ModelConfig cfg, LiveOptions opts)
            throws InterruptedException {
        if (cfg.servers().count() != 1) {
            throw new IllegalArgumentException(scenarioName + ": variant " + variantName + ": servers.count: got "
                    + cfg.servers().count() + "; allowed 1 in live mode for now (several servers behind a balancer come later)");
        }
        Preflight.check(cfg, opts);
        RandomStreams streams = new RandomStreams(seed);
        LiveClock clock = new LiveClock(opts.timeScale());
        int capacity = (int) opts.maxRequests();
        ClientLog client = new ClientLog(capacity);
        ServerLog server = new ServerLog(capacity);
        try (ThirdPartyStub stub = ThirdPartyStub.start(cfg.services(), streams, opts.timeScale(), clock::modelNanos);
                AppServer app = AppServer.start(cfg, stub, streams, clock, server)) {
            long scenarioEnd = clock.toWall(cfg.duration().plus(cfg.drain()));
            long cap = opts.wallTimeCap().toNanos();
            long deadline = Math.min(scenarioEnd, cap);
            LoadGenerator users = new LoadGenerator(cfg, app.uri(), streams, clock, client, deadline);
            clock.start();
            users.run();
            app.awaitIdle(clock, deadline);
            long end = clock.wallNanos();
            boolean cut = cap < scenarioEnd && end >= cap;
            LiveSummary.Summary s = LiveSummary.of(variantName, cfg, clock, client, server, app.levels(), end);
            return new LiveVariant(s.result(), !cut && !users.truncated(), opts.timeScale(), end / 1e9, s.rawLatency(),
                    notes(cfg, opts, users.truncated()));
        } catch (IOException e) {
            throw new UncheckedIOException(scenarioName + ": variant " + variantName + ": a loopback server could not start", e);
        }
    }

    /** The variants of one scenario, in the order given, as the results type the simulator produces. */
    public static RunResult toRunResult(String scenarioName, long seed, List<LiveVariant> variants) {
        List<VariantOutcome> outcomes = new ArrayList<>();
        boolean complete = true;
        for (LiveVariant v : variants) {
            outcomes.add(new VariantOutcome(v.result(), 1, Map.of()));
            complete &= v.complete();
        }
        return new RunResult(scenarioName, seed, MODE, complete, outcomes);
    }

    private static List<String> notes(ModelConfig cfg, LiveOptions opts, boolean truncated) {
        List<String> notes = new ArrayList<>();
        Servers s = cfg.servers();
        if (opts.timeScale() != 1) {
            notes.add("played at time scale " + opts.timeScale() + ": durations divided and rates multiplied by it on the wire;"
                    + " figures are in scenario time, so fixed real costs (loopback HTTP) appear multiplied by it");
        }
        if (truncated) {
            notes.add("the request cap of " + opts.maxRequests() + " was reached: the figures cover part of the scenario");
        }
        if (s.processes() > 1) {
            notes.add(s.processes() + " processes are played as separate worker pools in one JVM sharing one accept queue");
        }
        if (s.workers().model() == Workers.Model.GREENLETS) {
            notes.add("greenlets are virtual threads whose CPU bursts are serialised per process by a lock;"
                    + " the JDK's own HTTP parsing and client work run outside it");
        }
        notes.add("CPU bursts run on this machine's " + Runtime.getRuntime().availableProcessors()
                + " processors, shared with the stub and the users, not on the scenario's " + s.cores() + " cores");
        if (s.overflow() == Servers.Overflow.DROP) {
            notes.add("a full accept queue closes the connection (reset, counted rejected); dropped SYNs and their"
                    + " retransmissions are not played");
        }
        if (s.accept().nanos() > 0 || s.discard().nanos() > 0) {
            notes.add("servers.accept and servers.discard times are not played");
        }
        if (cfg.balancer().isPresent()) {
            notes.add("the balancer is played by the users' client timeout only (its 504 counts as timed out)");
        }
        notes.add("latency counts successful responses received by waiting users; discarded and synRetransmissions are"
                + " not observable and read 0");
        return notes;
    }
}
