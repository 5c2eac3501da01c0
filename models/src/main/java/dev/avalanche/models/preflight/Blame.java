package dev.avalanche.models.preflight;

import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Servers;
import java.util.Locale;

/**
 * Which field makes a run large (the one a finding names, for the user to change), its value as
 * text, and the figures of a finding as people read them. Stateless.
 */
final class Blame {

    private Blame() {
    }

    /** The field that makes the run's time series long. */
    static String rowsField(ModelConfig c) {
        double horizon = c.duration().plus(c.drain()).seconds();
        if (c.interval().seconds() < 1 && horizon <= Limits.DEFAULT_ROWS) {
            return "interval";
        }
        return c.drain().compareTo(c.duration()) > 0 ? "drain" : "duration";
    }

    /** The field that makes the run fire many events. */
    static String eventsField(ModelConfig c) {
        Estimate e = Estimate.of(c);
        CallAt call = largestCall(c, false);
        if (call != null && call.count() >= 100) {
            return call.path();
        }
        if (c.users().refresh().enabled() && c.users().refresh().max() >= 100) {
            return "users.refresh.max";
        }
        if (c.users().arrivals() instanceof Arrivals.Open open) {
            double perHour = e.arrivalEvents() / Math.max(c.duration().seconds() / 3600, 1e-9);
            return open.rate().max() / 1000 >= c.duration().seconds() / 3600 || perHour > 1e8 ? "users.arrivals.rate"
                    : "duration";
        }
        return "users.arrivals.requests";
    }

    /** The field that makes one run hold much memory. */
    static String memoryField(ModelConfig c) {
        Estimate e = Estimate.of(c);
        Servers s = c.servers();
        double structures = (double) s.count() * s.processes() * Estimate.PROCESS_BYTES;
        double rows = e.rows() * Estimate.ROW_BYTES;
        double clients = c.users().arrivals() instanceof Arrivals.Closed closed
                ? Math.min(closed.concurrency(), closed.requests()) * Estimate.CALL_BYTES : 0;
        double calls = Estimate.largestParallelGroup(c) * Estimate.CALL_BYTES;
        double requests = e.inFlight() * (Estimate.REQUEST_BYTES + calls);
        double most = Math.max(Math.max(structures, rows), Math.max(clients, requests));
        if (most == structures) {
            return s.processes() >= s.count() ? "servers.processes" : "servers.count";
        }
        if (most == rows) {
            return rowsField(c);
        }
        if (most == clients) {
            return "users.arrivals.concurrency";
        }
        if (calls > 10 * Estimate.REQUEST_BYTES) {
            return largestCall(c, true).path();
        }
        if ((double) s.count() * s.backlog() > e.inFlight() / 2) {
            return "servers.backlog";
        }
        if (c.users().arrivals() instanceof Arrivals.Closed) {
            return "users.arrivals.concurrency";
        }
        return s.workers().unbounded() ? "servers.workers.size" : "users.arrivals.rate";
    }

    /** A call of one kind of request, by the path of its count ({@code request.calls[0].count}, {@code requests[1].calls[0].count}). */
    private record CallAt(String path, int count) {
    }

    /** The call with the largest count over every kind (only parallel ones when {@code parallel}); null when there is none. */
    private static CallAt largestCall(ModelConfig c, boolean parallel) {
        CallAt best = null;
        for (int k = 0; k < c.requests().size(); k++) {
            RequestWork w = c.requests().kinds().get(k).work();
            String at = c.requests().mixed() ? "requests[" + k + "]" : "request";
            for (int i = 0; i < w.calls().size(); i++) {
                RequestWork.Call call = w.calls().get(i);
                if ((!parallel || call.mode() == RequestWork.Call.Mode.PARALLEL) && (best == null || call.count() > best.count())) {
                    best = new CallAt(at + ".calls[" + i + "].count", call.count());
                }
            }
        }
        return best;
    }

    /** The value of {@code field} in {@code c}, as text, for a field that was not written (a default). */
    static String value(ModelConfig c, String field) {
        Servers s = c.servers();
        return switch (field) {
            case "interval" -> c.interval().toString();
            case "drain" -> c.drain().toString();
            case "duration" -> c.duration().toString();
            case "servers.processes" -> Integer.toString(s.processes());
            case "servers.count" -> Integer.toString(s.count());
            case "servers.backlog" -> Integer.toString(s.backlog());
            case "servers.workers.size" -> s.workers().unbounded() ? "unbounded" : Integer.toString(s.workers().size());
            case "users.refresh.max" -> Integer.toString(c.users().refresh().max());
            default -> {
                if (field.startsWith("request.calls[") || field.startsWith("requests[")) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:requests\\[(\\d+)])?.*calls\\[(\\d+)]").matcher(field);
                    m.lookingAt();
                    int k = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
                    yield Integer.toString(c.requests().kinds().get(k).work().calls().get(Integer.parseInt(m.group(2))).count());
                }
                yield switch (c.users().arrivals()) {
                    case Arrivals.Open open -> amount(open.rate().max());
                    case Arrivals.Closed closed -> Long.toString(field.endsWith("concurrency") ? closed.concurrency()
                            : closed.requests());
                };
            }
        };
    }

    /** A count as people read it: 42, 12,345, 3.6e+12. */
    static String amount(double v) {
        return v < 1e6 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2g", v);
    }

    static String bytes(double b) {
        return b >= 1e9 ? String.format(Locale.ROOT, "%.3g GB", b / 1e9) : String.format(Locale.ROOT, "%.0f MB", b / 1e6);
    }

    static String duration(double seconds) {
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.0f minutes", seconds / 60);
        }
        return seconds < 172800 ? String.format(Locale.ROOT, "%.0f hours", seconds / 3600)
                : String.format(Locale.ROOT, "%.2g days", seconds / 86400);
    }
}
