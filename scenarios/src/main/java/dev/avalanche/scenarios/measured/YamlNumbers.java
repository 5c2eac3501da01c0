package dev.avalanche.scenarios.measured;

import dev.avalanche.models.fit.ServiceTimeFit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers as the scenario format writes them: durations with a unit, plain numbers without trailing zeros. */
final class YamlNumbers {

    private YamlNumbers() {
    }

    /** A duration in seconds with four significant digits and the unit that reads best (2.5s, 12.3ms, 40us). */
    static String duration(double seconds) {
        if (seconds >= 1) {
            return plain(seconds) + "s";
        }
        if (seconds >= 1e-3) {
            return plain(seconds * 1e3) + "ms";
        }
        if (seconds >= 1e-6) {
            return plain(seconds * 1e6) + "us";
        }
        return seconds <= 0 ? "0" : plain(seconds * 1e9) + "ns";
    }

    /** A number with four significant digits, no exponent, no trailing zeros. */
    static String plain(double x) {
        return new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** A number with {@code decimals} decimals, for comments. */
    static String fixed(double x, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }

    /** A fitted distribution in the format ({@code {dist: lognormal, median: 1s, sigma: 0.2}}). */
    static String distribution(ServiceTimeFit fit) {
        return switch (fit.family()) {
            case CONSTANT -> "{dist: constant, value: " + duration(fit.scale()) + "}";
            case LOGNORMAL -> "{dist: lognormal, median: " + duration(fit.scale()) + ", sigma: " + plain(fit.shape()) + "}";
            case GAMMA -> "{dist: gamma, mean: " + duration(fit.scale()) + ", shape: " + plain(fit.shape()) + "}";
        };
    }

    /** How the fit was found and how it checks, for a comment. */
    static String describe(ServiceTimeFit fit) {
        StringBuilder b = new StringBuilder();
        b.append(fit.family().yamlName()).append(" fitted to ").append(fit.samples()).append(" samples");
        if (fit.family() != ServiceTimeFit.Family.CONSTANT) {
            b.append(" (nearer than the other family by Kolmogorov-Smirnov, D = ").append(fixed(fit.ks(), 3)).append(")");
        } else {
            b.append(" (they vary by less than ").append(Math.round(ServiceTimeFit.CONSTANT_CV * 100)).append("% of their mean)");
        }
        b.append("; mean ").append(duration(fit.mean())).append(" +- ").append(duration(fit.meanHalfWidth95())).append(" (95%)");
        for (ServiceTimeFit.QuantileCheck c : fit.checks()) {
            b.append("; p").append(plain(c.p() * 100)).append(" measured ").append(duration(c.observed())).append(", fit ")
                    .append(duration(c.fitted()));
        }
        return b.toString();
    }

    /** {@code text} as comment lines of at most 100 characters, indented by {@code indent}. */
    static void comment(java.util.List<String> out, String indent, String text) {
        StringBuilder line = new StringBuilder(indent).append("#");
        for (String word : text.split(" ")) {
            if (line.length() + 1 + word.length() > 100 && line.length() > indent.length() + 1) {
                out.add(line.toString());
                line = new StringBuilder(indent).append("#");
            }
            line.append(' ').append(word);
        }
        out.add(line.toString());
    }
}
