package dev.avalanche.models.sim;

import static dev.avalanche.models.sim.OneServer.ms;
import static dev.avalanche.models.sim.OneServer.us;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.config.Gil;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.VariantResult;
import org.junit.jupiter.api.Test;

/** CPython's GIL on hand-sized cases worked out on paper, and the threshold beyond which it crawls. */
class GilTest {

    private static OneServer threads(int n, double cpu, Gil gil) {
        OneServer s = new OneServer().clients(n).workers(Workers.Model.THREADS, n);
        s.cpu = cpu;
        s.wait = 0;
        s.gil = gil;
        return s;
    }

    /** Ten threads of 1 ms each on 8 cores: side by side without a GIL (all end at 1.25 ms), one at a time under it (1, 2 ... 10 ms). */
    @Test
    void threadsUnderTheGilRunPythonOneAtATime() {
        VariantResult free = threads(10, 0.001, null).run();
        assertEquals(0.00125, free.elapsed(), 1e-9);
        VariantResult locked = threads(10, 0.001, new Gil(ms(5), us(0))).run();
        assertEquals(0.010, locked.elapsed(), 1e-9);
        assertEquals(0.0055, locked.latency().mean(), 1e-6);
    }

    /**
     * Two threads of 20 ms each: the waiter times out after the 5 ms switch interval with no switch
     * meanwhile and asks the holder to drop the lock; they take turns in 5 ms slices (A 0-5, B
     * 5-10, A 10-15 ...): A ends at 35 ms, B at 40 ms. gevent's hub never preempts: 20 and 40 ms.
     */
    @Test
    void aWaiterMakesTheHolderDropTheLockAfterTheSwitchInterval() {
        VariantResult r = threads(2, 0.020, new Gil(ms(5), us(0))).run();
        assertEquals(0.040, r.elapsed(), 1e-9);
        assertEquals(0.0375, r.latency().mean(), 1e-6);
        OneServer hub = new OneServer().clients(2).workers(Workers.Model.GREENLETS, 2);
        hub.cpu = 0.020;
        hub.wait = 0;
        assertEquals(0.030, hub.run().latency().mean(), 1e-6);
    }

    /**
     * Each pass through the lock's mutex costs 1 ms: A takes the free lock at once and runs 0-10 ms;
     * B looks (0-1 ms) and waits; A drops the lock (10-11 ms) and answers; B, woken, takes it
     * (11-12 ms), runs 12-22 ms, drops it (22-23 ms) and answers.
     */
    @Test
    void everyHandOffPassesThroughTheMutexAtItsCost() {
        VariantResult r = threads(2, 0.010, new Gil(ms(100), ms(1))).run();
        assertEquals(0.023, r.elapsed(), 1e-9);
        assertEquals(0.017, r.latency().mean(), 1e-6);
    }

    /**
     * A thousand threads of 100 us want the lock at once. While the waiters' looks (one per
     * waiter per switch interval) leave the mutex idle most of the time, the lock passes from one
     * thread to the next for two passes' cost; once they keep it busy (1000 waiters x 10 us >= 5
     * ms), each hand-off waits behind them and the same work takes many times longer.
     */
    @Test
    void beyondTheThresholdTheWaitersLooksStallEveryHandOff() {
        VariantResult below = threads(1000, 100e-6, new Gil(ms(5), us(2))).run();
        VariantResult above = threads(1000, 100e-6, new Gil(ms(5), us(10))).run();
        assertTrue(below.elapsed() < 0.2, "0.1 s of Python plus cheap hand-offs: " + below.elapsed());
        assertTrue(above.elapsed() > 5 * below.elapsed(), below.elapsed() + " s against " + above.elapsed() + " s");
    }
}
