package dev.avalanche.scenarios.internal;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.models.config.Profile;
import dev.avalanche.scenarios.internal.Node.ListNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Binds a profile: a list of {@code {at: <duration>, <value key>: <number>}} points in time order
 * ({@code rate} for arrivals, {@code factor} for a degradation).
 */
final class ProfileBinder {

    private final Values values;
    private final Problems problems;

    ProfileBinder(Values values) {
        this.values = values;
        this.problems = values.problems();
    }

    /** The profile at {@code at}, whose points call their value {@code valueKey}; null when reported. */
    Profile bind(At at, String valueKey) {
        String allowed = "a list of points such as [{at: 0s, " + valueKey + ": 1}, {at: 10m, " + valueKey + ": 2}]";
        if (!(at.node() instanceof ListNode list) || list.items().isEmpty()) {
            problems.invalid(at, allowed);
            return null;
        }
        int before = problems.count();
        List<Profile.Point> points = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            At item = at.item(i);
            Fields f = Fields.dynamic(item, problems, "a point such as {at: 10m, " + valueKey + ": 2}", List.of("at", valueKey));
            SimDuration when = f.required("at", Durations.ALLOWED, values::duration);
            Double value = f.required(valueKey, "a number >= 0", values::number);
            if (when != null && value != null) {
                Profile.Point p = problems.build(item, Map.of("value", valueKey), () -> new Profile.Point(when, value));
                points.add(p);
            }
        }
        if (problems.count() > before) {
            return null;
        }
        return problems.build(at, Map.of("profile", ""), () -> new Profile(points));
    }

    /** A profile that is {@code value} (the number at {@code at}) for ever; null when reported. */
    Profile constant(At at) {
        Double value = values.number(at);
        return value == null ? null : problems.build(at, Map.of("value", ""), () -> Profile.constant(value));
    }
}
