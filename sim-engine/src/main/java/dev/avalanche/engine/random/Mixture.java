package dev.avalanche.engine.random;

import java.util.List;

/**
 * A finite mixture: with probability w_i, a draw from component i ("95% fast, 5% slow"). A mixture
 * of exponentials is a hyperexponential. Weights are relative (any positive numbers; 95 and 5 mean
 * the same as 0.95 and 0.05); they are normalised here. Each sample draws one uniform from the
 * stream to choose the component, then whatever that component draws.
 */
final class Mixture implements Distribution {

    private final Distribution[] components;
    /** Normalised weights, for the description. */
    private final double[] weights;
    /** cumulative[i] = w_0 + ... + w_i, normalised; the last is exactly 1. */
    private final double[] cumulative;
    private final double mean;

    /** @throws IllegalArgumentException when there is no component, or the weights overflow */
    Mixture(List<Distributions.Weighted> parts) {
        if (parts == null || parts.isEmpty()) {
            throw new IllegalArgumentException("mixture: components must not be empty but was " + parts);
        }
        int n = parts.size();
        double total = 0;
        for (Distributions.Weighted part : parts) {
            total += part.weight();
        }
        if (!Double.isFinite(total)) {
            throw new IllegalArgumentException("mixture: the weights must have a finite sum but summed to " + total);
        }
        components = new Distribution[n];
        weights = new double[n];
        cumulative = new double[n];
        double running = 0;
        double m = 0;
        for (int i = 0; i < n; i++) {
            Distributions.Weighted part = parts.get(i);
            components[i] = part.distribution();
            weights[i] = part.weight() / total;
            running += weights[i];
            cumulative[i] = running;
            m += weights[i] * components[i].mean();
        }
        // Rounding may leave the running sum a hair below 1; a uniform draw must never fall past it.
        cumulative[n - 1] = 1.0;
        mean = m;
    }

    @Override
    public double sample(RandomStream rng) {
        double u = rng.nextDouble();
        int last = components.length - 1;
        int i = 0;
        while (i < last && u >= cumulative[i]) {
            i++;
        }
        return components[i].sample(rng);
    }

    /** The weighted sum of the components' means; infinite when any component's is. */
    @Override
    public double mean() {
        return mean;
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder("mixture(");
        for (int i = 0; i < components.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Params.fmt(weights[i])).append(": ").append(components[i].describe());
        }
        return sb.append(')').toString();
    }
}
