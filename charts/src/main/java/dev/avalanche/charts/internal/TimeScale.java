package dev.avalanche.charts.internal;

import dev.avalanche.models.result.Timeline;

/**
 * The unit of a chart's time axis: seconds for runs up to ten minutes, minutes beyond, so that
 * tick labels stay short and round.
 *
 * @param secondsPerUnit 1 or 60
 * @param label the axis label, with its unit
 */
public record TimeScale(double secondsPerUnit, String label) {

    /** Runs longer than this many seconds are drawn in minutes. */
    static final double MINUTES_BEYOND = 600;

    /** Columns that say something happened in an interval. */
    private static final java.util.List<String> ACTIVITY = java.util.List.of("intents", "sent", "completed", "goodput",
            "abandoned", "rejected", "timedOut", "failed", "busyWorkers", "backlog");

    public static final TimeScale SECONDS = new TimeScale(1, "time since the start (s)");
    public static final TimeScale MINUTES = new TimeScale(60, "time since the start (min)");

    /** The scale for a run whose timeline ends at {@code endSeconds}. */
    public static TimeScale forLength(double endSeconds) {
        return endSeconds > MINUTES_BEYOND ? MINUTES : SECONDS;
    }

    /**
     * Where a chart of {@code t} ends, in seconds since the start: the end of the last interval in
     * which anything was counted or held (the drain after the last outcome is left out), or of
     * the whole timeline when nothing ever was; 0 for an empty timeline.
     */
    public static double end(Timeline t) {
        double[] starts = t.starts();
        if (starts.length == 0) {
            return 0;
        }
        int last = -1;
        for (String c : ACTIVITY) {
            if (t.columns().containsKey(c)) {
                double[] v = t.column(c);
                for (int i = v.length - 1; i > last; i--) {
                    if (v[i] > 0) {
                        last = i;
                        break;
                    }
                }
            }
        }
        int i = last < 0 ? starts.length - 1 : Math.min(starts.length - 1, last + 1);
        return starts[i] + t.intervalSeconds();
    }

    /** {@code seconds} in this scale's unit. */
    public double of(double seconds) {
        return seconds / secondsPerUnit;
    }
}
