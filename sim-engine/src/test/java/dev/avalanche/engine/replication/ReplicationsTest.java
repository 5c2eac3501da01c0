package dev.avalanche.engine.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.engine.SimTime;
import dev.avalanche.engine.SingleServerQueue;
import dev.avalanche.engine.random.RandomStreams;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplicationsTest {

    private static final IntFunction<SingleServerQueue.Summary> QUEUE = k ->
            SingleServerQueue.run(new RandomStreams(99).forReplication(k), 0.8, 1.0, SimTime.ofSeconds(500));

    @Test
    void resultsAreIdenticalForParallelism1And4() {
        List<SingleServerQueue.Summary> sequential = Replications.run(8, 1, QUEUE);
        List<SingleServerQueue.Summary> parallel = Replications.run(8, 4, QUEUE);

        assertEquals(sequential, parallel);
        assertEquals(QUEUE.apply(5), parallel.get(5));
        assertNotEquals(parallel.get(0), parallel.get(1), "replications must draw from different substreams");
    }

    @Test
    void resultsAreInReplicationOrderEvenWhenTheFirstFinishesLast() {
        CountDownLatch lastDone = new CountDownLatch(1);
        int count = 20;

        List<Integer> results = Replications.run(count, 4, k -> {
            if (k == 0) {
                awaitOrFail(lastDone);
            }
            if (k == count - 1) {
                lastDone.countDown();
            }
            return k;
        });

        assertEquals(IntStream.range(0, count).boxed().toList(), results);
    }

    private static void awaitOrFail(CountDownLatch latch) {
        try {
            // A guard against a hung build, not a timing assertion: replication 19 normally arrives in milliseconds.
            assertTrue(latch.await(60, TimeUnit.SECONDS), "replication 19 never ran");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void theFirstFailingReplicationsExceptionPropagates(int parallelism) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Replications.run(8, parallelism, k -> {
            if (k == 3 || k == 5) {
                throw new IllegalStateException("replication " + k + " failed");
            }
            return k;
        }));

        assertEquals("replication 3 failed", e.getMessage());
    }

    @Test
    void aCountBelowOneIsRejectedWithItsValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Replications.run(0, 1, k -> k));

        assertEquals("the number of replications must be >= 1 but was 0", e.getMessage());
    }

    @Test
    void forEachInOrderHandsEveryResultInOrderToTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Integer> seen = new java.util.ArrayList<>();

        Replications.forEachInOrder(50, 4, k -> k * k, r -> {
            assertEquals(caller, Thread.currentThread());
            seen.add(r);
        });

        assertEquals(IntStream.range(0, 50).map(k -> k * k).boxed().toList(), seen);
    }
}
