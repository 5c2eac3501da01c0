package dev.avalanche.models.preflight;

import dev.avalanche.models.config.ModelConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Looks at what a set of runs will cost before any of them starts: events (time), time-series rows
 * and heap, summed over variants, replications and sweep values. A run beyond {@link Limits}'
 * defaults needs {@code --force}; one beyond its maxima (or the heap) cannot run. Each finding
 * names the field to change: the one that makes the run large.
 *
 * <p>Stateless; the estimates are {@link Estimate}'s.
 */
public final class Preflight {

    /** Heap the JVM, the charts and the report need besides the runs. */
    static final double BASE_BYTES = 64e6;

    /**
     * {@code copies} runs of {@code config} (its replications): variant {@code variant} of the
     * scenario for value {@code point} of a sweep (0 when there is no sweep).
     */
    public record Run(int point, String variant, ModelConfig config, int copies) {
    }

    private Preflight() {
    }

    /**
     * What stops {@code runs} from running, {@code parallelism} of them at a time, within
     * {@code limits}: empty when nothing does.
     */
    public static List<Finding> check(List<Run> runs, int parallelism, Limits limits) {
        Map<String, Finding> found = new LinkedHashMap<>();
        double events = 0;
        double likely = 0;
        double longest = 0;
        double kept = 0;
        double largestRun = 0;
        double count = 0;
        Run heaviest = null;
        Run biggest = null;
        double heaviestEvents = -1;
        for (Run r : runs) {
            Estimate e = Estimate.of(r.config());
            count += r.copies();
            events += e.events() * r.copies();
            likely += e.likelyEvents() * r.copies();
            longest = Math.max(longest, e.likelyEvents());
            kept += e.keptBytes() * r.copies();
            if (heaviest == null || e.likelyEvents() * r.copies() > heaviestEvents) {
                heaviestEvents = e.likelyEvents() * r.copies();
                heaviest = r;
            }
            if (biggest == null || e.runBytes() > largestRun) {
                largestRun = e.runBytes();
                biggest = r;
            }
            rows(r, e, limits).ifPresent(f -> merge(found, f));
        }
        if (heaviest == null) {
            return List.of();
        }
        boolean several = runs.stream().anyMatch(r -> r.copies() > 1 || r.point() > 0);
        String scale = count > 1 ? String.format(Locale.ROOT, " over %s runs", Blame.amount(count)) : "";
        int cores = (int) Math.max(1, Math.min(Math.min(parallelism, limits.cores()), count));
        double seconds = Math.max(likely / cores, longest) / EVENTS_PER_SECOND;
        if (events > limits.maxEvents() || seconds > limits.seconds()) {
            boolean forcible = events <= limits.maxEvents();
            String estimate = forcible
                    ? String.format(Locale.ROOT, "about %s events%s, some %s on %d cores", Blame.amount(likely), scale,
                            Blame.duration(seconds), cores)
                    : String.format(Locale.ROOT, "up to %s events%s, %s of CPU", Blame.amount(events), scale,
                            Blame.duration(events / EVENTS_PER_SECOND));
            String field = Blame.eventsField(heaviest.config());
            String allowed = forcible
                    ? String.format(Locale.ROOT, "about %s of simulation without --force: %s", Blame.duration(limits.seconds()),
                            remedy(field, true, several))
                    : String.format(Locale.ROOT, "at most %s events: %s", Blame.amount(limits.maxEvents()),
                            remedy(field, false, several));
            merge(found, new Finding(forcible, List.of(heaviest.variant()), true, field, Blame.value(heaviest.config(), field),
                    estimate, allowed));
        }
        double heap = BASE_BYTES + kept + Math.min(parallelism, count) * largestRun;
        if (heap > limits.heapBytes() / 2.0) {
            boolean forcible = heap <= limits.heapBytes();
            Run r = kept > largestRun * Math.min(parallelism, count) ? heaviest : biggest;
            String field = kept > largestRun * Math.min(parallelism, count) && count > 1 ? Blame.rowsField(r.config())
                    : Blame.memoryField(r.config());
            String allowed = String.format(Locale.ROOT, "at most %s of heap%s: %s", Blame.bytes(forcible ? limits.heapBytes() / 2.0
                    : limits.heapBytes()), forcible ? " without --force" : " (the JVM's maximum)",
                    remedy(field, forcible, several));
            merge(found, new Finding(forcible, List.of(r.variant()), true, field, Blame.value(r.config(), field),
                    "about " + Blame.bytes(heap) + " of heap" + scale, allowed));
        }
        return List.copyOf(found.values());
    }

