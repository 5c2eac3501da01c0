package dev.avalanche.bridge.internal.load;

import dev.avalanche.models.result.Failures;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Counts failures by class as they are read off a client log, into {@link Failures}. Single-threaded. */
public final class FailureTally {

    private final Map<FailureClass, Long> byClass = new EnumMap<>(FailureClass.class);
    private final SortedMap<Integer, Long> byStatus = new TreeMap<>();

    /** One failure of class {@code why}; {@code status} counts when it is {@link FailureClass#HTTP}. */
    public void add(FailureClass why, int status) {
        if (why == FailureClass.HTTP) {
            byStatus.merge(status, 1L, Long::sum);
        } else {
            byClass.merge(why, 1L, Long::sum);
        }
    }

    public Failures failures() {
        return new Failures(n(FailureClass.REFUSED), n(FailureClass.RESET), n(FailureClass.CONNECT_TIMEOUT),
                n(FailureClass.READ_TIMEOUT), n(FailureClass.PROTOCOL), byStatus);
    }

    private long n(FailureClass c) {
        return byClass.getOrDefault(c, 0L);
    }
}
