package dev.avalanche.models.preflight;

import java.util.List;
import java.util.Objects;

/**
 * A run the preflight refuses: what it would cost, the field to change, and whether
 * {@code --force} lets it run anyway.
 *
 * @param forcible true when the run is merely large ({@code --force} runs it), false when it cannot
 *     run at all (beyond the heap, or hours of work)
 * @param variants the variants it concerns, the one whose field is shown first (empty: all of them)
 * @param total whether the estimate is of all the runs together (their events or heap), rather than of each
 * @param field the dotted path of the field to change, as the domain names it
 *     ({@code interval}, {@code users.arrivals.rate}, {@code request.calls[0].count})
 * @param value the field's value as the model holds it, for when the field was not written
 * @param estimate what the run would hold or do, e.g. {@code about 3.6e+12 time-series rows}
 * @param allowed what is allowed instead and what to do
 */
public record Finding(boolean forcible, List<String> variants, boolean total, String field, String value, String estimate,
        String allowed) {

    public Finding {
        variants = List.copyOf(variants);
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(allowed, "allowed");
    }
}
