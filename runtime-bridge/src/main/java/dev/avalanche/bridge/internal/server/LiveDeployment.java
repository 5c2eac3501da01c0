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
 * The built-in side of a live run: the scenario's {@code servers.count} {@link AppServer}s, each on
 * a port of its own, in this JVM or each in a JVM of its own ({@link ServerGroup}), and, when the
 * scenario has a balancer, the {@link BalancerProxy} in front of them in this JVM, where the users
 * send; without one, the users send to the one server directly, as the simulator's clients do. The
 * servers log into the run's {@link ServerLog} and call the run's stub; in this JVM they share the
 * {@code cpu} stream, in JVMs of their own each draws from a substream of its own. Thread-safe;
 * {@link #close} stops everything it started.
 */
public final class LiveDeployment implements AutoCloseable {

    /** Without progress for this long, the requests the servers have not seen are taken as never arriving. */
    static final Duration ARRIVAL_GRACE = Duration.ofSeconds(2);

    /** How long each connection the balancer opens to a server before the clock may take. */
    private static final long CONNECT_TIMEOUT_NANOS = 5_000_000_000L;

    private final ServerGroup servers;
    private final Optional<BalancerProxy> balancer;

    private LiveDeployment(ServerGroup servers, Optional<BalancerProxy> balancer) {
        this.servers = servers;
        this.balancer = balancer;
    }

    /**
     * Each server in a JVM of its own: {@code java -cp <this class path> mainClass args... --spec FILE},
     * whose {@code main} hands the spec to {@code ChildAppServer.serve} with the same scenario.
     *
     * @param lifetimeNanos how long each child may live at most (its watchdog)
     */
    public record ServerJvms(String mainClass, List<String> args, long seed, long lifetimeNanos) {
    }

    /**
     * Starts the servers, each warmed up by {@code warmUpRequests} to itself and holding
     * {@code stubConnections} to the stub ({@link AppServer#start}); then the balancer, if any, warmed
     * up by as many requests through it (the whole path: balancer, server, stub) and holding
     * {@code balancerConnections} to each server. Everything's warm-up is forgotten. On a failure,
     * what was started is closed. With {@code jvms}, each server runs in a JVM of its own.
     */
    public static LiveDeployment start(ModelConfig cfg, ThirdPartyStub stub, RandomStreams streams, LiveClock clock,
            ServerLog log, int warmUpRequests, int stubConnections, int balancerConnections, Optional<ServerJvms> jvms)
            throws IOException, InterruptedException {
        ServerGroup servers;
        if (jvms.isPresent()) {
            ServerJvms j = jvms.get();
            servers = ChildJvmServers.start(new ChildJvmServers.Launch(j.mainClass(), j.args(), j.seed(), j.lifetimeNanos()),
                    cfg.servers().count(), stub.address(), clock.timeScale(), log, warmUpRequests, stubConnections, clock);
        } else {
            LockedStream cpu = new LockedStream(streams.stream(StreamNames.CPU));
            List<AppServer> started = new ArrayList<>();
            try {
                for (int i = 0; i < cfg.servers().count(); i++) {
                    started.add(AppServer.start(cfg, stub, cpu, clock, log, warmUpRequests, stubConnections));
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                started.forEach(AppServer::close);
                throw e;
            }
            servers = new InJvmServers(started);
        }
        BalancerProxy balancer = null;
        try {
            if (cfg.balancer().isPresent()) {
                List<URI> uris = servers.uris();
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
        return balancer.map(BalancerProxy::uri).orElse(servers.uris().getFirst());
    }

    /** The balancer in front of the servers, when the scenario has one. */
    public Optional<BalancerProxy> balancer() {
        return balancer;
    }

    /** The servers' addresses, in order. */
    public List<URI> serverUris() {
        return servers.uris();
    }

    /** The servers' process ids, in order: this JVM's, or each its own. */
    public List<Long> serverPids() {
        return servers.pids();
    }

    /** CPU the servers' own JVMs used while the run played (0 when they run in this JVM; -1 unknown). */
    public long serverJvmsCpuNanos() {
        return servers.ownJvmCpuNanos();
    }

    /** Waits for the warm-up requests to be done everywhere, then forgets them; before the clock starts. */
    public void forgetWarmUp() throws IOException, InterruptedException {
        servers.forgetWarmUp();
        balancer.ifPresent(BalancerProxy::forgetWarmUp);
    }

    /** The run begins: every server's accept cost and accept queue's limit apply from now on. */
    public void play() throws IOException, InterruptedException {
        servers.play();
    }

    /** Waits until no server serves or queues a request, or the wall clock reads {@code untilWallNanos}; whether they went idle. */
    public boolean awaitIdle(LiveClock clock, long untilWallNanos) throws IOException, InterruptedException {
        return servers.awaitIdle(clock, untilWallNanos);
    }

    /**
     * Waits until the servers are idle and have taken every request whose user left or timed out
     * after sending it ({@code client}'s ABANDONED and TIMED_OUT ids that {@code server} has not
     * seen): such a request may still sit unread in a socket when the users are done, and a loaded
     * machine can keep it there for a while; it is not the run's end until a worker took or threw
     * it away. Bounded by {@code untilWallNanos}, and by {@link #ARRIVAL_GRACE} without progress,
     * since a request whose connection never opened never arrives. Whether the servers went idle.
     * Servers in JVMs of their own are settled when idle, then their logs are read into {@code server}:
     * a request still unread in a socket at that instant is not waited for.
     */
    public boolean awaitSettled(ClientLog client, ServerLog server, LiveClock clock, long untilWallNanos)
            throws IOException, InterruptedException {
        if (!servers.logsLive()) {
            boolean idle = awaitIdle(clock, untilWallNanos);
            servers.collect(clock);
            return idle;
        }
        // The users are done, so the ids to wait for are known now; each pass re-reads only those still unseen.
        int[] unseen = leftUnseen(client, server);
        int count = unseen.length;
        int before = Integer.MAX_VALUE;
        long giveUp = Long.MAX_VALUE;
        while (true) {
            if (!awaitIdle(clock, untilWallNanos)) {
                return false;
            }
            count = stillUnseen(unseen, count, server);
            long wall = clock.wallNanos();
            if (count < before) {
                before = count;
                giveUp = wall + ARRIVAL_GRACE.toNanos();
            }
            if (count == 0 || wall >= giveUp || wall >= untilWallNanos) {
                return true;
            }
            Thread.sleep(2);
        }
    }

    /** The ids whose user left or timed out after sending them, and which {@code server} has not seen. */
    private static int[] leftUnseen(ClientLog client, ServerLog server) {
        return java.util.stream.IntStream.range(0, client.size()).filter(id -> {
            ClientOutcome o = client.outcome(id);
            return (o == ClientOutcome.ABANDONED || o == ClientOutcome.TIMED_OUT) && server.accepts(id);
        }).filter(id -> server.stage(id) == ServerLog.Stage.NOT_SEEN).toArray();
    }

    /** Keeps in {@code ids[0, count)} those {@code server} has still not seen; how many. */
    private static int stillUnseen(int[] ids, int count, ServerLog server) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (server.stage(ids[i]) == ServerLog.Stage.NOT_SEEN) {
                ids[kept++] = ids[i];
            }
        }
        return kept;
    }

    /** The wall instant of the last change of any server's levels, 0 when none. */
    public long lastChangeNanos() {
        return servers.lastChangeNanos();
    }

    /** Each server's level log, in order: their sums are the deployment's busy workers and backlog. */
    public List<LevelLog> levels() {
        return servers.levels();
    }

    /** SYN retransmissions the servers played so far (overflow {@code drop}; in JVMs of their own, since the run began). */
    public long synRetransmissions() {
        return servers.synRetransmissions();
    }

    /** The requests each server's workers took ({@link AppServer#taken()}), in order. */
    public List<Long> taken() {
        return servers.taken();
    }

    @Override
    public void close() {
        balancer.ifPresent(BalancerProxy::close);
        servers.close();
    }
}
