package dev.avalanche.models.sim;

import java.util.ArrayDeque;

/**
 * One application host: its cores, its worker processes and the listen socket they share, whose
 * accept queue holds at most {@code backlog} connections waiting for a worker.
 */
final class Server {

    final Host host;
    final ServerProcess[] processes;
    final int backlog;
    final ArrayDeque<Request> acceptQueue = new ArrayDeque<>();
    /** Requests the balancer has open on this server (least-connections). */
    int open;
    /** Whether {@code Flow.tryAccept} is handing out this server's queue (further up the stack). */
    boolean admitting;
    /** Where the next search for an idle process starts, so that processes take turns. */
    private int nextProcess;

    Server(Host host, int processCount, long slotsPerProcess, int carriers, int backlog) {
        this.host = host;
        this.backlog = backlog;
        this.processes = new ServerProcess[processCount];
        for (int i = 0; i < processCount; i++) {
            processes[i] = new ServerProcess(host, slotsPerProcess, carriers);
        }
    }

    boolean backlogFull() {
        return acceptQueue.size() >= backlog;
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
