package dev.avalanche.models.sim;

import dev.avalanche.engine.Simulation;
import dev.avalanche.models.config.LinuxTcp;

/**
 * The client's side of a connection to a {@link Listener}, on Linux's rules ({@link LinuxTcp}):
 * its sender's connect, the SYN and its retransmissions, the request written once the connection
 * is established, and that request's retransmissions while the accept queue keeps dropping the
 * segment that would complete the handshake. A request has one connection at a time: the user's,
 * then, behind a front router, the router's to the workers.
 */
final class Handshake {

    /**
     * The single-threaded process that opens a connection and writes its request: its connect
     * costs {@code connectNanos} (the SYN leaves at its end; 0: at once), its write
     * {@code writeNanos}, queued on the loop when the connection is established.
     */
    record Sender(Loop loop, long connectNanos, long writeNanos) {
    }

    /** What becomes of a connection that cannot be made. */
    @FunctionalInterface
    interface Refusal {
        void refused(Request r);
    }

    private final Simulation sim;
    private final LinuxTcp tcp;
    private final TcpCounters counters;
    private final Metrics metrics;
    private final boolean resetOnOverflow;
    private final Refusal refusal;

    Handshake(Simulation sim, LinuxTcp tcp, TcpCounters counters, Metrics metrics, boolean resetOnOverflow,
            Refusal refusal) {
        this.sim = sim;
        this.tcp = tcp;
        this.counters = counters;
        this.metrics = metrics;
        this.resetOnOverflow = resetOnOverflow;
        this.refusal = refusal;
    }

    /** Starts a connection from {@code r} to {@code target}, opened and written by {@code sender} (null: at once). */
    void open(Request r, Listener target, Sender sender) {
        r.target = target;
        r.sender = sender;
        r.synSent = 0;
        r.dataSent = 0;
        r.dataIn = false;
        r.halfOpen = false;
        r.stage = Request.Stage.CONNECTING;
        if (sender == null || sender.connectNanos() == 0) {
            syn(r);
        } else {
            sender.loop().submit(sender.connectNanos(), () -> {
                if (r.stage == Request.Stage.CONNECTING) { // not given up on while it waited for the loop
                    syn(r);
                }
            });
        }
    }

    private void syn(Request r) {
        r.synSent++;
        if (resetOnOverflow && r.target.acceptQueueFull()) {
            r.stage = Request.Stage.DONE;
            refusal.refused(r);
            return;
        }
        switch (r.target.syn()) {
            case DROPPED -> sim.scheduleLaneNanos(r.wake(), tcp.synRetransmissionDelayNanos(r.synSent));
            case HALF_OPEN -> established(r, true);
            case COOKIE -> established(r, false);
        }
    }

    /** The SYN timer fired: retransmit, or give up after the last retransmission's timeout. */
    void synTimer(Request r) {
        if (r.synSent > tcp.maxSynRetransmissions()) {
            r.stage = Request.Stage.DONE;
            refusal.refused(r);
            return;
        }
        counters.synRetransmissions++;
        metrics.synRetransmitted(r);
        syn(r);
    }

    /**
     * The client got its SYN-ACK: it is connected. A bare ACK completes the handshake at once
     * unless the listener defers to the first data (a syncookie's ACK always completes it); then
     * the sender writes the request.
     */
    private void established(Request r, boolean halfOpen) {
        r.stage = Request.Stage.HANDSHAKE;
        r.halfOpen = halfOpen;
        if (!halfOpen || !r.target.deferAccept) {
            r.target.complete(r);
        }
        if (r.sender == null) {
            sendData(r);
        } else {
            r.sender.loop().submit(r.sender.writeNanos(), () -> sendData(r));
        }
    }

    /** The request's first data leaves the client, or is retransmitted. */
    private void sendData(Request r) {
        if (r.stage == Request.Stage.DONE) {
            return; // its user gave up before the handshake completed
        }
        r.dataSent++;
        if (r.stage != Request.Stage.HANDSHAKE) {
            r.dataIn = true; // the connection was already in the accept queue or accepted
            r.target.dataArrived(r);
            return;
        }
        r.dataIn = true;
        if (!r.target.complete(r)) {
            r.dataIn = false;
            sim.scheduleLaneNanos(r.wake(), tcp.dataRetransmissionDelayNanos(r.dataSent));
        }
    }

    /** The data retransmission timer fired. */
    void dataTimer(Request r) {
        counters.dataRetransmissions++;
        sendData(r);
    }

    /** {@code r}'s user gave up while its own connection was not yet in an accept queue. */
    void abandon(Request r) {
        r.cancelWake();
        r.target.forget(r);
        r.stage = Request.Stage.DONE;
    }
}
