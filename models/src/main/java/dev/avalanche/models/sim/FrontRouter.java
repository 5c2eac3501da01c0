package dev.avalanche.models.sim;

import dev.avalanche.models.config.Front;

/**
 * A server's front router (uWSGI's {@code --http} router, an nginx): one event loop on the
 * server's host with a listen socket of its own. It accepts a user's connection, reads its
 * request and connects to the workers' socket, where the request goes through a second
 * handshake; it relays the response back. Its CPU shares the host's cores.
 */
final class FrontRouter implements Listener.Owner {

    final Listener listener;
    private final Loop loop;
    private final Listener workers;
    private final Handshake handshake;
    private final Handshake.Sender toWorkers;
    private final long acceptNanos;
    private final long relayNanos;
    /** The connection the loop is accepting now (a loop runs one task at a time). */
    private Request accepting;

    FrontRouter(Front cfg, Listener listener, Loop loop, Listener workers, Handshake handshake) {
        this.listener = listener;
        this.loop = loop;
        this.workers = workers;
        this.handshake = handshake;
        this.acceptNanos = cfg.accept().nanos();
        this.toWorkers = new Handshake.Sender(loop, 0, cfg.write().nanos());
        this.relayNanos = cfg.relay().nanos();
        listener.owner(this);
    }

    /** A connection entered the router's accept queue: the loop accepts one connection per readiness. */
    @Override
    public void ready(Request r) {
        r.stage = Request.Stage.QUEUED;
        loop.submit(acceptNanos, () -> accepting = listener.acceptQueue.pollFirst(), () -> {
            Request taken = accepting;
            accepting = null;
            if (taken.dataIn) {
                forward(taken);
            } else {
                taken.stage = Request.Stage.WAITING_DATA;
            }
        });
    }

    @Override
    public void dataArrived(Request r) {
        if (r.stage == Request.Stage.WAITING_DATA) {
            forward(r);
        }
    }

    /** The request read, the router connects to the workers' socket. */
    private void forward(Request r) {
        r.stage = Request.Stage.ROUTING;
        r.backHop = true;
        handshake.open(r, workers, toWorkers);
    }

    /** A worker's response: the router reads it and writes it to the user, then {@code then}. */
    void relay(Runnable then) {
        loop.submit(relayNanos, then);
    }
}
