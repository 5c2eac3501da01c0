package dev.avalanche.scenarios;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

/** Scenario texts for the tests, and a way to get the problem lines of a bad one. */
final class Fixtures {

    private Fixtures() {
    }

    /** A small valid scenario; the tests refer to its line numbers. */
    static final String MINIMAL = """
            name: minimal
            duration: 30m
            users:
              arrivals: {rate: 300}
            balancer: {policy: round-robin, timeout: 60s}
            servers:
              count: 2
              cores: 8
              processes: 8
              workers: {model: threads, size: 40}
              backlog: 100
              overflow: drop
            request:
              calls:
                - {service: social, count: 3}
            services:
              social:
                latency: {dist: lognormal, median: 620ms, sigma: 0.4}
                timeout: 30s
            """;

    /** {@link #MINIMAL} with the exact text {@code from} replaced by {@code to}. */
    static String minimalWith(String from, String to) {
        if (!MINIMAL.contains(from)) {
            throw new IllegalArgumentException("not in the fixture: " + from);
        }
        return MINIMAL.replace(from, to);
    }

    static Scenario load(String yaml, String... sets) throws ScenarioException {
        return ScenarioLoader.loadString(yaml, "s.yaml", List.of(sets));
    }

    /** The one-line problems of a scenario that must fail to load. */
    static List<String> problems(String yaml, String... sets) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(yaml, sets));
        return e.problems().stream().map(Problem::toString).toList();
    }
}
