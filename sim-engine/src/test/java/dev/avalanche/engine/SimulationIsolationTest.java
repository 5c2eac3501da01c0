package dev.avalanche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.avalanche.engine.random.RandomStreams;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SimulationIsolationTest {

    private static final SimTime END = SimTime.ofSeconds(2_000);

    private static SingleServerQueue.Summary queue(long seed) {
        return SingleServerQueue.run(new RandomStreams(seed), 0.9, 1.0, END);
    }

    @Test
    void twoSimulationsRunOnTwoThreadsAtOnceGiveTheSameResultsAsRunAlone() throws Exception {
        SingleServerQueue.Summary aloneA = queue(1);
        SingleServerQueue.Summary aloneB = queue(2);
        CyclicBarrier start = new CyclicBarrier(2);

        List<SingleServerQueue.Summary> together;
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<SingleServerQueue.Summary> a = threads.submit(() -> {
                start.await();
                return queue(1);
            });
            Future<SingleServerQueue.Summary> b = threads.submit(() -> {
                start.await();
                return queue(2);
            });
            together = List.of(a.get(), b.get());
        }

        assertEquals(List.of(aloneA, aloneB), together);
        // Guards the oracle: different seeds must give different runs, or equality above proves nothing.
        assertNotEquals(aloneA, aloneB);
    }
}
