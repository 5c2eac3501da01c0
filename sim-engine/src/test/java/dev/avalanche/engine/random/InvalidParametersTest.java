package dev.avalanche.engine.random;

import static dev.avalanche.engine.random.Distributions.weighted;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every invalid parameter is refused with a message naming the distribution, the parameter and the value. */
class InvalidParametersTest {

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    record Case(String distribution, String parameter, String value, Executable build) {
        @Override
        public String toString() {
            return distribution + " with " + parameter + " = " + value;
        }
    }

    private static Case c(String distribution, String parameter, String value, Executable build) {
        return new Case(distribution, parameter, value, build);
    }

    static Stream<Case> cases() {
        return Stream.of(
                c("constant", "value", "-1.0", () -> Distributions.constant(-1)),
                c("constant", "value", "NaN", () -> Distributions.constant(NAN)),
                c("exponential", "mean", "-2.0", () -> Distributions.exponential(-2)),
                c("exponential", "mean", "0.0", () -> Distributions.exponential(0)),
                c("exponential", "mean", "NaN", () -> Distributions.exponential(NAN)),
                c("exponential", "mean", "Infinity", () -> Distributions.exponential(INF)),
                c("uniform", "min", "-1.0", () -> Distributions.uniform(-1, 1)),
                c("uniform", "max", "2.0", () -> Distributions.uniform(2, 2)),
                c("uniform", "max", "1.0", () -> Distributions.uniform(3, 1)),
                c("uniform", "max", "Infinity", () -> Distributions.uniform(0, INF)),
                c("truncated normal", "mean", "-1.0", () -> Distributions.truncatedNormal(-1, 1)),
                c("truncated normal", "mean", "Infinity", () -> Distributions.truncatedNormal(INF, 1)),
                c("truncated normal", "sd", "0.0", () -> Distributions.truncatedNormal(1, 0)),
                c("truncated normal", "sd", "NaN", () -> Distributions.truncatedNormal(1, NAN)),
                c("lognormal", "median", "0.0", () -> Distributions.lognormalByMedian(0, 1)),
                c("lognormal", "sigma", "-1.0", () -> Distributions.lognormalByMedian(1, -1)),
                c("lognormal", "sigma", "NaN", () -> Distributions.lognormalByMedian(1, NAN)),
                c("lognormal", "mean", "0.0", () -> Distributions.lognormalByMeanAndP99(0, 1)),
                c("lognormal", "p99", "1.0", () -> Distributions.lognormalByMeanAndP99(1, 1)),
                c("lognormal", "p99", "0.5", () -> Distributions.lognormalByMeanAndP99(1, 0.5)),
                c("lognormal", "p99", "20.0", () -> Distributions.lognormalByMeanAndP99(1, 20)),
                c("lognormal", "p99", "NaN", () -> Distributions.lognormalByMeanAndP99(1, NAN)),
                c("gamma", "mean", "-1.0", () -> Distributions.gamma(-1, 2)),
                c("gamma", "shape", "0.0", () -> Distributions.gamma(1, 0)),
                c("gamma", "shape", "Infinity", () -> Distributions.gamma(1, INF)),
                c("erlang", "phases", "0", () -> Distributions.erlang(1, 0)),
                c("erlang", "mean", "NaN", () -> Distributions.erlang(NAN, 2)),
                c("pareto", "scale", "0.0", () -> Distributions.pareto(0, 2)),
                c("pareto", "shape", "-1.0", () -> Distributions.pareto(1, -1)),
                c("empirical", "p50", "0.0", () -> Distributions.empirical(0, 1, 2, 3)),
                c("empirical", "p90", "1.0", () -> Distributions.empirical(1, 1, 2, 3)),
                c("empirical", "p99", "1.5", () -> Distributions.empirical(1, 2, 1.5, 3)),
                c("empirical", "max", "3.0", () -> Distributions.empirical(1, 2, 3, 3)),
                c("empirical", "max", "Infinity", () -> Distributions.empirical(1, 2, 3, INF)),
                c("empirical", "min", "-1.0", () -> Distributions.empiricalWithMin(-1, 1, 2, 3, 4)),
                c("empirical", "p50", "0.5", () -> Distributions.empiricalWithMin(1, 0.5, 2, 3, 4)),
                c("mixture", "weight", "0.0", () -> weighted(0, Distributions.constant(1))),
                c("mixture", "weight", "-1.0", () -> weighted(-1, Distributions.constant(1))),
                c("mixture", "weight", "NaN", () -> weighted(NAN, Distributions.constant(1))),
                c("mixture", "distribution", "null", () -> weighted(1, null)),
                c("mixture", "components", "[]", () -> Distributions.mixture(List.of())),
                c("mixture", "weights", "Infinity",
                        () -> Distributions.mixture(weighted(Double.MAX_VALUE, Distributions.constant(1)),
                                weighted(Double.MAX_VALUE, Distributions.constant(2)))),
                c("exponential", "p", "1.5", () -> Distributions.exponential(1).quantile(1.5)),
                c("empirical", "p", "-0.1", () -> Distributions.empirical(1, 2, 3, 4).quantile(-0.1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anInvalidParameterIsRefusedWithAMessageNamingDistributionParameterAndValue(Case c) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, c.build());
        String message = e.getMessage();
        assertTrue(message.startsWith(c.distribution() + ": "), message);
        assertTrue(message.contains(c.parameter()), message);
        assertTrue(message.contains(c.value()), message);
    }
}
