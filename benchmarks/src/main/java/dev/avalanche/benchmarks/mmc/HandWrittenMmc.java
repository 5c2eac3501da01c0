package dev.avalanche.benchmarks.mmc;

import java.util.Arrays;

/**
 * The baseline the engine is measured against: M/M/c on a hand-written binary min-heap of
 * primitive arrays, with no object per event. An entry is (time, insertion sequence, who), where
 * who is a server index or {@link #ARRIVAL}; equal times fire first-in first-out, as in the engine,
 * so both fire the same events in the same order.
 *
 * <p>When a fired event schedules its successor (the next arrival, or the server's next departure)
 * the successor replaces it at the top with one sift down, instead of a pop and a push. The engine
 * does the same; giving the baseline the trick too keeps the ratio a measure of what the engine's
 * generality costs, not of an algorithm the baseline lacks.
 */
final class HandWrittenMmc {

    private static final int ARRIVAL = -1;

    private long[] times = new long[1024];
    private long[] seqs = new long[1024];
    private int[] whos = new int[1024];
    private int size;
    private long nextSeq;

    private HandWrittenMmc() {
    }

    static MmcOutcome simulate(MmcConfig config) {
        return new HandWrittenMmc().run(config);
    }

    private MmcOutcome run(MmcConfig config) {
        MmcBookkeeping book = new MmcBookkeeping(config);
        long now = 0;
        push(book.interarrivalNanos(), ARRIVAL);
        while (size > 0) {
            now = times[0];
            int who = whos[0];
            if (who == ARRIVAL) {
                int server = book.arrive(now);
                if (book.moreToArrive()) {
                    replaceTop(now + book.interarrivalNanos(), ARRIVAL);
                } else {
                    pop();
                }
                if (server != MmcBookkeeping.QUEUED) {
                    push(now + book.serviceNanos(), server);
                }
            } else if (book.depart(who, now)) {
                replaceTop(now + book.serviceNanos(), who);
            } else {
                pop();
            }
        }
        return book.outcome(now);
    }

    private void push(long t, int who) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            seqs = Arrays.copyOf(seqs, size * 2);
            whos = Arrays.copyOf(whos, size * 2);
        }
        long seq = nextSeq++;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            long pt = times[parent];
            if (pt < t || (pt == t && seqs[parent] < seq)) {
                break;
            }
            times[i] = pt;
            seqs[i] = seqs[parent];
            whos[i] = whos[parent];
            i = parent;
        }
        times[i] = t;
        seqs[i] = seq;
        whos[i] = who;
    }

    private void pop() {
        int n = --size;
        siftDownFromTop(times[n], seqs[n], whos[n]);
    }

    /** Removes the top entry and adds (t, who) in one sift. */
    private void replaceTop(long t, int who) {
        siftDownFromTop(t, nextSeq++, who);
    }

    private void siftDownFromTop(long t, long seq, int who) {
        int n = size;
        int i = 0;
        int half = n >>> 1;
        while (i < half) {
            int c = 2 * i + 1;
            int r = c + 1;
            if (r < n && (times[r] < times[c] || (times[r] == times[c] && seqs[r] < seqs[c]))) {
                c = r;
            }
            long ct = times[c];
            if (t < ct || (t == ct && seq < seqs[c])) {
                break;
            }
            times[i] = ct;
            seqs[i] = seqs[c];
            whos[i] = whos[c];
            i = c;
        }
        times[i] = t;
        seqs[i] = seq;
        whos[i] = who;
    }
}
