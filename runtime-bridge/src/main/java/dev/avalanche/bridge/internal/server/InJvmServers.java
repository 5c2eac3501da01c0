package dev.avalanche.bridge.internal.server;

import dev.avalanche.bridge.internal.run.LiveClock;
import java.net.URI;
import java.util.List;

/** The app servers in this JVM, logging straight into the run's {@link ServerLog}. Thread contract: {@link ServerGroup}'s. */
final class InJvmServers implements ServerGroup {

    private final List<AppServer> servers;

    InJvmServers(List<AppServer> servers) {
        this.servers = List.copyOf(servers);
    }

    @Override
    public List<URI> uris() {
        return servers.stream().map(AppServer::uri).toList();
    }

    @Override
    public void forgetWarmUp() throws InterruptedException {
        for (AppServer s : servers) {
            s.forgetWarmUp();
        }
    }

    @Override
    public void play() {
        servers.forEach(AppServer::play);
    }

    @Override
    public boolean awaitIdle(LiveClock clock, long untilWallNanos) throws InterruptedException {
        for (AppServer s : servers) {
            if (!s.awaitIdle(clock, untilWallNanos)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean logsLive() {
        return true;
    }

    @Override
    public void collect(LiveClock clock) {
        // The run's log is the servers' own.
    }

    @Override
    public long lastChangeNanos() {
        long last = 0;
        for (AppServer s : servers) {
            last = Math.max(last, s.lastChangeNanos());
        }
        return last;
    }

    @Override
    public List<LevelLog> levels() {
        return servers.stream().map(AppServer::levels).toList();
    }

    @Override
    public long synRetransmissions() {
        return servers.stream().mapToLong(AppServer::synRetransmissions).sum();
    }

    @Override
    public List<Long> taken() {
        return servers.stream().map(AppServer::taken).toList();
    }

    @Override
    public long ownJvmCpuNanos() {
        return 0;
    }

    @Override
    public List<Long> pids() {
        return servers.stream().map(s -> ProcessHandle.current().pid()).toList();
    }

    @Override
    public void close() {
        servers.forEach(AppServer::close);
    }
}
