package dev.avalanche.models.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.Balancer;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Profile;
import dev.avalanche.models.config.RequestMix;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Service;
import dev.avalanche.models.config.Users;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.sim.AvalancheRun;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The preflight's estimates against what runs do, and the field each refusal names. */
class PreflightTest {

    private static final Limits LIMITS = Limits.forMachine(2L << 30, 2);

    private static SimDuration s(double seconds) {
        return SimDuration.ofSeconds(seconds);
    }

    /** The story's setup at {@code rate}: 2 servers x 8 processes x 40 threads, three calls of about 0.6 s. */
    private static ModelConfig story(Arrivals arrivals, double duration, double interval, double drain, int calls) {
        Users users = new Users(arrivals, Optional.empty(), Users.Refresh.NEVER);
        Servers servers = new Servers(2, 8, 8, new Workers(Workers.Model.THREADS, 40, 0), 100, Servers.Overflow.DROP,
                s(0), s(0), s(0));
        RequestWork work = new RequestWork(Optional.empty(), List.of(new RequestWork.Call("social", calls,
                RequestWork.Call.Mode.SEQUENTIAL)), List.of());
        Service social = new Service(Distributions.lognormalByMedian(0.615, 0.4), Profile.constant(1), 0, s(30),
                OptionalInt.empty());
        return new ModelConfig(s(duration), s(0), s(interval), s(drain), users,
                Optional.of(new Balancer(Balancer.Policy.ROUND_ROBIN, s(60))), servers, work, Map.of("social", social));
    }

    private static ModelConfig open(double rate, double duration, double interval, double drain, int calls) {
        return story(new Arrivals.Open(Profile.constant(rate)), duration, interval, drain, calls);
    }

    private static List<Finding> check(ModelConfig c, int copies) {
        return Preflight.check(List.of(new Preflight.Run(0, "v", c, copies)), 2, LIMITS);
    }

    @Test
    void theStorysSetupForTenMinutesPassesAndItsEstimateBoundsWhatItFires() {
        ModelConfig c = open(300, 600, 1, 120, 3);
        assertEquals(List.of(), check(c, 1));
        Estimate e = Estimate.of(c);
        AvalancheRun run = new AvalancheRun(c, new RandomStreams(1));
        long sent = run.run("v").requests().sent();
        assertTrue(run.eventsFired() <= e.events(), run.eventsFired() + " fired <= " + e.events());
        assertTrue(sent <= e.sent(), sent + " sent <= " + e.sent());
        assertEquals(721, e.rows(), "12 minutes at one row per second, and the last partial one");
    }

    @Test
    void aMixIsEstimatedByItsKindsSharesAndItsEstimateBoundsWhatItFires() {
        ModelConfig c = open(300, 600, 1, 120, 3);
        RequestWork db = new RequestWork(Optional.empty(), List.of(), List.of(new RequestWork.LocalStep("db", s(0.01))));
        ModelConfig mix = new ModelConfig(c.duration(), c.warmup(), c.interval(), c.drain(), c.users(), c.balancer(),
                c.servers(), new RequestMix(List.of(new RequestMix.Kind("cart", 0.75, db),
                        new RequestMix.Kind("checkout", 0.25, c.request()))), c.services());
        ModelConfig carts = new ModelConfig(c.duration(), c.warmup(), c.interval(), c.drain(), c.users(), c.balancer(),
                c.servers(), db, c.services());
        assertEquals(0.75 * Estimate.serviceSeconds(carts) + 0.25 * Estimate.serviceSeconds(c), Estimate.serviceSeconds(mix),
                1e-12);
        assertEquals(Estimate.of(c).eventsPerRequest(), Estimate.of(mix).eventsPerRequest(), "the heavier kind bounds a request");
        Estimate e = Estimate.of(mix);
        AvalancheRun run = new AvalancheRun(mix, new RandomStreams(1));
        long sent = run.run("v").requests().sent();
        assertTrue(run.eventsFired() <= e.events(), run.eventsFired() + " fired <= " + e.events());
        assertTrue(sent <= e.sent(), sent + " sent <= " + e.sent());
    }

