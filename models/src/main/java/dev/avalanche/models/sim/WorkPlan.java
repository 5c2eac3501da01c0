package dev.avalanche.models.sim;

import dev.avalanche.engine.random.Distribution;
import dev.avalanche.models.config.RequestWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A request's work flattened into steps: one CPU step (the server's per-request overhead plus the
 * request's burst), then each call group (one step per sequential call, one step for a parallel
 * group), then each local step, then a CPU step for the work after them when there is some.
 */
final class WorkPlan {

    enum Kind {
        CPU, CALLS, LOCAL
    }

    final Kind[] kinds;
    final ThirdParty[] services;
    final int[] counts;
    /** CPU: the fixed work; LOCAL: the latency. */
    final long[] nanos;
    /** CPU: the burst drawn on top of {@link #nanos}, or null. */
    final Distribution[] bursts;
    /**
     * The service of its first call made without a client policy, or null when it makes none: the
     * request's reusable {@link ThirdParty.Call} is made with the request ({@link Request#call}).
     */
    final ThirdParty firstPlainCall;

    WorkPlan(RequestWork work, long overheadNanos, Map<String, ThirdParty> thirdParties) {
        List<Kind> k = new ArrayList<>();
        List<ThirdParty> s = new ArrayList<>();
        List<Integer> c = new ArrayList<>();
        List<Long> l = new ArrayList<>();
        List<Distribution> b = new ArrayList<>();
        k.add(Kind.CPU);
        s.add(null);
        c.add(0);
        l.add(overheadNanos);
        b.add(work.cpu().orElse(null));
        for (RequestWork.Call call : work.calls()) {
            ThirdParty tp = thirdParties.get(call.service());
            boolean parallel = call.mode() == RequestWork.Call.Mode.PARALLEL;
            int steps = parallel ? 1 : call.count();
            for (int i = 0; i < steps; i++) {
                k.add(Kind.CALLS);
                s.add(tp);
                c.add(parallel ? call.count() : 1);
                l.add(0L);
                b.add(null);
            }
        }
        for (RequestWork.LocalStep step : work.local()) {
            k.add(Kind.LOCAL);
            s.add(null);
            c.add(0);
            l.add(step.latency().nanos());
            b.add(null);
        }
        if (work.cpuAfter().isPresent()) {
            k.add(Kind.CPU);
            s.add(null);
            c.add(0);
            l.add(0L);
            b.add(work.cpuAfter().get());
        }
        kinds = k.toArray(Kind[]::new);
        services = s.toArray(ThirdParty[]::new);
        counts = c.stream().mapToInt(Integer::intValue).toArray();
        nanos = l.stream().mapToLong(Long::longValue).toArray();
        bursts = b.toArray(Distribution[]::new);
        firstPlainCall = s.stream().filter(tp -> tp != null && tp.plain()).findFirst().orElse(null);
    }

    int size() {
        return kinds.length;
    }
}
