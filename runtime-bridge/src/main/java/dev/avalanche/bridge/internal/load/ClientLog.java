package dev.avalanche.bridge.internal.load;

import dev.avalanche.models.result.Failures;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What the load generator saw of each request, by id (wall nanoseconds since the run's origin):
 * the instant it was meant to be sent (the schedule's, for the coordinated-omission correction),
 * the instant it was sent, the instant it got its outcome, the outcome, whether it was a refresh,
 * and for a failed, rejected or timed-out request its {@link FailureClass} (with the status of an
 * HTTP one). Ids are handed out in order up to the capacity. Thread-safe.
 */
public final class ClientLog {

    private static final ClientOutcome[] OUTCOMES = ClientOutcome.values();
    private static final FailureClass[] CLASSES = FailureClass.values();

    private final AtomicInteger next = new AtomicInteger();
    private final int capacity;
    private final AtomicLongArray intended;
    private final AtomicLongArray sent;
    private final AtomicLongArray resolved;
    private final AtomicIntegerArray outcome;
    /** 0 not sent, 1 sent as a first request, 2 sent as a refresh. */
    private final AtomicIntegerArray kind;
    /** 0 no failure, else the {@link FailureClass}'s ordinal + 1. */
    private final AtomicIntegerArray failure;
    /** The status of an {@link FailureClass#HTTP} failure. */
    private final AtomicIntegerArray status;

    public ClientLog(int capacity) {
        this.capacity = capacity;
        intended = new AtomicLongArray(capacity);
        sent = new AtomicLongArray(capacity);
        resolved = new AtomicLongArray(capacity);
        outcome = new AtomicIntegerArray(capacity);
        kind = new AtomicIntegerArray(capacity);
        failure = new AtomicIntegerArray(capacity);
        status = new AtomicIntegerArray(capacity);
    }

    /** The next id; empty once {@code capacity} ids were handed out. */
    public OptionalInt reserve() {
        int id = next.getAndUpdate(n -> Math.min(n + 1, capacity));
        return id < capacity ? OptionalInt.of(id) : OptionalInt.empty();
    }

    /**
     * Copies every id of {@code part} (another process's log, numbered from 0) into this log at ids
     * {@code base + id}, and hands out no id below {@code base + part.size()} afterwards: how the logs
     * of users split across processes ({@link UsersShare}) become the run's one log. Ids of this log
     * that no part filled stay unsent. Called before this log is read.
     *
     * @throws IllegalArgumentException when the part does not fit
     */
    public void place(ClientLog part, int base) {
        int n = part.size();
        if (base < 0 || (long) base + n > capacity) {
            throw new IllegalArgumentException("client log part: got " + n + " ids from " + base + "; allowed ids below " + capacity);
        }
        for (int id = 0; id < n; id++) {
            int to = base + id;
            intended.set(to, part.intended.get(id));
            sent.set(to, part.sent.get(id));
            resolved.set(to, part.resolved.get(id));
            outcome.set(to, part.outcome.get(id));
            kind.set(to, part.kind.get(id));
            failure.set(to, part.failure.get(id));
            status.set(to, part.status.get(id));
        }
        next.accumulateAndGet(base + n, Math::max);
    }

    /** How many ids are left to hand out. */
    public int remaining() {
        return capacity - next.get();
    }

    /** How many ids were handed out. */
    public int size() {
        return next.get();
    }

    /** How many requests were sent. */
    public int sentCount() {
        int n = 0;
        for (int id = 0; id < size(); id++) {
            n += wasSent(id) ? 1 : 0;
        }
        return n;
    }

    public void sent(int id, long intendedNanos, long sentNanos, boolean refresh) {
        intended.set(id, intendedNanos);
        sent.set(id, sentNanos);
        kind.set(id, refresh ? 2 : 1);
    }

    /**
     * Request {@code id} got outcome {@code o} at {@code nanos}; a failed, rejected or timed-out one
     * as the built-in deployment answers it (HTTP 500, 502 and 504: {@link Failures#answered}).
     */
    public void resolved(int id, ClientOutcome o, long nanos) {
        switch (o) {
            case FAILED -> resolved(id, o, FailureClass.HTTP, Failures.FAILED_STATUS, nanos);
            case REJECTED -> resolved(id, o, FailureClass.HTTP, Failures.REFUSED_STATUS, nanos);
            case TIMED_OUT -> resolved(id, o, FailureClass.HTTP, Failures.TIMED_OUT_STATUS, nanos);
            default -> {
                resolved.set(id, nanos);
                outcome.set(id, o.ordinal());
            }
        }
    }

    /**
     * Request {@code id} got outcome {@code o} at {@code nanos}, a failure of class {@code why}
     * ({@code httpStatus} says which status when it is {@link FailureClass#HTTP}; else ignored).
     */
    public void resolved(int id, ClientOutcome o, FailureClass why, int httpStatus, long nanos) {
        failure.set(id, why.ordinal() + 1);
        status.set(id, why == FailureClass.HTTP ? httpStatus : 0);
        resolved.set(id, nanos);
        outcome.set(id, o.ordinal());
    }

    public boolean wasSent(int id) {
        return kind.get(id) != 0;
    }

    public boolean isRefresh(int id) {
        return kind.get(id) == 2;
    }

    public long intendedNanos(int id) {
        return intended.get(id);
    }

    public long sentNanos(int id) {
        return sent.get(id);
    }

    public ClientOutcome outcome(int id) {
        return OUTCOMES[outcome.get(id)];
    }

    /** The class of request {@code id}'s failure; empty when it did not fail (or is not resolved). */
    public Optional<FailureClass> failure(int id) {
        int f = failure.get(id);
        return f == 0 ? Optional.empty() : Optional.of(CLASSES[f - 1]);
    }

    /** The HTTP status of request {@code id}'s {@link FailureClass#HTTP} failure; 0 otherwise. */
    public int failureStatus(int id) {
        return status.get(id);
    }

    /** Valid when the outcome is not {@link ClientOutcome#IN_FLIGHT}. */
    public long resolvedNanos(int id) {
        return resolved.get(id);
    }
}
