package dev.avalanche.bridge.internal.run;

import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.RandomStream;

/**
 * A named random stream shared by many request threads: every draw holds the lock, so the
 * sequence of draws is the stream's, though which request gets which draw depends on the order
 * the threads come in (live runs are not reproducible request by request).
 *
 * <p>Thread contract: thread-safe; any thread may draw.
 */
public final class LockedStream {

    private final RandomStream stream;

    public LockedStream(RandomStream stream) {
        this.stream = stream;
    }

    /** One draw of {@code d}, in its unit (scenario seconds for durations). */
    public synchronized double sample(Distribution d) {
        return d.sample(stream);
    }

    /** True with probability {@code p}. */
    public synchronized boolean nextBoolean(double p) {
        return stream.nextBoolean(p);
    }
}
