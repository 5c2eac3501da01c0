package dev.avalanche.bridge.internal.stub;

import dev.avalanche.bridge.internal.run.LockedStream;
import dev.avalanche.models.config.Service;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * One third party of the {@link ThirdPartyStub}: when a call is taken up, its answer (status and
 * instant) is drawn: the latency times the degradation factor at that instant, divided by K; a
 * 504 at the timeout, less any wait, when the latency reaches it; else a 500 for the error ratio.
 * With a capacity, calls beyond it wait in arrival order until a call in service ends. Used by the
 * stub's one thread only.
 */
final class StubEndpoint {

    /** A call taken up: answer {@code status} on {@code conn} at {@code dueNanos}. */
    record Taken(long dueNanos, StubConnection conn, int status, StubEndpoint endpoint) {
    }

    private record Waiting(StubConnection conn, long arrivedNanos) {
    }

    private final Service service;
    private final LockedStream latency;
    private final LockedStream errors;
    private final double timeScale;
    private final LongSupplier modelNowNanos;
    private final int capacity;
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private int inService;

    StubEndpoint(Service service, LockedStream latency, LockedStream errors, double timeScale, LongSupplier modelNowNanos) {
        this.service = service;
        this.latency = latency;
        this.errors = errors;
        this.timeScale = timeScale;
        this.modelNowNanos = modelNowNanos;
        this.capacity = service.capacity().orElse(Integer.MAX_VALUE);
    }

    /** A call arrived at {@code now}: taken up at once, or empty when it waits for capacity. */
    Optional<Taken> arrive(StubConnection conn, long now) {
        if (inService < capacity) {
            inService++;
            return Optional.of(take(conn, now, 0));
        }
        waiting.addLast(new Waiting(conn, now));
        return Optional.empty();
    }

    /** A call in service was answered at {@code now}: the longest-waiting call, if any, is taken up. */
    Optional<Taken> leave(long now) {
        Waiting w = waiting.pollFirst();
        if (w == null) {
            inService--;
            return Optional.empty();
        }
        return Optional.of(take(w.conn(), now, now - w.arrivedNanos()));
    }

    private Taken take(StubConnection conn, long now, long waitedNanos) {
        double factor = service.degradation().valueAt(modelNowNanos.getAsLong());
        long wire = Math.round(latency.sample(service.latency()) * factor * 1e9 / timeScale);
        boolean error = errors.nextBoolean(service.errors());
        long budget = Math.round(service.timeout().nanos() / timeScale) - waitedNanos;
        if (wire >= budget) {
            return new Taken(now + Math.max(0, budget), conn, 504, this);
        }
        return new Taken(now + wire, conn, error ? 500 : 200, this);
    }
}
