package dev.avalanche.engine.random;

/**
 * A distribution of non-negative quantities (in the domain: durations in seconds). Implementations
 * are immutable and validate their parameters in their constructor, naming the parameter, the
 * value and the rule.
 */
public interface Distribution {

    /** One draw, using only {@code rng}, so that a named stream alone determines the sequence. */
    double sample(RandomStream rng);

    /** The exact mean (or the best closed form available), in the unit of the samples. */
    double mean();

    /** A short human description with its parameters, e.g. {@code exponential(mean=2)}. */
    String describe();
}
