package dev.avalanche.models.result;

import java.util.List;

/**
 * Everything one run of a scenario produced, simulated or live.
 *
 * @param scenario the scenario's name
 * @param seed the master seed
 * @param mode {@code simulation} or {@code live}
 * @param complete false when the run was interrupted and the figures cover only part of it
 * @param variants in the order the scenario lists them
 */
public record RunResult(String scenario, long seed, String mode, boolean complete, List<VariantOutcome> variants) {

    public RunResult {
        variants = List.copyOf(variants);
    }
}
