package dev.avalanche.scenarios;

import static dev.avalanche.scenarios.Fixtures.MINIMAL;
import static dev.avalanche.scenarios.Fixtures.minimalWith;
import static dev.avalanche.scenarios.Fixtures.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gives exactly the expected file:line:column: path: message lines. */
class ProblemReportingTest {

    @Test
    void theMinimalFixtureIsValid() throws ScenarioException {
        assertEquals("minimal", Fixtures.load(MINIMAL).name());
    }

    @Test
    void anUnknownKeyIsReportedAtTheKeyWithTheClosestAllowedKey() {
        assertEquals(List.of("s.yaml:8:3: servers.cors: got an unknown key (did you mean \"cores\"?); allowed count, cores,"
                + " processes, workers, backlog, overflow, accept, overhead, discard, abandoned, front, tcp, deferAccept, shedAfter, limit"),
                problems(minimalWith("  cores: 8", "  cors: 8")));
    }

    @Test
    void anUnknownKeyWithNothingCloseListsTheAllowedKeysOnly() {
        assertEquals(List.of("s.yaml:20:1: colour: got an unknown key; allowed name, description, seed, variants, duration,"
                + " warmup, interval, drain, users, balancer, servers, request, requests, services"),
                problems(MINIMAL + "colour: blue\n"));
    }

    @Test
    void aValueOfTheWrongTypeIsReportedAtTheValue() {
        assertEquals(List.of("s.yaml:8:10: servers.cores: got eight; allowed an integer"),
                problems(minimalWith("  cores: 8", "  cores: eight")));
    }

    @Test
    void aQuotedNumberIsTextAndSaysSo() {
        assertEquals(List.of("s.yaml:8:10: servers.cores: got \"8\" (quoted, so text); allowed an integer"),
                problems(minimalWith("  cores: 8", "  cores: \"8\"")));
    }

    @Test
    void aScalarWhereAMappingBelongsIsReportedWithWhatTheMappingHolds() {
        assertEquals(List.of("s.yaml:3:8: users: got 5; allowed a mapping with arrivals (or closed), patience, refresh"),
                problems(minimalWith("users:\n  arrivals: {rate: 300}", "users: 5")));
    }

    @Test
    void aMissingRequiredFieldIsReportedAtItsMapping() {
        assertEquals(List.of("s.yaml:7:3: servers.backlog: got nothing (the field is required);"
                + " allowed an integer >= 0 (the listen queue's length)"),
                problems(minimalWith("  backlog: 100\n", "")));
    }

    @Test
    void aNegativeRateIsReportedAtTheRate() {
        assertEquals(List.of("s.yaml:4:20: users.arrivals.rate: got -300; allowed a finite number >= 0"),
                problems(minimalWith("{rate: 300}", "{rate: -300}")));
    }

    @Test
    void aProbabilityAboveOneIsReportedAtTheProbability() {
        assertEquals(List.of("s.yaml:5:26: users.refresh.probability: got 1.5; allowed a probability in [0, 1]"),
                problems(minimalWith("  arrivals: {rate: 300}\n",
                        "  arrivals: {rate: 300}\n  refresh: {probability: 1.5, max: 5, delay: 300ms}\n")));
    }

    @Test
    void zeroThreadsAreReportedAtTheSize() {
        assertEquals(List.of("s.yaml:10:35: servers.workers.size: got 0; allowed an integer >= 1"),
                problems(minimalWith("size: 40", "size: 0")));
    }

    @Test
    void unboundedIsAllowedForVirtualThreadsOnly() throws ScenarioException {
        assertEquals(0, Fixtures.load(minimalWith("model: threads, size: 40", "model: virtual-threads, size: unbounded"))
                .variants().getFirst().config().servers().workers().size());
        assertEquals(List.of("s.yaml:10:35: servers.workers.size: got unbounded; allowed an integer >= 1"),
                problems(minimalWith("size: 40", "size: unbounded")));
    }

    @Test
    void aCallToAnUndefinedServiceNamesTheDefinedOnes() {
        assertEquals(List.of("s.yaml:15:17: request.calls[0].service: got socal (did you mean \"social\"?);"
                + " allowed one of the services defined under services: social"),
                problems(minimalWith("{service: social,", "{service: socal,")));
    }

    @Test
    void aProfileOutOfTimeOrderIsReportedAtTheFirstPointThatGoesBack() {
        String yaml = MINIMAL + "    degradation: [{at: 10m, factor: 1}, {at: 11m, factor: 4}, {at: 5m, factor: 1}]\n";
        assertEquals(List.of("s.yaml:20:68: services.social.degradation[2].at: got 5m;"
                + " allowed a time >= the previous point's 660s (points in time order)"), problems(yaml));
    }

