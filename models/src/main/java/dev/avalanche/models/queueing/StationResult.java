package dev.avalanche.models.queueing;

import dev.avalanche.engine.SimTime;

/**
 * What one run of a station measured. Counts and tallies cover customers that arrived at or after
 * the warm-up; time-weighted means and the area cover the span from the warm-up to {@link #end()}.
 *
 * @param arrivals customers that arrived
 * @param blocked arrivals turned away because the station was full
 * @param served customers whose service completed
 * @param abandoned customers who left the queue when their patience ran out
 * @param waited admitted customers who found every server busy and joined the queue
 * @param meanWaitSeconds mean time from arrival to start of service, over customers who started
 *     service (a Tally); NaN when none did
 * @param meanSojournSeconds mean time from arrival to the end of service, over served customers; NaN when none was
 * @param meanBusyServers time-weighted mean number of busy servers
 * @param meanInQueue time-weighted mean number waiting
 * @param meanInSystem time-weighted mean number in the system (waiting and in service)
 * @param end the simulated instant the run ended
 * @param areaInSystem the integral of the number in the system over time, in customer-seconds
 * @param totalSojournSeconds the summed time in the system of every counted customer who left,
 *     served or abandoned; equals {@code areaInSystem} when the run starts and ends empty without
 *     warm-up (Little's law on a sample path)
 */
public record StationResult(long arrivals, long blocked, long served, long abandoned, long waited,
        double meanWaitSeconds, double meanSojournSeconds, double meanBusyServers, double meanInQueue,
        double meanInSystem, SimTime end, double areaInSystem, double totalSojournSeconds) {

    /**
     * @throws IllegalArgumentException when a count is negative, more customers left or were blocked
     *     than arrived, or more waited than were admitted
     */
    public StationResult {
        if (blocked < 0 || served < 0 || abandoned < 0 || waited < 0) {
            throw new IllegalArgumentException("counts must be >= 0 but were blocked=" + blocked + " served=" + served
                    + " abandoned=" + abandoned + " waited=" + waited);
        }
        if (blocked + served + abandoned > arrivals) {
            throw new IllegalArgumentException("blocked + served + abandoned must be <= arrivals (" + arrivals + ") but was "
                    + (blocked + served + abandoned));
        }
        if (waited > arrivals - blocked) {
            throw new IllegalArgumentException("waited must be <= admitted customers (" + (arrivals - blocked) + ") but was " + waited);
        }
    }

    /** Arrivals that were not blocked. */
    public long admitted() {
        return arrivals - blocked;
    }

    /** Admitted customers still in the station when the run ended (0 for {@link StopRule.AfterArrivals}). */
    public long leftInSystem() {
        return admitted() - served - abandoned;
    }

    /** Blocked arrivals over all arrivals; NaN when nothing arrived. */
    public double blockingProbability() {
        return (double) blocked / arrivals;
    }

    /** Admitted customers who had to wait over all admitted customers: P(wait > 0). NaN when none was admitted. */
    public double waitProbability() {
        return (double) waited / admitted();
    }

    /** Customers who abandoned over customers who left (served or abandoned); NaN when none left. */
    public double abandonmentProbability() {
        return (double) abandoned / (served + abandoned);
    }
}