    @Test
    void aRateProfileIsIntegratedExactly() {
        Profile ramp = new Profile(List.of(new Profile.Point(s(0), 0), new Profile.Point(s(10), 100)));
        assertEquals(500, ramp.integralSeconds(s(10).nanos()), 1e-9, "a triangle");
        assertEquals(500 + 100 * 5, ramp.integralSeconds(s(15).nanos()), 1e-9, "then flat");
        assertEquals(125, ramp.integralSeconds(s(5).nanos()), 1e-9, "half the ramp");
    }

    @Test
    void anIntervalOfOneNanosecondOverAnHourCannotRunAndNamesTheInterval() {
        List<Finding> found = check(open(300, 3600, 1e-9, 120, 3), 1);
        assertEquals("interval", found.getFirst().field());
        assertFalse(found.getFirst().forcible(), "no --force makes 3.7e12 rows fit");
        assertTrue(found.getFirst().estimate().startsWith("about 3.7e+12 time-series rows"), found.getFirst().estimate());
    }

    @Test
    void aDrainOfTenYearsCannotRunAndNamesTheDrain() {
        Finding f = check(open(300, 600, 1, 87600 * 3600.0, 3), 1).getFirst();
        assertEquals("drain", f.field());
        assertFalse(f.forcible());
    }

    @Test
    void aRateOf1e30CannotRunAndNamesTheRate() {
        Finding f = check(open(1e30, 600, 1, 120, 3), 1).getFirst();
        assertEquals("users.arrivals.rate", f.field());
        assertFalse(f.forcible());
        assertTrue(f.estimate().startsWith("up to 1.1e+34 events"), f.estimate()); // 10 SYN retransmissions per request at most (Linux 6.5+)
    }

    @Test
    void aBillionCallsPerRequestCannotRunAndNamesTheCall() {
        Finding f = check(open(300, 600, 1, 120, 1_000_000_000), 1).getFirst();
        assertEquals("request.calls[0].count", f.field());
        assertFalse(f.forcible());
    }

    @Test
    void aClosedLoopOfATrillionRequestsCannotRunAndNamesItsRequests() {
        Finding f = check(story(new Arrivals.Closed(10, 1_000_000_000_000L, null, null), 600, 1, 120, 3), 1).getFirst();
        assertEquals("users.arrivals.requests", f.field());
        assertFalse(f.forcible());
    }

    @Test
    void aMerelyLargeRunAsksForForce() {
        Finding f = check(open(300, 600, 0.001, 120, 3), 1).getFirst();
        assertEquals("interval", f.field());
        assertTrue(f.forcible(), "720,000 rows: large, not impossible");
        assertTrue(f.allowed().endsWith("or add --force"), f.allowed());
    }

    @Test
    void replicationsMultiplyTheCost() {
        ModelConfig c = open(300, 600, 1, 120, 3);
        assertEquals(List.of(), check(c, 10));
        Finding f = check(c, 1000).getFirst();
        assertTrue(f.forcible() && f.total(), f.toString());
        assertTrue(f.estimate().contains("over 1,000 runs"), f.estimate());
        assertTrue(f.allowed().contains("fewer replications"), f.allowed());
        assertFalse(check(c, 1_000_000).getFirst().forcible(), "a million replications cannot run at all");
    }

    @Test
    void threadsBeyondTheCoresRunNoFasterButEachHoldsItsRun() {
        ModelConfig c = open(300, 600, 1, 120, 3);
        Limits oneCore = new Limits(Limits.DEFAULT_SECONDS, Limits.MAX_EVENTS, Limits.DEFAULT_ROWS, Limits.MAX_ROWS, 2L << 30, 1);
        List<Preflight.Run> many = List.of(new Preflight.Run(0, "v", c, 600));
        String onTwo = Preflight.check(many, 2, LIMITS).getFirst().estimate();
        String onOne = Preflight.check(many, 64, oneCore).getFirst().estimate();
        assertTrue(onTwo.endsWith("on 2 cores"), onTwo);
        assertTrue(onOne.endsWith("on 1 cores"), "64 threads on one core: " + onOne);
    }

