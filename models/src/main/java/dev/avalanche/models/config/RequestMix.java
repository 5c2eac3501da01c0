package dev.avalanche.models.config;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The kinds of request a service receives and their shares of the traffic (70% cart reads, 30%
 * checkouts), each with its own work. A user's intent is of one kind, drawn by share when it
 * starts; its refreshes keep that kind. A scenario's single {@code request:} is a mix of one.
 *
 * @param kinds at least one, names unique, shares summing to 1 (within {@value #SHARE_TOLERANCE})
 */
public record RequestMix(List<Kind> kinds) {

    /** How far the shares' sum may be from 1 (rounding in written decimals such as 1/3). */
    public static final double SHARE_TOLERANCE = 1e-6;

    /** The name of the kind of a scenario's single {@code request:}. */
    public static final String SINGLE = "request";

    /**
     * One kind of request.
     *
     * @param name how results and thresholds name it
     * @param share the fraction of intents of this kind, in (0, 1]
     * @param work what serving one request of this kind takes
     */
    public record Kind(String name, double share, RequestWork work) {
        public Kind {
            Check.present("name", name);
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
                throw Check.invalid("name", "\"" + name + "\"", "letters, digits, '_', '.', '-', starting with a letter or digit");
            }
            if (!(share > 0 && share <= 1)) {
                throw Check.invalid("share", share, "a fraction in (0, 1]");
            }
            Check.present("work", work);
        }
    }

    public RequestMix {
        Check.present("kinds", kinds);
        kinds = List.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw Check.invalid("requests", "none", "at least one kind of request");
        }
        Set<String> names = new HashSet<>();
        double sum = 0;
        for (int i = 0; i < kinds.size(); i++) {
            if (!names.add(kinds.get(i).name())) {
                throw Check.invalid("requests[" + i + "].name", kinds.get(i).name(), "a name no other kind has");
            }
            sum += kinds.get(i).share();
        }
        if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
            String shown = new BigDecimal(sum).round(new MathContext(10)).stripTrailingZeros().toPlainString();
            throw Check.invalid("requests", "shares summing to " + shown, "shares summing to 1");
        }
    }

    /** A mix of one kind: every request does {@code work}. */
    public static RequestMix of(RequestWork work) {
        return new RequestMix(List.of(new Kind(SINGLE, 1, work)));
    }

    /** Whether there are two kinds or more (results, charts and thresholds then come per kind). */
    public boolean mixed() {
        return kinds.size() > 1;
    }

    public int size() {
        return kinds.size();
    }

    /** The kind named {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
