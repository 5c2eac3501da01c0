package dev.avalanche.engine.replication;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Runs independent replications of a simulation in parallel and returns their results in
 * replication order. Each replication must build its own simulation and draw only from substream
 * {@code k} of its random streams; then the results are identical whatever the parallelism.
 */
public final class Replications {

    private Replications() {
    }

    /** The parallelism to use by default: one replication per available core. */
    public static int defaultParallelism() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs {@code body.apply(k)} for k = 0 .. count-1 on up to {@code parallelism} platform threads.
     *
     * @return the results, element k from replication k
     * @throws IllegalArgumentException when {@code count < 1} or {@code parallelism < 1}
     * @throws RuntimeException the first failure of a replication, in replication order
     */
    public static <R> List<R> run(int count, int parallelism, IntFunction<R> body) {
        List<R> out = new ArrayList<>(count);
        forEachInOrder(count, parallelism, body, out::add);
        return out;
    }

    /**
     * Runs {@code body.apply(k)} for k = 0 .. count-1 on up to {@code parallelism} platform threads
     * and hands each result to {@code consumer}, on the calling thread, in replication order, as
     * soon as it and every result before it are done: a caller that folds results as they come
     * need not hold them all (only those finished ahead of an earlier one).
     *
     * @throws IllegalArgumentException when {@code count < 1} or {@code parallelism < 1}
     * @throws RuntimeException the first failure of a replication, in replication order (the
     *     consumer has then seen every result before it)
     */
    public static <R> void forEachInOrder(int count, int parallelism, IntFunction<R> body, Consumer<? super R> consumer) {
        if (count < 1) {
            throw new IllegalArgumentException("the number of replications must be >= 1 but was " + count);
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("the parallelism must be >= 1 but was " + parallelism);
        }
        if (parallelism == 1 || count == 1) {
            for (int k = 0; k < count; k++) {
                consumer.accept(body.apply(k));
            }
            return;
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, count))) {
            List<Future<R>> futures = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                int replication = k;
                futures.add(pool.submit(() -> body.apply(replication)));
            }
            try {
                for (int k = 0; k < count; k++) {
                    consumer.accept(futures.get(k).get());
                    futures.set(k, null); // let the result go once consumed
                }
            } finally {
                futures.stream().filter(f -> f != null).forEach(f -> f.cancel(true));
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for replications", e);
        }
    }
}
