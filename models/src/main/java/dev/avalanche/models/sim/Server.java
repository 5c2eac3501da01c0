package dev.avalanche.models.sim;

/**
 * One application host: its cores, its worker processes and the listen socket they share, and,
 * when configured, the front router users connect to instead.
 */
final class Server {

    final Host host;
    final ServerProcess[] processes;
    /** The workers' listen socket. */
    final Listener listener;
    /** The router in front of the workers; null: users connect to the workers' socket. */
    FrontRouter front;
    /** Requests the balancer has open on this server (least-connections). */
    int open;
    /** Its position among the balancer's servers. */
    int index;
    /** Whether {@code Flow.tryAccept} is handing out this server's queue (further up the stack). */
    boolean admitting;
    /** Where the next search for an idle process starts, so that processes take turns. */
    private int nextProcess;

    /** Accepts claimed by processes that have not yet taken their connection off the queue. */
    int claimed;

    Server(Host host, ServerProcess[] processes, Listener listener) {
        this.host = host;
        this.processes = processes;
        this.listener = listener;
        for (ServerProcess p : processes) {
            p.server = this;
        }
    }

    /** The socket users connect to. */
    Listener entry() {
        return front == null ? listener : front.listener;
    }

    /** A process that can accept now, taking turns; null when every process is busy. */
    ServerProcess idleProcess() {
        int n = processes.length;
        for (int k = 0; k < n; k++) {
            int i = nextProcess + k;
            if (i >= n) {
                i -= n;
            }
            if (processes[i].canAccept()) {
                nextProcess = i + 1 == n ? 0 : i + 1;
                return processes[i];
            }
        }
        return null;
    }
}
