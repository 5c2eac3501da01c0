package dev.avalanche.bridge.internal.server;

import dev.avalanche.bridge.internal.load.ClientLog;
import dev.avalanche.bridge.internal.load.ClientOutcome;
import dev.avalanche.bridge.internal.load.WarmUp;
import dev.avalanche.bridge.internal.run.Http1Client;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.bridge.internal.run.LockedStream;
import dev.avalanche.bridge.internal.run.Loopback;
import dev.avalanche.bridge.internal.stub.ThirdPartyStub;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.workload.StreamNames;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in side of a live run: the scenario's {@code servers.count} {@link AppServer}s in this
 * JVM, each on a port of its own, and, when the scenario has a balancer, the {@link BalancerProxy}
 * in front of them, where the users send; without one, the users send to the one server directly,
 * as the simulator's clients do. The servers share the run's {@link ServerLog}, the stub and the
 * {@code cpu} stream. Thread-safe; {@link #close} stops everything it started.
 */
public final class LiveDeployment implements AutoCloseable {

    /** Without progress for this long, the requests the servers have not seen are taken as never arriving. */
    static final Duration ARRIVAL_GRACE = Duration.ofSeconds(2);

    /** How long each connection the balancer opens to a server before the clock may take. */
    private static final long CONNECT_TIMEOUT_NANOS = 5_000_000_000L;

    private final List<AppServer> servers;
    private final Optional<BalancerProxy> balancer;

    private LiveDeployment(List<AppServer> servers, Optional<BalancerProxy> balancer) {
        this.servers = List.copyOf(servers);
        this.balancer = balancer;
    }

    /**
     * Starts the servers, each warmed up by {@code warmUpRequests} to itself and holding
     * {@code stubConnections} to the stub ({@link AppServer#start}); then the balancer, if any, warmed
     * up by as many requests through it (the whole path: balancer, server, stub) and holding
     * {@code balancerConnections} to each server. Everything's warm-up is forgotten. On a failure,
     * what was started is closed.
     */
    public static LiveDeployment start(ModelConfig cfg, ThirdPartyStub stub, RandomStreams streams, LiveClock clock,
            ServerLog log, int warmUpRequests, int stubConnections, int balancerConnections)
            throws IOException, InterruptedException {
        LockedStream cpu = new LockedStream(streams.stream(StreamNames.CPU));
        List<AppServer> servers = new ArrayList<>();
        BalancerProxy balancer = null;
        try {
            for (int i = 0; i < cfg.servers().count(); i++) {
                servers.add(AppServer.start(cfg, stub, cpu, clock, log, warmUpRequests, stubConnections));
            }
            if (cfg.balancer().isPresent()) {
                List<URI> uris = servers.stream().map(AppServer::uri).toList();
                balancer = BalancerProxy.start(cfg.balancer().get(), uris, streams, clock);
                try (Http1Client self = Loopback.client(balancer.uri())) {
                    WarmUp.send(self, balancer.uri().getRawPath() + "?" + RequestHandler.WARM_UP_QUERY, warmUpRequests);
                }
                balancer.open(balancerConnections, CONNECT_TIMEOUT_NANOS);
            }
            LiveDeployment d = new LiveDeployment(servers, Optional.ofNullable(balancer));
            d.forgetWarmUp();
            return d;
        } catch (IOException | InterruptedException | RuntimeException e) {
            new LiveDeployment(servers, Optional.ofNullable(balancer)).close();
            throw e;
        }
    }

    /** Where users send their requests (append {@code ?id=N}): the balancer, or the one server. */
    public URI uri() {
        return balancer.map(BalancerProxy::uri).orElse(servers.getFirst().uri());
    }

    /** The balancer in front of the servers, when the scenario has one. */
    public Optional<BalancerProxy> balancer() {
        return balancer;
    }

    /** The servers' addresses, in order. */
    public List<URI> serverUris() {
        return servers.stream().map(AppServer::uri).toList();
    }

    /** Waits for the warm-up requests to be done everywhere, then forgets them; before the clock starts. */
    public void forgetWarmUp() throws InterruptedException {
        for (AppServer s : servers) {
            s.forgetWarmUp();
        }
        balancer.ifPresent(BalancerProxy::forgetWarmUp);
    }

    /** The run begins: every server's accept cost and accept queue's limit apply from now on. */
    public void play() {
        servers.forEach(AppServer::play);
    }

    /** Waits until no server serves or queues a request, or the wall clock reads {@code untilWallNanos}; whether they went idle. */
    public boolean awaitIdle(LiveClock clock, long untilWallNanos) throws InterruptedException {
        for (AppServer s : servers) {
            if (!s.awaitIdle(clock, untilWallNanos)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Waits until the servers are idle and have taken every request whose user left or timed out
     * after sending it ({@code client}'s ABANDONED and TIMED_OUT ids that {@code server} has not
     * seen): such a request may still sit unread in a socket when the users are done, and a loaded
     * machine can keep it there for a while; it is not the run's end until a worker took or threw
     * it away. Bounded by {@code untilWallNanos}, and by {@link #ARRIVAL_GRACE} without progress,
     * since a request whose connection never opened never arrives. Whether the servers went idle.
     */
    public boolean awaitSettled(ClientLog client, ServerLog server, LiveClock clock, long untilWallNanos)
            throws InterruptedException {
        int unseen = Integer.MAX_VALUE;
        long giveUp = Long.MAX_VALUE;
        while (true) {
            if (!awaitIdle(clock, untilWallNanos)) {
                return false;
            }
            int now = unseen(client, server);
            long wall = clock.wallNanos();
            if (now < unseen) {
                unseen = now;
                giveUp = wall + ARRIVAL_GRACE.toNanos();
            }
            if (now == 0 || wall >= giveUp || wall >= untilWallNanos) {
                return true;
            }
            Thread.sleep(2);
        }
    }

    private static int unseen(ClientLog client, ServerLog server) {
        int n = 0;
        for (int id = 0; id < client.size(); id++) {
            ClientOutcome o = client.outcome(id);
            boolean left = o == ClientOutcome.ABANDONED || o == ClientOutcome.TIMED_OUT;
            n += left && server.accepts(id) && server.stage(id) == ServerLog.Stage.NOT_SEEN ? 1 : 0;
        }
        return n;
    }

    /** The wall instant of the last change of any server's levels, 0 when none. */
    public long lastChangeNanos() {
        long last = 0;
        for (AppServer s : servers) {
            last = Math.max(last, s.lastChangeNanos());
        }
        return last;
    }

    /** Each server's level log, in order: their sums are the deployment's busy workers and backlog. */
    public List<LevelLog> levels() {
        return servers.stream().map(AppServer::levels).toList();
    }

    /** SYN retransmissions the servers played so far (overflow {@code drop}). */
    public long synRetransmissions() {
        return servers.stream().mapToLong(AppServer::synRetransmissions).sum();
    }

    /** The requests each server's workers took ({@link AppServer#taken()}), in order. */
    public List<Long> taken() {
        return servers.stream().map(AppServer::taken).toList();
    }

    @Override
    public void close() {
        balancer.ifPresent(BalancerProxy::close);
        for (AppServer s : servers) {
            s.close();
        }
    }
}