    /**
     * The {@link Estimate#likelyEvents likely events} a core works through per second, on the low
     * side. On the bundled scenarios the likely count is 1.7 to 7.5 times the events a run fires
     * (2.8 at the median: it takes the worst case wherever the servers fall behind), and the model
     * fires 4 to 12 million events per CPU second on a quiet machine; at 6 million the estimate is
     * about four to five times a quiet machine's time, and about right on one a few times slower or
     * oversubscribed. {@code avalanche bench preflight} measures both (BENCHMARKS.md, "The
     * preflight's clock").
     */
    public static final double EVENTS_PER_SECOND = 6e6;

    /**
     * Only what the time series of {@code runs} need: for a live run, whose events and heap are
     * not the simulator's but whose time series has a row per interval all the same.
     */
    public static List<Finding> rows(List<Run> runs, Limits limits) {
        Map<String, Finding> found = new LinkedHashMap<>();
        for (Run r : runs) {
            rows(r, Estimate.of(r.config()), limits).ifPresent(f -> merge(found, f));
        }
        return List.copyOf(found.values());
    }

    private static java.util.Optional<Finding> rows(Run r, Estimate e, Limits limits) {
        if (e.rows() <= limits.rows()) {
            return java.util.Optional.empty();
        }
        boolean forcible = e.rows() <= limits.maxRows();
        ModelConfig c = r.config();
        String field = Blame.rowsField(c);
        String estimate = String.format(Locale.ROOT, "about %s time-series rows: %s of duration and drain, one row per %s",
                Blame.amount(e.rows()), c.duration().plus(c.drain()), c.interval().toString());
        String allowed = String.format(Locale.ROOT, "at most %s rows per run%s: %s", Blame.amount(forcible ? limits.rows()
                : limits.maxRows()), forcible ? " without --force" : "", remedy(field, forcible, false));
        return java.util.Optional.of(new Finding(forcible, List.of(r.variant()), false, field, Blame.value(c, field), estimate,
                allowed));
    }

    /**
     * Adds {@code f}, or its variants to the same finding already found; nothing when the same
     * field is already found (one line per field to change).
     */
    private static void merge(Map<String, Finding> found, Finding f) {
        String key = f.field() + "|" + f.estimate() + "|" + f.allowed();
        if (!found.containsKey(key)) {
            // One finding a field: the first, unless this one cannot be forced where that one can
            // (else --force would let through what the other finding says cannot run at all).
            String same = found.entrySet().stream().filter(e -> e.getValue().field().equals(f.field()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (same != null) {
                if (!f.forcible() && found.get(same).forcible()) {
                    found.remove(same);
                    found.put(key, f);
                }
                return;
            }
        }
        Finding old = found.get(key);
        if (old == null) {
            found.put(key, f);
            return;
        }
        List<String> variants = new ArrayList<>(old.variants());
        f.variants().stream().filter(v -> !variants.contains(v)).forEach(variants::add);
        found.put(key, new Finding(old.forcible(), variants, old.total(), old.field(), old.value(), old.estimate(),
                old.allowed()));
    }

    private static String remedy(String field, boolean forcible, boolean several) {
        String change = switch (field) {
            case "interval" -> "a longer interval";
            case "users.refresh.max" -> "fewer refreshes";
            default -> field.endsWith("duration") || field.equals("drain") ? "a shorter " + field : "a smaller " + field;
        };
        return change + (several ? " (or fewer replications or values)" : "") + (forcible ? ", or add --force" : "");
    }
}
