package dev.avalanche.scenarios;

import static dev.avalanche.scenarios.Fixtures.minimalWith;
import static dev.avalanche.scenarios.Fixtures.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.config.RequestMix;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code requests:}, a mix of kinds of request: how it binds and how its mistakes are reported, each at its place. */
class RequestMixFormatTest {

    private static final String REQUEST = """
            request:
              calls:
                - {service: social, count: 3}
            """;

    /** The minimal fixture with {@code mix} (lines 13 on) in place of its request. */
    private static String withMix(String mix) {
        return minimalWith(REQUEST, mix);
    }

    private static final String CART_AND_CHECKOUT = """
            requests:
              - name: cart
                share: 0.7
                local: [{name: db, latency: 5ms}]
              - name: checkout
                share: 0.3
                calls: [{service: social, count: 3}]
            """;

    @Test
    void aMixBindsItsKindsInOrderWithTheirSharesAndWork() throws ScenarioException {
        RequestMix mix = Fixtures.load(withMix(CART_AND_CHECKOUT)).variants().getFirst().config().requests();
        assertEquals(List.of("cart", "checkout"), mix.kinds().stream().map(RequestMix.Kind::name).toList());
        assertEquals(0.7, mix.kinds().get(0).share());
        assertTrue(mix.kinds().get(0).work().calls().isEmpty());
        assertEquals(3, mix.kinds().get(1).work().calls().getFirst().count());
        assertTrue(mix.mixed());
    }

    @Test
    void aSingleRequestIsAMixOfOne() throws ScenarioException {
        RequestMix mix = Fixtures.load(Fixtures.MINIMAL).variants().getFirst().config().requests();
        assertEquals(1, mix.size());
        assertFalse(mix.mixed());
    }

    @Test
    void aMixOfOneKindWritesTheSummaryOfASingleRequestByteForByte() throws Exception {
        String story = java.nio.file.Files.readString(java.nio.file.Path.of("story-avalanche.yaml"));
        String single = "request:\n  cpu: {dist: exponential, mean: 2ms}\n  calls:\n    - {service: social, count: 3, mode: sequential}\n";
        String one = "requests:\n  - name: page\n    share: 1\n    cpu: {dist: exponential, mean: 2ms}\n"
                + "    calls:\n      - {service: social, count: 3, mode: sequential}\n";
        assertTrue(story.contains(single), "the story's request changed: update this test");
        String[] sets = {"duration=12m", "warmup=1m"};
        assertEquals(summary(Fixtures.load(story, sets)), summary(Fixtures.load(story.replace(single, one), sets)));
    }

    private static String summary(Scenario s) {
        var variants = s.variants();
        return dev.avalanche.scenarios.output.SummaryJson.toJson(
                dev.avalanche.models.Simulator.simulate(s.name(), s.seed(), variants, 1, 2, (v, k) -> { })).toPrettyString();
    }

    @Test
    void sharesThatDoNotSumToOneAreReportedAtTheList() {
        assertEquals(List.of("s.yaml:14:3: requests: got shares summing to 0.9; allowed shares summing to 1"),
                problems(withMix(CART_AND_CHECKOUT.replace("share: 0.3", "share: 0.2"))));
    }

    @Test
    void aShareOutsideZeroToOneIsReportedAtTheShare() {
        assertEquals(List.of("s.yaml:15:12: requests[0].share: got 0; allowed a fraction in (0, 1]"),
                problems(withMix(CART_AND_CHECKOUT.replace("share: 0.7", "share: 0"))));
    }

    @Test
    void twoKindsOfTheSameNameAreReportedAtTheSecondName() {
        assertEquals(List.of("s.yaml:17:11: requests[1].name: got cart; allowed a name no other kind has"),
                problems(withMix(CART_AND_CHECKOUT.replace("name: checkout", "name: cart"))));
    }

    @Test
    void aKindWithoutAShareIsReportedAtTheKind() {
        assertEquals(List.of("s.yaml:14:5: requests[0].share: got nothing (the field is required); allowed the kind's"
                + " fraction of the intents, in (0, 1] (the shares sum to 1)"),
                problems(withMix(CART_AND_CHECKOUT.replace("    share: 0.7\n", ""))));
    }

    @Test
    void aCallOfAKindToAnUnknownServiceIsReportedAtTheService() {
        List<String> p = problems(withMix(CART_AND_CHECKOUT.replace("service: social", "service: payments")));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.getFirst().startsWith("s.yaml:19:23: requests[1].calls[0].service: got payments"), p.getFirst());
    }

    @Test
    void requestAndRequestsTogetherAreReportedAtTheMix() {
        List<String> p = problems(Fixtures.MINIMAL + CART_AND_CHECKOUT);
        assertEquals(List.of("s.yaml:21:3: requests: got requests beside request; allowed either request (every request"
                + " alike) or requests (a mix of kinds), not both"), p);
    }

    @Test
    void anEmptyMixIsReportedAtTheList() {
        assertEquals(List.of("s.yaml:13:11: requests: got an empty list; allowed " + "a list of kinds of request, each {name,"
                + " share, cpu, calls, local, cpuAfter}, e.g. [{name: cart, share: 0.7, local: [{name: db, latency: 5ms}]},"
                + " {name: checkout, share: 0.3, calls: [{service: payments}]}]"), problems(withMix("requests: []\n")));
    }
}
