package dev.avalanche.models.sim;

import dev.avalanche.models.config.RequestWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A request's work flattened into steps: one CPU step, then each call group (one step per
 * sequential call, one step for a parallel group), then each local step, then the CPU after them
 * when the work has some.
 */
final class WorkPlan {

    enum Kind {
        CPU, CALLS, LOCAL, CPU_AFTER
    }

    final Kind[] kinds;
    final ThirdParty[] services;
    final int[] counts;
    final long[] latencies;

    WorkPlan(RequestWork work, Map<String, ThirdParty> thirdParties) {
        List<Kind> k = new ArrayList<>();
        List<ThirdParty> s = new ArrayList<>();
        List<Integer> c = new ArrayList<>();
        List<Long> l = new ArrayList<>();
        k.add(Kind.CPU);
        s.add(null);
        c.add(0);
        l.add(0L);
        for (RequestWork.Call call : work.calls()) {
            ThirdParty tp = thirdParties.get(call.service());
            boolean parallel = call.mode() == RequestWork.Call.Mode.PARALLEL;
            int steps = parallel ? 1 : call.count();
            for (int i = 0; i < steps; i++) {
                k.add(Kind.CALLS);
                s.add(tp);
                c.add(parallel ? call.count() : 1);
                l.add(0L);
            }
        }
        for (RequestWork.LocalStep step : work.local()) {
            k.add(Kind.LOCAL);
            s.add(null);
            c.add(0);
            l.add(step.latency().nanos());
        }
        if (work.cpuAfter().isPresent()) {
            k.add(Kind.CPU_AFTER);
            s.add(null);
            c.add(0);
            l.add(0L);
        }
        kinds = k.toArray(Kind[]::new);
        services = s.toArray(ThirdParty[]::new);
        counts = c.stream().mapToInt(Integer::intValue).toArray();
        latencies = l.stream().mapToLong(Long::longValue).toArray();
    }

    int size() {
        return kinds.length;
    }
}
