package dev.avalanche.cli;

import dev.avalanche.bridge.LiveOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How a live run is paced and bounded (a picocli mixin shared by {@code live} and {@code validate}). */
final class LiveRunOptions {

    @Option(names = "--time-scale", paramLabel = "K", defaultValue = "1",
            description = "Play the scenario K times faster: latencies and durations / K, rates x K (default ${DEFAULT-VALUE}).")
    double timeScale;

    @Option(names = "--max-wall", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "Stop the traffic after this much real time per variant (default 60s, at most 1h).")
    double maxWallSeconds;

    @Option(names = "--max-requests", paramLabel = "N", defaultValue = "100000",
            description = "Stop after sending this many requests per variant (default ${DEFAULT-VALUE}).")
    long maxRequests;

    /** @throws IllegalArgumentException naming the option when a value is out of range */
    LiveOptions toOptions() {
        try {
            return new LiveOptions(timeScale, Duration.ofNanos(Math.round(maxWallSeconds * 1e9)), maxRequests);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace("timeScale:", "--time-scale:")
                    .replace("wallTimeCap:", "--max-wall:").replace("maxRequests:", "--max-requests:"), e);
        }
    }
}
