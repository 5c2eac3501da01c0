package dev.avalanche.benchmarks.mmc;

import java.util.PriorityQueue;

/**
 * M/M/c the textbook way: a {@link PriorityQueue} of immutable event objects, one allocated per
 * occurrence, ordered by (time, insertion sequence) like the engine.
 */
final class PriorityQueueMmc {

    private static final int ARRIVAL = -1;

    private PriorityQueueMmc() {
    }

    /** One occurrence: at {@code time} (ns), {@code who} (a server index, or an arrival) happens. */
    private record Scheduled(long time, long seq, int who) implements Comparable<Scheduled> {
        @Override
        public int compareTo(Scheduled o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    static MmcOutcome simulate(MmcConfig config) {
        MmcBookkeeping book = new MmcBookkeeping(config);
        PriorityQueue<Scheduled> queue = new PriorityQueue<>();
        long seq = 0;
        long now = 0;
        queue.add(new Scheduled(book.interarrivalNanos(), seq++, ARRIVAL));
        Scheduled next;
        while ((next = queue.poll()) != null) {
            now = next.time();
            if (next.who() == ARRIVAL) {
                int server = book.arrive(now);
                if (book.moreToArrive()) {
                    queue.add(new Scheduled(now + book.interarrivalNanos(), seq++, ARRIVAL));
                }
                if (server != MmcBookkeeping.QUEUED) {
                    queue.add(new Scheduled(now + book.serviceNanos(), seq++, server));
                }
            } else if (book.depart(next.who(), now)) {
                queue.add(new Scheduled(now + book.serviceNanos(), seq++, next.who()));
            }
        }
        return book.outcome(now);
    }
}
