package dev.avalanche.bridge.internal.load;

import dev.avalanche.bridge.LiveTarget;
import dev.avalanche.bridge.StopSignal;
import dev.avalanche.bridge.internal.run.Http1Client;
import dev.avalanche.bridge.internal.run.LiveClock;
import dev.avalanche.bridge.internal.run.LockedStream;
import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Users;
import dev.avalanche.models.result.Failures;
import dev.avalanche.models.workload.ClosedLoop;
import dev.avalanche.models.workload.PoissonArrivals;
import dev.avalanche.models.workload.StreamNames;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The users: a closed loop like {@code ab -c C -n N} or an open loop on a precomputed Poisson
 * schedule, each intent on its own virtual thread so that a slow response never delays the next
 * send, over keep-alive connections of an {@link Http1Client}. A user waits at most its patience
 * (then closes the connection: abandoned); a 504 is the balancer's timeout (timed out), and against
 * a target, which has no balancer of ours in front, the users give up at the scenario's balancer
 * timeout themselves (timed out too); an abandoning user may refresh. Every wait is also bounded by the run's deadline;
 * what is still waiting then stays in flight. Requests are numbered, the ids sent as {@code ?id=N}.
 *
 * <p>Bounded: ids run out at the log's capacity ({@link #truncated()} then says so), nothing is sent
 * at or after the deadline or once the stop signal is given, and after a stop the requests in
 * flight get {@code stopGraceNanos} at most; so {@link #run} returns by the deadline (or the stop
 * plus the grace) plus about a second.
 *
 * <p>Thread contract: {@link #connect} then {@link #run} are called by one thread, once each; every
 * intent runs on a virtual thread of its own, drawing from streams shared under their locks
 * ({@link LockedStream}) and logging into the thread-safe {@link ClientLog}; {@link #endNanos} and
 * {@link #truncated} may be read by any thread once {@link #run} has returned.
 */
public final class LoadGenerator {

    /** How long {@link #connect} waits for each connection. */
    static final long CONNECT_TIMEOUT_NANOS = 5_000_000_000L;

    private final ModelConfig cfg;
    private final LiveTarget target;
    private final LiveClock clock;
    private final ClientLog log;
    private final long deadline;
    private final StopSignal stop;
    private final long stopGraceNanos;
    private final Users.Refresh refresh;
    private final Optional<Distribution> patience;
    private final Optional<Long> timeoutWall;
    private final LockedStream patienceStream;
    private final LockedStream refreshStream;
    private final LockedStream thinkStream;
    private final RandomStreams streams;
    private final AtomicBoolean truncated = new AtomicBoolean();
    private final Http1Client client;
    private final boolean newConnections;
    private final UsersShare share;
    private volatile boolean ending;
    private volatile long endNanos;

    /** @param play when the users stop, how they connect, and who plays the balancer's timeout */
    public LoadGenerator(ModelConfig cfg, LiveTarget target, RandomStreams streams, LiveClock clock, ClientLog log,
            UsersPlay play) {
        this.cfg = cfg;
        this.target = target;
        this.clock = clock;
        this.log = log;
        this.deadline = play.deadlineWallNanos();
        this.stop = play.stop();
        this.stopGraceNanos = play.stopGraceNanos();
        this.refresh = cfg.users().refresh();
        this.patience = cfg.users().patience();
        this.timeoutWall = cfg.balancer().filter(b -> play.timeout() == UsersPlay.BalancerTimeout.USERS)
                .map(b -> clock.toWall(b.timeout()));
        this.streams = streams;
        this.share = play.share();
        if (share.count() > 1 && cfg.users().arrivals() instanceof Arrivals.Closed) {
            throw new IllegalArgumentException("users split across " + share.count()
                    + " processes: got a closed loop; allowed an open loop (users.arrivals.rate)");
        }
        this.patienceStream = new LockedStream(streams.stream(share.streamName(StreamNames.PATIENCE)));
        this.refreshStream = new LockedStream(streams.stream(share.streamName(StreamNames.REFRESH)));
        this.thinkStream = new LockedStream(streams.stream(share.streamName(StreamNames.THINK)));
        this.newConnections = play.connections() == UsersPlay.Connections.PER_REQUEST;
        this.client = new Http1Client(target.address(), target.hostHeader(), !newConnections);
    }

    /**
     * Opens the closed loop's keep-alive connections, one per user, before the clock starts, as wrk
     * does: connection setup is not part of the model, and 1000 users opening theirs at once spent
     * about 0.3 s of the two cores in the first round. Does nothing for an open loop, whose users
     * come one by one. Connections that fail to open are opened again when a user needs one.
     */
    public void connect() {
        if (!newConnections && cfg.users().arrivals() instanceof Arrivals.Closed closed) {
            client.open((int) Math.min(Math.min(closed.concurrency(), closed.requests()), log.remaining()), CONNECT_TIMEOUT_NANOS);
        }
    }

    /** The wall instant {@link #run} saw every user done or let the rest go. */
    public long endNanos() {
        return endNanos;
    }

    /** Whether requests were left unsent because the request cap was reached. */
    public boolean truncated() {
        return truncated.get();
    }

    /** Plays the traffic; returns when every user has its outcome, or the deadline (or a stop and its grace) has passed. */
    public void run() throws InterruptedException {
        try (ExecutorService users = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("user-", 0).factory());
                Http1Client client = this.client) {
            switch (cfg.users().arrivals()) {
                case Arrivals.Open open -> openLoop(open, users, client);
                case Arrivals.Closed closed -> closedLoop(closed, users, client);
            }
            users.shutdown();
            while (!users.awaitTermination(10, TimeUnit.MILLISECONDS) && clock.wallNanos() < horizon()) {
                // The users finish, or the horizon comes.
            }
            endNanos = clock.wallNanos();
            ending = true;
            client.close();
            users.shutdownNow();
            users.awaitTermination(1, TimeUnit.SECONDS);
        }
    }

    /** When the users still waiting are let go: a second after the deadline, or the stop's grace. */
    private long horizon() {
        long h = deadline + 1_000_000_000L;
        if (stop.isStopped()) {
            h = Math.min(h, stop.stoppedAtNanoTime() - clock.originNanoTime() + stopGraceNanos);
        }
        return h;
    }

    private boolean mayStart(long wallNanos) {
        return wallNanos < deadline && !stop.isStopped();
    }

    /** Sleeps until {@code wallNanos} or the stop; whether the time came without a stop. */
    private boolean sleepUntil(long wallNanos) throws InterruptedException {
        long left;
        while ((left = wallNanos - clock.wallNanos()) > 0) {
            if (stop.await(left)) {
                return false;
            }
        }
        return !stop.isStopped();
    }

    /**
     * Draws the whole schedule (as many intents as every share's cap together, and one more) and
     * plays this share's intents of it ({@link UsersShare#plays}), at most this log's capacity.
     */
    private void openLoop(Arrivals.Open open, ExecutorService users, Http1Client client) throws InterruptedException {
        int cap = log.remaining();
        long[] schedule = new PoissonArrivals(open.rate(), cfg.duration().nanos(), streams.stream(StreamNames.ARRIVALS))
                .schedule((int) Math.min(Integer.MAX_VALUE - 1, (long) cap * share.count()) + 1);
        long myIntents = (schedule.length - share.index() + share.count() - 1) / share.count();
        if (myIntents > cap) {
            truncated.set(true);
        }
        int mine = 0;
        for (int k = 0; k < schedule.length; k++) {
            if (!share.plays(k)) {
                continue;
            }
            if (++mine > cap) {
                break;
            }
            long at = clock.toWall(schedule[k] / 1e9);
            if (!mayStart(at) || !sleepUntil(at)) {
                break;
            }
            users.execute(() -> intent(client, at));
        }
    }

    /**
     * Starts each user at its instant of the ramp ({@link ClosedLoop}), from the calling thread, so
     * that no user waits parked for its start. With {@code firstAlone}, the first user sends its first
     * request alone and the others start over the ramp from the instant it was done, as ab 2.4 does.
     * A user means to send its first request at its instant of the ramp and each next one as soon as
     * it is done with the previous (after its think time): those are the intended instants its lag
     * and latency are measured from.
     */
    private void closedLoop(Arrivals.Closed closed, ExecutorService users, Http1Client client) throws InterruptedException {
        AtomicLong tickets = new AtomicLong();
        long clients = ClosedLoop.clients(closed);
        long first = ClosedLoop.firstWave(closed);
        long ramp = clock.toWall(closed.rampUp());
        CompletableFuture<Long> firstDone = new CompletableFuture<>();
        if (!startWave(closed, users, client, tickets, first, 0, ramp, firstDone) || first == clients) {
            return;
        }
        long othersFrom;
        while (true) {
            try {
                othersFrom = firstDone.get(10, TimeUnit.MILLISECONDS);
                break;
            } catch (TimeoutException e) {
                if (!mayStart(clock.wallNanos())) {
                    return;
                }
            } catch (ExecutionException e) {
                return; // cannot happen: the first user completes it with an instant
            }
        }
        startWave(closed, users, client, tickets, clients - first, othersFrom, ramp, null);
    }

    /**
     * Starts {@code count} users evenly over {@code ramp} from {@code fromWall}; the first of them
     * completes {@code firstDone} (when given) with the instant its first request was done. Whether
     * every user was started before the deadline or a stop.
     */
    private boolean startWave(Arrivals.Closed closed, ExecutorService users, Http1Client client, AtomicLong tickets,
            long count, long fromWall, long ramp, CompletableFuture<Long> firstDone) throws InterruptedException {
        for (long i = 0; i < count; i++) {
            long startAt = fromWall + ClosedLoop.startOffsetNanos(i, count, ramp);
            if (!mayStart(startAt) || !sleepUntil(startAt)) {
                return false;
            }
            CompletableFuture<Long> told = i == 0 ? firstDone : null;
            users.execute(() -> {
                try {
                    long next = startAt;
                    while (mayStart(clock.wallNanos()) && !truncated() && tickets.getAndIncrement() < closed.requests()) {
                        next = intent(client, next);
                        if (told != null) {
                            told.complete(next);
                        }
                        if (closed.think() != null) {
                            next += clock.toWall(thinkStream.sample(closed.think()));
                            if (!sleepUntil(next)) {
                                return;
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        return true;
    }

    /**
     * One user wanting a page at {@code intendedWall}: its request, then its refreshes while it
     * abandons; returns the wall instant it was done.
     */
    private long intent(Http1Client client, long intendedWall) {
        long intended = intendedWall;
        try {
            for (int refreshes = 0; ; refreshes++) {
                OptionalInt id = log.reserve();
                if (id.isEmpty()) {
                    truncated.set(true);
                    break;
                }
                ClientOutcome o = send(client, id.getAsInt(), intended, refreshes > 0);
                if (o != ClientOutcome.ABANDONED || !refresh.enabled() || refreshes >= refresh.max()
                        || !refreshStream.nextBoolean(refresh.probability())) {
                    break;
                }
                intended = clock.wallNanos() + clock.toWall(refreshStream.sample(refresh.delay()));
                if (!mayStart(intended) || !sleepUntil(intended)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return clock.wallNanos();
    }

    private ClientOutcome send(Http1Client client, int id, long intended, boolean isRefresh) {
        long sent = clock.wallNanos();
        log.sent(id, intended, sent, isRefresh);
        long giveUp = deadline;
        ClientOutcome reason = ClientOutcome.IN_FLIGHT;
        if (patience.isPresent()) {
            long at = sent + clock.toWall(patienceStream.sample(patience.get()));
            if (at < giveUp) {
                giveUp = at;
                reason = ClientOutcome.ABANDONED;
            }
        }
        if (timeoutWall.isPresent() && sent + timeoutWall.get() < giveUp) {
            giveUp = sent + timeoutWall.get();
            reason = ClientOutcome.TIMED_OUT;
        }
        ClientOutcome o;
        FailureClass why = FailureClass.HTTP;
        int status = 0;
        try {
            status = client.get(target.requestTarget(share.idBase() + (long) id), Math.max(0, giveUp - clock.wallNanos()));
            o = outcomeOf(status);
        } catch (SocketTimeoutException e) {
            o = reason;
            why = FailureClass.READ_TIMEOUT;
        } catch (IOException e) {
            // Closed by us when the run ended: still in flight then. The client throws CallFailed, naming its class.
            why = e instanceof Http1Client.CallFailed f ? f.failure() : FailureClass.RESET;
            o = ending ? ClientOutcome.IN_FLIGHT : outcomeOf(why);
        }
        long now = clock.wallNanos();
        switch (o) {
            case IN_FLIGHT -> { }
            case GOODPUT, ABANDONED -> log.resolved(id, o, now);
            case FAILED, REJECTED, TIMED_OUT -> log.resolved(id, o, why, status, now);
        }
        return o;
    }

    /** The outcome of a response with {@code status}, by {@link Failures}' rule. */
    static ClientOutcome outcomeOf(int status) {
        if (status / 100 == 2) {
            return ClientOutcome.GOODPUT;
        }
        return switch (status) {
            case Failures.REFUSED_STATUS -> ClientOutcome.REJECTED;
            case Failures.TIMED_OUT_STATUS -> ClientOutcome.TIMED_OUT;
            default -> ClientOutcome.FAILED;
        };
    }

    /** The outcome of a call that got no whole response, by {@link Failures}' rule. */
    static ClientOutcome outcomeOf(FailureClass why) {
        return switch (why) {
            case REFUSED, RESET, CONNECT_TIMEOUT -> ClientOutcome.REJECTED;
            case READ_TIMEOUT -> ClientOutcome.TIMED_OUT;
            case PROTOCOL -> ClientOutcome.FAILED;
            case HTTP -> throw new IllegalArgumentException("an HTTP failure's outcome follows its status");
        };
    }
}
