package dev.avalanche.models.queueing;

import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.RandomStream;

/**
 * The few distributions these tests need, written here because the engine's distribution library
 * is being written in parallel. Swap these for the library's once it lands; nothing else changes.
 * Every value is in seconds.
 */
final class TestDistributions {

    private TestDistributions() {
    }

    /** Exponential with the given mean (SCV 1). */
    static Distribution exponential(double mean) {
        return new Exponential(mean);
    }

    /** Always {@code value} (SCV 0). */
    static Distribution constant(double value) {
        return new Constant(value);
    }

    /** Exponential with mean {@code mean1} with probability {@code p}, else with mean {@code mean2} (SCV ≥ 1). */
    static Hyperexponential hyperexponential(double p, double mean1, double mean2) {
        return new Hyperexponential(p, mean1, mean2);
    }

    private record Exponential(double mean) implements Distribution {
        @Override
        public double sample(RandomStream rng) {
            return mean * rng.nextExponential();
        }

        @Override
        public String describe() {
            return "exponential(mean=" + mean + ")";
        }
    }

    private record Constant(double mean) implements Distribution {
        @Override
        public double sample(RandomStream rng) {
            return mean;
        }

        @Override
        public String describe() {
            return "constant(" + mean + ")";
        }
    }

    record Hyperexponential(double p, double mean1, double mean2) implements Distribution {
        @Override
        public double sample(RandomStream rng) {
            // One uniform picks the phase, one exponential sets its length.
            return (rng.nextDouble() < p ? mean1 : mean2) * rng.nextExponential();
        }

        @Override
        public double mean() {
            return p * mean1 + (1 - p) * mean2;
        }

        /** E[S²] = 2(p·m1² + (1−p)·m2²): each phase is exponential, whose second moment is twice its squared mean. */
        double secondMoment() {
            return 2 * (p * mean1 * mean1 + (1 - p) * mean2 * mean2);
        }

        @Override
        public String describe() {
            return "hyperexponential(p=" + p + ", mean1=" + mean1 + ", mean2=" + mean2 + ")";
        }
    }
}
