package dev.avalanche.bridge.internal.server;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What the app server did with each request, by the request's id (wall nanoseconds since the
 * run's origin): when it was received (handed to the workers), when a worker started it, when
 * the worker finished it and whether successfully, or whether it threw it away unworked. Written by the workers, read after the run.
 * Thread-safe.
 */
public final class ServerLog {

    /** How far a request got on the server; {@code DISCARDED}: thrown away unworked, its user gone. */
    public enum Stage {
        NOT_SEEN, STARTED, SUCCEEDED, FAILED, DISCARDED
    }

    private static final Stage[] STAGES = Stage.values();

    private final AtomicIntegerArray stage;
    private final AtomicLongArray received;
    private final AtomicLongArray started;
    private final AtomicLongArray ended;

    public ServerLog(int capacity) {
        stage = new AtomicIntegerArray(capacity);
        received = new AtomicLongArray(capacity);
        started = new AtomicLongArray(capacity);
        ended = new AtomicLongArray(capacity);
    }

    /** How many ids it has room for. */
    public int capacity() {
        return stage.length();
    }

    /** Whether {@code id} can be logged (ids come from the wire, so they are checked). */
    public boolean accepts(long id) {
        return id >= 0 && id < stage.length();
    }

    public void started(int id, long receivedNanos, long startedNanos) {
        received.set(id, receivedNanos);
        started.set(id, startedNanos);
        stage.set(id, Stage.STARTED.ordinal());
    }

    /** A worker took {@code id} at {@code startedNanos} and threw it away: its user had left while it waited. */
    public void discarded(int id, long receivedNanos, long startedNanos) {
        received.set(id, receivedNanos);
        started.set(id, startedNanos);
        ended.set(id, startedNanos);
        stage.set(id, Stage.DISCARDED.ordinal());
    }

    public void ended(int id, long nanos, boolean success) {
        ended.set(id, nanos);
        stage.set(id, (success ? Stage.SUCCEEDED : Stage.FAILED).ordinal());
    }

    /** How many requests a worker started to work on (not the discarded), so far. */
    public int worked() {
        int n = 0;
        for (int id = 0; id < stage.length(); id++) {
            Stage s = STAGES[stage.get(id)];
            n += s == Stage.STARTED || s == Stage.SUCCEEDED || s == Stage.FAILED ? 1 : 0;
        }
        return n;
    }

    public Stage stage(int id) {
        return STAGES[stage.get(id)];
    }

    /** Valid once the request is {@link Stage#STARTED} or later. */
    public long receivedNanos(int id) {
        return received.get(id);
    }

    /** Valid once the request is {@link Stage#STARTED} or later. */
    public long startedNanos(int id) {
        return started.get(id);
    }

    /** Valid once the request {@link Stage#SUCCEEDED}, {@link Stage#FAILED} or was {@link Stage#DISCARDED}. */
    public long endedNanos(int id) {
        return ended.get(id);
    }
}