    @Test
    void aBadDurationStringNamesTheAllowedForms() {
        assertEquals(List.of("s.yaml:2:11: duration: got 30 minutes;"
                + " allowed a duration with its unit, such as 600ms, 2s, 10m, 5m30s, 250us"),
                problems(minimalWith("duration: 30m", "duration: 30 minutes")));
    }

    @Test
    void aBadDistributionNameListsTheDistributions() {
        assertEquals(List.of("s.yaml:18:21: services.social.latency.dist: got lognorm (did you mean \"lognormal\"?);"
                + " allowed one of constant, exponential, uniform, normal, lognormal, gamma, erlang, pareto, empirical, mixture"),
                problems(minimalWith("dist: lognormal", "dist: lognorm")));
    }

    @Test
    void aDistributionsOwnRuleIsReportedAtTheParameter() {
        assertEquals(List.of("s.yaml:18:54: services.social.latency.sigma: got -0.4; allowed sigma > 0 (lognormal)"),
                problems(minimalWith("sigma: 0.4", "sigma: -0.4")));
    }

    @Test
    void aLognormalGivenBothWaysIsReported() {
        assertEquals(List.of("s.yaml:18:65: services.social.latency.mean: got both median/sigma and mean/p99;"
                + " allowed either median and sigma, or mean and p99 (lognormal)"),
                problems(minimalWith("sigma: 0.4}", "sigma: 0.4, mean: 1s}")));
    }

    @Test
    void aWarmupAsLongAsTheRunIsReportedAtTheWarmup() {
        assertEquals(List.of("s.yaml:3:9: warmup: got 30m; allowed a duration shorter than the run's duration 1800s"),
                problems(minimalWith("duration: 30m\n", "duration: 30m\nwarmup: 30m\n")));
    }

    @Test
    void twoServersWithoutABalancerAreReportedAtTheCount() {
        assertEquals(List.of("s.yaml:6:10: servers.count: got 2; allowed 1 when there is no balancer (clients connect directly)"),
                problems(minimalWith("balancer: {policy: round-robin, timeout: 60s}\n", "")));
    }

    @Test
    void aYamlSyntaxErrorIsOneLocatedProblem() {
        assertEquals(List.of("s.yaml:5:9: users.arrivals[1]: got a YAML syntax error: expected ',' or ']', but got :,"
                + " while parsing a flow sequence started at line 4, column 13;"
                + " allowed well-formed YAML (indent with spaces; close every [ and {)"),
                problems(minimalWith("{rate: 300}", "[300, 330")));
    }

    @Test
    void aDuplicateKeyIsReportedAtTheSecondOne() {
        assertEquals(List.of("s.yaml:3:1: duration: got a second \"duration\" key (the first is at line 2, column 1);"
                + " allowed each key once per mapping"), problems(minimalWith("duration: 30m\n", "duration: 30m\nduration: 20m\n")));
    }

    @Test
    void anEmptyFileIsReported() {
        assertEquals(List.of("s.yaml:1:1: (root): got nothing; allowed a mapping with name, duration, users, servers, request"),
                problems(""));
    }

    @Test
    void everyProblemOfAFileIsReportedInLineOrder() {
        String yaml = minimalWith("name: minimal", "name: Minimal")
                .replace("{rate: 300}", "{rate: -1}")
                .replace("  cores: 8", "  cors: 8")
                .replace("size: 40", "size: 0")
                .replace("timeout: 30s", "timeout: soon");
        List<String> lines = problems(yaml);
        assertEquals(5, lines.size(), String.join("\n", lines));
        List<String> starts = lines.stream().map(l -> l.substring(0, l.indexOf(": got"))).toList();
        assertEquals(List.of("s.yaml:1:7: name", "s.yaml:4:20: users.arrivals.rate", "s.yaml:8:3: servers.cors",
                "s.yaml:10:35: servers.workers.size", "s.yaml:19:14: services.social.timeout"), starts);
    }

    @Test
    void anUnreadableFileIsAProblemNotAStackTrace() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(Path.of("no/such/scenario.yaml"), List.of()));
        String line = e.problems().getFirst().toString();
        assertEquals("no/such/scenario.yaml:1:1: (file): got no such file;"
                + " allowed a readable UTF-8 YAML file of at most 1048576 bytes (1 MiB)", line);
        assertEquals(line, e.getMessage());
    }

    @Test
    void anEmptyKeyIsNamedByItsQuotes() {
        assertEquals(List.of("s.yaml:2:1: \"\": got an unknown key; allowed name, description, seed, variants, duration,"
                + " warmup, interval, drain, users, balancer, servers, request, requests, services"),
                problems(minimalWith("duration: 30m", "\"\": 1\nduration: 30m")));
    }

    @Test
    void aKeyWithALineBreakStaysOnOneLine() {
        List<String> found = problems(minimalWith("duration: 30m", "\"a\\nb\": 1\nduration: 30m"));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.getFirst().startsWith("s.yaml:2:1: a\\nb: got an unknown key"), found.getFirst());
    }
}