    @Test
    void aMillionServersCannotBeHeldAndNameTheirCount() {
        ModelConfig c = open(300, 600, 1, 120, 3);
        Servers many = new Servers(10_000_000, 8, 8, c.servers().workers(), 100, Servers.Overflow.DROP, s(0), s(0), s(0));
        ModelConfig big = new ModelConfig(c.duration(), c.warmup(), c.interval(), c.drain(), c.users(), c.balancer(), many,
                c.request(), c.services());
        Finding f = check(big, 1).getFirst();
        assertEquals("servers.count", f.field());
        assertTrue(f.estimate().endsWith("GB of heap"), f.estimate());
    }

    /** The story's setup, its third party three times slower from minute 11 on. */
    private static ModelConfig slowingAt11(double duration) {
        ModelConfig c = open(300, duration, 1, 0, 3);
        Service social = c.services().get("social");
        Profile slowdown = new Profile(List.of(new Profile.Point(s(0), 1), new Profile.Point(s(600), 1),
                new Profile.Point(s(660), 3)));
        Service slowing = new Service(social.latency(), slowdown, 0, social.timeout(), OptionalInt.empty());
        return new ModelConfig(c.duration(), c.warmup(), c.interval(), c.drain(), c.users(), c.balancer(), c.servers(),
                c.request(), Map.of("social", slowing));
    }

    /**
     * Connections wait for a place (retransmitting their SYNs) only once the servers fall behind:
     * 300/s on 640 threads keeps up with calls of about 0.6 s, not with calls three times slower.
     * A run that ends before the slowdown holds no more than one that has none; one that goes
     * through it may hold every request sent within the SYNs' give-up window.
     */
    @Test
    void retransmittingConnectionsAreHeldOnlyWhenTheSlowdownFallsWithinTheRun() {
        Estimate none = Estimate.of(open(300, 300, 1, 0, 3));
        Estimate before = Estimate.of(slowingAt11(300));
        Estimate through = Estimate.of(slowingAt11(1200));
        double window = slowingAt11(1200).servers().tcp().synGiveUpNanos() / 1e9;

        assertEquals(none.inFlight(), before.inFlight(), 1e-9);
        assertTrue(none.inFlight() < 640 + 2 * 101 + 1, "kept up: the pool and the backlogs at most, " + none.inFlight());
        assertTrue(through.inFlight() >= 300 * window, "behind: every request sent within " + window + " s, " + through.inFlight());
    }

    /**
     * When one field is blamed twice, by a cost that --force may allow (events) and by one that
     * nothing allows (heap), the refusal is the one that cannot be forced.
     */
    @Test
    void aFieldBlamedTwiceIsRefusedByTheFindingThatCannotBeForced() {
        ModelConfig c = slowingAt11(1200);
        ModelConfig fast = new ModelConfig(c.duration(), c.warmup(), c.interval(), c.drain(),
                new Users(new Arrivals.Open(Profile.constant(30000)), Optional.empty(), Users.Refresh.NEVER), c.balancer(),
                c.servers(), c.request(), c.services());
        Limits small = new Limits(Limits.DEFAULT_SECONDS, Limits.MAX_EVENTS, Limits.DEFAULT_ROWS, Limits.MAX_ROWS, 256L << 20, 2);
        List<Finding> found = Preflight.check(List.of(new Preflight.Run(0, "v", fast, 1)), 2, small);

        assertEquals(1, found.size(), found.toString());
        Finding f = found.getFirst();
        assertEquals("users.arrivals.rate", f.field());
        assertFalse(f.forcible(), f.toString());
        assertTrue(f.estimate().endsWith("of heap"), f.estimate());
    }
}
