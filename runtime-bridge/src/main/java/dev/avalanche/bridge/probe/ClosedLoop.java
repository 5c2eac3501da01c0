package dev.avalanche.bridge.probe;

import dev.avalanche.bridge.LiveTarget;
import dev.avalanche.models.fit.ConcurrencyLimit;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests to a target over the JDK's HTTP/1.1 client: closed-loop steps (clients sending back to
 * back) and bursts (all at once). Every request is bounded by a timeout, every step by a count of
 * rounds and a deadline. One instance per probe; steps run one after the other.
 */
final class ClosedLoop implements AutoCloseable {

    private final HttpClient client;
    private final String base;
    private final LiveTarget target;
    private final Duration requestTimeout;
    private final AtomicLong ids = new AtomicLong();

    ClosedLoop(LiveTarget target, Duration requestTimeout) {
        this.target = target;
        this.requestTimeout = requestTimeout;
        String host = target.address().getAddress().getHostAddress();
        this.base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + target.address().getPort();
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    /**
     * A step's outcome.
     *
     * @param step the counts and the step's length
     * @param latencies every successful request's response time (seconds)
     * @param stoppedByDeadline whether the deadline, not the rounds, ended it
     */
    record Result(ConcurrencyLimit.Step step, double[] latencies, boolean stoppedByDeadline) {
    }

    /**
     * {@code concurrency} clients sending back to back, each until it has sent {@code minRounds} and
     * {@code minSeconds} have passed, or {@code maxRounds}, or {@code deadlineNanos} (System.nanoTime).
     */
    Result step(int concurrency, int minRounds, double minSeconds, int maxRounds, long deadlineNanos) throws InterruptedException {
        long start = System.nanoTime();
        long minEnd = start + (long) (minSeconds * 1e9);
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong failed = new AtomicLong();
        AtomicLong lastResponse = new AtomicLong(start);
        List<Thread> clients = new ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean cut = new java.util.concurrent.atomic.AtomicBoolean();
        for (int i = 0; i < concurrency; i++) {
            clients.add(Thread.ofVirtual().start(() -> {
                for (int round = 0; round < maxRounds; round++) {
                    long now = System.nanoTime();
                    if (now >= deadlineNanos) {
                        cut.set(true);
                        return;
                    }
                    if (round >= minRounds && now >= minEnd) {
                        return;
                    }
                    long sent = System.nanoTime();
                    boolean ok = send(deadlineNanos);
                    long done = System.nanoTime();
                    lastResponse.accumulateAndGet(done, Math::max);
                    if (ok) {
                        latencies.add((done - sent) / 1e9);
                    } else {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread t : clients) {
            t.join();
        }
        double[] lat = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        return new Result(new ConcurrencyLimit.Step(concurrency, lat.length, (lastResponse.get() - start) / 1e9, failed.get()), lat,
                cut.get());
    }

    /**
     * {@code count} requests sent at once; each successful one's response time (seconds after the
     * burst began), in no order. Waits at most until {@code deadlineNanos}.
     */
    double[] burst(int count, long deadlineNanos) throws InterruptedException {
        long start = System.nanoTime();
        List<CompletableFuture<Double>> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(client.sendAsync(request(deadlineNanos), HttpResponse.BodyHandlers.discarding())
                    .thenApply(r -> r.statusCode() / 100 == 2 ? (System.nanoTime() - start) / 1e9 : Double.NaN));
        }
        List<Double> times = new ArrayList<>();
        for (CompletableFuture<Double> f : all) {
            try {
                long left = Math.max(1, deadlineNanos - System.nanoTime());
                Double t = f.get(left, TimeUnit.NANOSECONDS);
                if (!t.isNaN()) {
                    times.add(t);
                }
            } catch (ExecutionException | TimeoutException e) {
                f.cancel(true);
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** One request; true when it answered 2xx before its timeout. */
    private boolean send(long deadlineNanos) {
        try {
            HttpResponse<Void> r = client.send(request(deadlineNanos), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() / 100 == 2;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** GET path?id=N, bounded by the request timeout and by the deadline (plus a second for the answer in flight). */
    private HttpRequest request(long deadlineNanos) {
        long left = Math.max(1_000_000_000L, deadlineNanos - System.nanoTime() + 1_000_000_000L);
        Duration timeout = Duration.ofNanos(Math.min(requestTimeout.toNanos(), left));
        return HttpRequest.newBuilder(URI.create(base + target.requestTarget(ids.incrementAndGet()))).timeout(timeout).GET().build();
    }

    @Override
    public void close() {
        client.shutdownNow();
    }
}
