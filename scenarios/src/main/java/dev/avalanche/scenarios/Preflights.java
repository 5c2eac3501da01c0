package dev.avalanche.scenarios;

import dev.avalanche.models.Variant;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.preflight.Finding;
import dev.avalanche.models.preflight.Limits;
import dev.avalanche.models.preflight.Preflight;
import dev.avalanche.models.result.RunResult;
import dev.avalanche.models.result.VariantOutcome;
import dev.avalanche.models.result.VariantResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The domain's preflight ({@link Preflight}) and its check after a run, as located problems: each
 * one at the field to change, as written in the scenario (or in the {@code --set} that set it).
 * Stateless.
 */
public final class Preflights {

    private Preflights() {
    }

    /**
     * What stops simulating {@code scenarios} (one, or a sweep's values), each variant
     * {@code replications} times, {@code parallelism} runs at a time: the runs that cannot run at
     * all, and unless {@code force} those that are merely large. Empty when they may run.
     */
    public static List<Problem> beforeRun(List<Scenario> scenarios, int replications, int parallelism, Limits limits,
            boolean force) {
        List<Preflight.Run> runs = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            for (Variant v : scenarios.get(i).variants()) {
                runs.add(new Preflight.Run(i, i + "/" + v.name(), v.config(), replications));
            }
        }
        return located(scenarios, Preflight.check(runs, parallelism, limits), force);
    }

    /**
     * What stops playing {@code s} live: a time series of more than {@link Limits#DEFAULT_ROWS}
     * rows (a live run has no {@code --force}; its length is the scenario's, played in real time).
     */
    public static List<Problem> beforeLive(Scenario s) {
        List<Preflight.Run> runs = s.variants().stream().map(v -> new Preflight.Run(0, "0/" + v.name(), v.config(), 1)).toList();
        Limits rows = new Limits(Limits.DEFAULT_SECONDS, Limits.MAX_EVENTS, Limits.DEFAULT_ROWS, Limits.DEFAULT_ROWS, 1, 1);
        return located(List.of(s), Preflight.rows(runs, rows), false);
    }

    /**
     * A live run plays one kind of request: a variant whose traffic is a mix of two kinds or more is
     * refused, at its {@code requests}, until the live deployment serves a path per kind.
     */
    private static List<Problem> singleKindForLive(Scenario s) {
        List<String> mixed = s.variants().stream().filter(v -> v.config().requests().mixed()).map(v -> v.name()).toList();
        if (mixed.isEmpty()) {
            return List.of();
        }
        String first = mixed.getFirst();
        String only = mixed.size() == s.variants().size() ? "" : " [variant " + String.join(", ", mixed) + "]";
        return List.of(s.locator().problem(first, "requests", "a mix of " + s.variant(first).config().requests().size()
                + " kinds", "; allowed a single request: live mode plays one kind of request for now (simulate the mix with run)"
                + only));
    }

    /**
     * What live mode (live and validate) cannot play yet: a mix of kinds of request (one problem);
     * else the mitigations it cannot play, one problem per variant (at its first): users' retries
     * are simulated only; a service's client policy and the concurrency limit are played with
     * resilience4j and concurrency-limits, one client and one limiter per server, so only with one
     * process per server (the model gives each process its own); and a breaker only with a
     * fallback (live mode would count a short-circuited request as failed).
     */
    public static List<Problem> unsupportedLive(Scenario s) {
        List<Problem> mix = singleKindForLive(s);
        if (!mix.isEmpty()) {
            return mix;
        }
        List<Problem> problems = new ArrayList<>();
        for (Variant v : s.variants()) {
            ModelConfig c = v.config();
            String only = s.variants().size() > 1 ? " [variant " + v.name() + "]" : "";
            boolean perProcess = c.servers().protection().limit().isPresent()
                    || c.services().values().stream().anyMatch(x -> x.client().any());
            var noFallback = c.services().entrySet().stream()
                    .filter(e -> e.getValue().client().breaker().map(b -> b.fallback().isEmpty()).orElse(false)).findFirst();
            if (c.users().retry().isPresent()) {
                problems.add(s.locator().problem(v.name(), "users.retry", "users' retries",
                        "; allowed no users' retries in live mode and validate yet (simulated only: avalanche run)" + only));
            } else if (perProcess && c.servers().processes() != 1) {
                problems.add(s.locator().problem(v.name(), "servers.processes", Integer.toString(c.servers().processes()),
                        "; allowed 1 with a client policy or a concurrency limit in live mode (one client and one limiter"
                                + " per server there, one per process in the model)" + only));
            } else if (noFallback.isPresent()) {
                problems.add(s.locator().problem(v.name(), "services." + noFallback.get().getKey() + ".client.breaker",
                        "a breaker without a fallback", "; allowed a fallback in live mode (a short-circuited request"
                                + " would count as failed there)" + only));
            }
        }
        return problems;
    }

    private static List<Problem> located(List<Scenario> scenarios, List<Finding> findings, boolean force) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (Finding f : findings) {
            if (f.forcible() && force) {
                continue;
            }
            String first = f.variants().isEmpty() ? "0/" + scenarios.getFirst().variants().getFirst().name() : f.variants().getFirst();
            Scenario s = scenarios.get(Integer.parseInt(first.substring(0, first.indexOf('/'))));
            String variant = first.substring(first.indexOf('/') + 1);
            List<String> names = f.variants().stream().map(l -> l.substring(l.indexOf('/') + 1)).distinct().toList();
            String only = f.total() || names.isEmpty() || names.size() == s.variants().size() ? ""
                    : " [variant " + String.join(", ", names) + "]";
            problems.add(s.locator().problem(variant, f.field(), f.value(), " (" + f.estimate() + "); allowed " + f.allowed()
                    + only));
        }
        return List.copyOf(problems);
    }

    /**
     * What makes {@code result} (a run of {@code s}) meaningless: a variant that measured nothing
     * because every request it sent was sent before the warm-up ended (a closed loop that ended
     * inside it, or a rate profile that stops before it), whose figures would all read 0.
     */
    public static List<Problem> afterRun(Scenario s, RunResult result) {
        List<Problem> problems = new ArrayList<>();
        for (VariantOutcome o : result.variants()) {
            VariantResult r = o.result();
            if (r.requests().sent() > 0) {
                continue;
            }
            ModelConfig c = s.variant(r.name()).config();
            double end = r.timeline().size() * c.interval().seconds();
            String only = s.variants().size() > 1 ? " [variant " + r.name() + "]" : "";
            if (c.warmup().nanos() > 0) {
                problems.add(s.locator().problem(r.name(), "warmup", c.warmup().toString(), String.format(Locale.ROOT,
                        " (every request was sent before it ended; the run ended at about %.3g s, so nothing was"
                                + " measured); allowed a warm-up that ends while requests are still sent: a shorter"
                                + " warmup, or more requests%s", end, only)));
            } else {
                problems.add(s.locator().problem(r.name(), "users.arrivals", "arrivals that send nothing",
                        " (no request in the whole duration); allowed arrivals that send requests before the duration ends"
                                + only));
            }
        }
        return problems;
    }
}
