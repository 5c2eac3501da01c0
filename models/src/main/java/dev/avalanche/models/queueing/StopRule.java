package dev.avalanche.models.queueing;

import dev.avalanche.engine.SimTime;

/** When a station run ends: after a number of counted arrivals, or at an instant. */
public sealed interface StopRule permits StopRule.AfterArrivals, StopRule.AtTime {

    /**
     * Stop generating arrivals after {@code count} customers have arrived after the warm-up, then
     * run until every customer has left (served or abandoned). Nothing is censored and the run ends
     * with the station empty, so Little's law holds exactly; the time-weighted averages include the
     * final drain.
     *
     * @param count customers counted after the warm-up; {@code >= 1}
     */
    record AfterArrivals(long count) implements StopRule {

        /** @throws IllegalArgumentException when {@code count < 1} */
        public AfterArrivals {
            if (count < 1) {
                throw new IllegalArgumentException("stop.count (arrivals after the warm-up) must be >= 1 but was " + count);
            }
        }
    }

    /**
     * Stop at {@code end}: the usual steady-state run. Customers still present at {@code end} are
     * counted as arrivals but are in no wait or sojourn statistic (they are censored).
     *
     * @param end the instant the run stops; must be after the warm-up
     */
    record AtTime(SimTime end) implements StopRule {

        /** @throws NullPointerException when {@code end} is null */
        public AtTime {
            java.util.Objects.requireNonNull(end, "stop.end must not be null");
        }
    }

    /** {@link AfterArrivals}. */
    static StopRule afterArrivals(long count) {
        return new AfterArrivals(count);
    }

    /** {@link AtTime} at {@code seconds} after time zero. */
    static StopRule atSeconds(double seconds) {
        return new AtTime(SimTime.ofSeconds(seconds));
    }
}
