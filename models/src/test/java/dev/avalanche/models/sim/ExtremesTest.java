package dev.avalanche.models.sim;

import static dev.avalanche.models.sim.StoryConfigs.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.LinuxTcp;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Users;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.VariantResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Runs whose size would break a naive model: long chains of requests that end at the same instant
 * (each would call the next on the stack), and samples longer than the clock can hold.
 */
class ExtremesTest {

    /** One server with one process of one thread, an unbounded-enough backlog, no work beyond {@code cpu}. */
    private static ModelConfig oneWorker(Users users, Optional<Distribution> cpu, double duration) {
        // A somaxconn as large as the backlog, so that the accept queue really holds a million.
        LinuxTcp tcp = new LinuxTcp(1_000_000, 6, 4, 5, true, SimDuration.ofMillis(200));
        Servers servers = new Servers(1, 8, 1, new Workers(Workers.Model.THREADS, 1, 0), 1_000_000, Servers.Overflow.RESET,
                s(0), s(0), s(0), Servers.Abandoned.DISCARD, Optional.empty(), tcp, false);
        return new ModelConfig(s(duration), s(0), s(1), s(60), users, Optional.empty(), servers,
                new RequestWork(cpu, List.of(), List.of()), Map.of());
    }

    private static VariantResult run(ModelConfig cfg) {
        return new AvalancheRun(cfg, new RandomStreams(5)).run("x");
    }

    /**
     * 100,000 connections queue behind a 5 s burst while their users give up after 10 ms; when the
     * worker is free it discards them one after another at the same instant: each discard frees the
     * worker for the next without a deeper call.
     */
    @Test
    void aHundredThousandAbandonedConnectionsAreDiscardedInTurnWhenTheWorkerFrees() {
        Users users = new Users(new Arrivals.Open(Profile.constant(25_000)),
                Optional.of(Distributions.constant(0.01)), Users.Refresh.NEVER);
        VariantResult r = run(oneWorker(users, Optional.of(Distributions.constant(5)), 4));
        long sent = r.requests().sent();
        assertTrue(sent > 90_000, "about 100,000 sent: " + r.requests());
        assertEquals(sent, r.requests().abandoned(), "every user gave up: " + r.requests());
        assertEquals(sent - 1, r.requests().discarded(), "all but the first were thrown away unworked: " + r.requests());
        assertTrue(r.requests().conserved(), r.requests().toString());
    }

    /** A closed loop whose requests take no time at all: 200,000 of them end at instant 0, each starting the next. */
    @Test
    void aClosedLoopOfRequestsThatTakeNoTimeEndsWithEveryRequestAnswered() {
        Users users = new Users(new Arrivals.Closed(2, 200_000, null, null), Optional.empty(), Users.Refresh.NEVER);
        VariantResult r = run(oneWorker(users, Optional.empty(), 60));
        assertEquals(200_000, r.requests().sent());
        assertEquals(200_000, r.requests().goodput(), r.requests().toString());
        assertEquals(0.0, r.elapsed(), "nothing takes time");
    }

    /**
     * Bursts of ten thousand years on one core shared by thirty: their end lies past what a long of
     * nanoseconds holds, so they count as never ending within the run, which ends at its horizon
     * with the thirty still in flight.
     */
    @Test
    void aBurstLongerThanTheClockCanHoldNeverEndsWithinTheRun() {
        Users users = new Users(new Arrivals.Closed(30, 30, null, null), Optional.empty(), Users.Refresh.NEVER);
        Servers servers = new Servers(1, 1, 1, new Workers(Workers.Model.THREADS, 30, 0), 10, Servers.Overflow.RESET,
                s(0), s(0), s(0));
        ModelConfig cfg = new ModelConfig(s(60), s(0), s(1), s(60), users, Optional.empty(), servers,
                new RequestWork(Optional.of(Distributions.constant(3.2e11)), List.of(), List.of()), Map.of());
        VariantResult r = run(cfg);
        assertEquals(30, r.requests().inFlight(), r.requests().toString());
        assertTrue(r.requests().conserved(), r.requests().toString());
    }

    /** A patience of a billion seconds on average: some samples lie beyond the clock; users simply never give up in the run. */
    @Test
    void aPatienceBeyondTheClockIsNeverReached() {
        Users users = new Users(new Arrivals.Closed(2, 20, null, null), Optional.of(Distributions.exponential(1e10)),
                Users.Refresh.NEVER);
        VariantResult r = run(oneWorker(users, Optional.of(Distributions.constant(0.1)), 60));
        assertEquals(20, r.requests().goodput(), r.requests().toString());
        assertEquals(0, r.requests().abandoned(), r.requests().toString());
    }

    /**
     * A ramp-up of ten years over thirty clients: the first client alone sends every request in 40
     * seconds, and the starts still due decades later must not carry the run's end (and a row per
     * second of its time series) along with them: the run ends with its last request.
     */
    @Test
    void aClosedLoopEndsWithItsLastRequestHoweverFarItsRampUpReaches() {
        Users users = new Users(new Arrivals.Closed(30, 40, null, s(87_600 * 3600.0)), Optional.empty(),
                Users.Refresh.NEVER);
        VariantResult r = run(oneWorker(users, Optional.of(Distributions.constant(1)), 60));
        assertEquals(40, r.requests().goodput(), r.requests().toString());
        assertTrue(r.elapsed() <= 41, "the last of 40 one-second requests, one after another: " + r.elapsed());
        assertTrue(r.timeline().size() <= 41, "a row per second of the run: " + r.timeline().size());
    }
}
