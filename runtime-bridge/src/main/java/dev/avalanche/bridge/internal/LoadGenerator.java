package dev.avalanche.bridge.internal;

import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Users;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
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
 * The users, in this JVM: a closed loop like {@code ab -c C -n N} or an open loop on a precomputed
 * Poisson schedule, each intent on its own virtual thread so that a slow response never delays the
 * next send. A user waits at most its patience (then cancels the request, which closes its
 * connection: abandoned) and the balancer's timeout when the scenario has one (timed out); an
 * abandoning user may refresh. Every wait is also bounded by the run's deadline; what is still
 * waiting then stays in flight. Requests are numbered and the ids sent as {@code ?id=N}.
 *
 * <p>Bounded: ids run out at the log's capacity ({@link #truncated()} then says so) and nothing
 * is sent at or after the deadline, so {@link #run} returns by the deadline plus a few milliseconds.
 */
public final class LoadGenerator {

    private final ModelConfig cfg;
    private final URI target;
    private final LiveClock clock;
    private final ClientLog log;
    private final long deadline;
    private final Users.Refresh refresh;
    private final Optional<Distribution> patience;
    private final Optional<Long> timeoutWall;
    private final LockedStream patienceStream;
    private final LockedStream refreshStream;
    private final LockedStream thinkStream;
    private final RandomStreams streams;
    private final AtomicBoolean truncated = new AtomicBoolean();

    /** @param deadlineWallNanos the wall instant (on {@code clock}) by which everything stops */
    public LoadGenerator(ModelConfig cfg, URI target, RandomStreams streams, LiveClock clock, ClientLog log,
            long deadlineWallNanos) {
        this.cfg = cfg;
        this.target = Loopback.requireLoopback(target);
        this.clock = clock;
        this.log = log;
        this.deadline = deadlineWallNanos;
        this.refresh = cfg.users().refresh();
        this.patience = cfg.users().patience();
        this.timeoutWall = cfg.balancer().map(b -> clock.toWall(b.timeout()));
        this.streams = streams;
        this.patienceStream = new LockedStream(streams.stream("patience"));
        this.refreshStream = new LockedStream(streams.stream("refresh"));
        this.thinkStream = new LockedStream(streams.stream("think"));
    }

    /** Whether requests were left unsent because the request cap was reached. */
    public boolean truncated() {
        return truncated.get();
    }

    /** Plays the traffic; returns when every user has its outcome or the deadline has passed. */
    public void run() throws InterruptedException {
        try (ExecutorService users = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("user-", 0).factory());
                ExecutorService callbacks = Executors.newVirtualThreadPerTaskExecutor();
                HttpClient client = Loopback.client(callbacks)) {
            switch (cfg.users().arrivals()) {
                case Arrivals.Open open -> openLoop(open, users, client);
                case Arrivals.Closed closed -> closedLoop(closed, users, client);
            }
            users.shutdown();
            users.awaitTermination(Math.max(0, deadline - clock.wallNanos()) + 1_000_000_000L, TimeUnit.NANOSECONDS);
            users.shutdownNow();
            client.shutdownNow();
        }
    }

    private void openLoop(Arrivals.Open open, ExecutorService users, HttpClient client) throws InterruptedException {
        int cap = log.remaining();
        long[] schedule = ArrivalSchedule.poisson(open.rate(), cfg.duration().nanos(), streams.stream("arrivals"), cap + 1);
        if (schedule.length > cap) {
            truncated.set(true);
        }
        for (long modelAt : schedule) {
            long at = clock.toWall(modelAt / 1e9);
            if (at >= deadline) {
                break;
            }
            clock.sleepUntil(at);
            users.execute(() -> intent(client, at));
        }
    }

    private void closedLoop(Arrivals.Closed closed, ExecutorService users, HttpClient client) {
        AtomicLong tickets = new AtomicLong();
        long clients = Math.min(closed.concurrency(), closed.requests());
        long ramp = clock.toWall(closed.rampUp());
        for (long i = 0; i < clients; i++) {
            long startAt = clients == 1 ? 0 : ramp * i / (clients - 1);
            users.execute(() -> {
                try {
                    clock.sleepUntil(startAt);
                    while (clock.wallNanos() < deadline && !truncated() && tickets.getAndIncrement() < closed.requests()) {
                        intent(client, clock.wallNanos());
                        if (closed.think() != null) {
                            clock.sleepUntil(clock.wallNanos() + clock.toWall(thinkStream.sample(closed.think())));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    /** One user wanting a page at {@code intendedWall}: its request, then its refreshes while it abandons. */
    private void intent(HttpClient client, long intendedWall) {
        long intended = intendedWall;
        try {
            for (int refreshes = 0; ; refreshes++) {
                OptionalInt id = log.reserve();
                if (id.isEmpty()) {
                    truncated.set(true);
                    return;
                }
                ClientOutcome o = send(client, id.getAsInt(), intended, refreshes > 0);
                if (o != ClientOutcome.ABANDONED || !refresh.enabled() || refreshes >= refresh.max()
                        || !refreshStream.nextBoolean(refresh.probability())) {
                    return;
                }
                intended = clock.wallNanos() + clock.toWall(refreshStream.sample(refresh.delay()));
                if (intended >= deadline) {
                    return;
                }
                clock.sleepUntil(intended);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ClientOutcome send(HttpClient client, int id, long intended, boolean isRefresh) throws InterruptedException {
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
        HttpRequest req = HttpRequest.newBuilder(target.resolve("/?id=" + id)).GET().build();
        CompletableFuture<HttpResponse<Void>> f = client.sendAsync(req, HttpResponse.BodyHandlers.discarding());
        ClientOutcome o;
        try {
            int status = f.get(Math.max(0, giveUp - clock.wallNanos()), TimeUnit.NANOSECONDS).statusCode();
            o = status / 100 == 2 ? ClientOutcome.GOODPUT : status == 502 ? ClientOutcome.REJECTED : ClientOutcome.FAILED;
        } catch (TimeoutException e) {
            f.cancel(true);
            o = reason;
        } catch (ExecutionException e) {
            o = e.getCause() instanceof HttpTimeoutException ? ClientOutcome.TIMED_OUT
                    : e.getCause() instanceof IOException ? ClientOutcome.REJECTED : ClientOutcome.FAILED;
        } catch (InterruptedException e) {
            f.cancel(true);
            throw e;
        }
        if (o != ClientOutcome.IN_FLIGHT) {
            log.resolved(id, o, clock.wallNanos());
        }
        return o;
    }
}
