package dev.avalanche.scenarios.measured;

import static dev.avalanche.scenarios.measured.YamlNumbers.duration;
import static dev.avalanche.scenarios.measured.YamlNumbers.fixed;

import dev.avalanche.models.fit.Calibration;
import dev.avalanche.models.fit.ConcurrencyLimit;
import dev.avalanche.models.fit.ServiceTimeFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A scenario written from a {@link Calibration}: one server whose processes x workers make the
 * measured concurrency limit, the measured backlog and overflow, the CPU per request as the
 * server's overhead, the service time at low load as the request's local wait, and a closed loop
 * of the limit and more (at most half the backlog beyond it), so that {@code validate --target} compares the model with the service where
 * the pool decides. Every measured number has a comment: how it was measured, how sure it is.
 */
public final class CalibratedScenario {

    private CalibratedScenario() {
    }

    /**
     * How the limit is split and which worker model is written; the probe cannot tell them apart.
     *
     * @param name the scenario's name
     * @param processes the processes the limit is shared by (at least 1; the limit is rounded up to a multiple)
     * @param model {@code threads} or {@code greenlets}
     * @param cores the cores of the service's host
     */
    public record Layout(String name, int processes, String model, int cores) {

        /**
         * @throws IllegalArgumentException naming the field when processes or cores is below 1 or the model is not threads or greenlets
         */
        public Layout {
            if (processes < 1) {
                throw new IllegalArgumentException("processes: got " + processes + "; allowed an integer >= 1");
            }
            if (cores < 1) {
                throw new IllegalArgumentException("cores: got " + cores + "; allowed an integer >= 1");
            }
            if (!model.equals("threads") && !model.equals("greenlets")) {
                throw new IllegalArgumentException("model: got " + model + "; allowed threads or greenlets");
            }
        }
    }

    /** The scenario's YAML text. */
    public static String yaml(Calibration c, Layout layout, String version) {
        ConcurrencyLimit limit = c.limit();
        int perProcess = (limit.limit() + layout.processes() - 1) / layout.processes();
        int pool = perProcess * layout.processes();
        ServiceTimeFit fit = c.serviceTime();
        double cpu = c.cpu().map(Calibration.Cpu::perRequestSeconds).orElse(0.0);
        // The local wait is the service time less the CPU the server spends on the request, which the model adds back.
        double waitFactor = cpu > 0 && cpu < fit.mean() ? (fit.mean() - cpu) / fit.mean() : 1;
        Calibration.ListenQueue q = c.listenQueue();
        List<String> out = new ArrayList<>();
        YamlNumbers.comment(out, "", "Written by `avalanche calibrate` (" + version + ") from " + c.target() + " in "
                + fixed(c.elapsedSeconds(), 0) + " s of probing. Every number below was measured; its comment says how"
                + " and how sure it is. Keep servers and request as they are, edit users, add services and variants to ask"
                + " your question, and check it first with: avalanche validate THIS.yaml --target " + c.target());
        for (String note : c.notes()) {
            YamlNumbers.comment(out, "", "Note: " + note);
        }
        out.add("name: " + layout.name());
        out.add("description: >");
        out.add("  " + c.target() + " as calibrated: " + pool + " requests at once (" + layout.processes() + " x " + perProcess
                + " " + layout.model() + "), a service time of " + duration(fit.mean()) + " at low load, more clients than"
                + " workers.");
        out.add("seed: 1");
        out.add("duration: 10m");
        out.add("users:");
        int backlog = q.backlog(limit.limit());
        int clients = pool + Math.min(pool, Math.max(1, backlog / 2));
        YamlNumbers.comment(out, "  ", "Not measured: a closed loop of the limit plus up to as many again (at most half the backlog, so"
                + " that no SYN is dropped), 5 rounds: the pool is full and requests queue.");
        out.add("  closed: {concurrency: " + clients + ", requests: " + 5 * clients + "}");
        out.add("servers:");
        out.add("  count: 1");
        YamlNumbers.comment(out, "  ", "Not measured: the cores of the host calibrate ran on; set the service's host's if it is elsewhere.");
        out.add("  cores: " + layout.cores());
        YamlNumbers.comment(out, "  ", limitComment(c, layout, pool));
        out.add("  processes: " + layout.processes());
        out.add("  workers: {model: " + layout.model() + ", size: " + perProcess + "}");
        YamlNumbers.comment(out, "  ", backlogComment(q, limit.limit()));
        out.add("  backlog: " + backlog);
        out.add("  overflow: " + q.overflow());
        if (c.cpu().isPresent()) {
            Calibration.Cpu k = c.cpu().get();
            YamlNumbers.comment(out, "  ", "CPU per request: utime + stime from /proc of pid " + join(k.pids()) + " and its descendants ("
                    + k.processes() + " processes, every thread) over the closed loop's " + k.requests() + " requests: "
                    + duration(k.perRequestSeconds()) + " +- " + duration(k.halfWidthSeconds()) + " (the 10 ms clock tick of "
                    + "each process, read twice, spread over the requests). Workers that ended meanwhile are not counted.");
            out.add("  overhead: " + duration(k.perRequestSeconds()));
        } else {
            YamlNumbers.comment(out, "  ", "CPU per request not measured (no --pid): the model spends none; give calibrate the pid of the"
                    + " service's master process to measure it.");
            out.add("  overhead: 0");
        }
        out.add("request:");
        YamlNumbers.comment(out, "  ", "Service time at low load (response time of the closed loop's steps below half the limit, client"
                + " included): " + YamlNumbers.describe(fit) + (waitFactor < 1 ? ". Less the CPU above (x "
                + fixed(waitFactor, 4) + "), which the model adds back." : "."));
        ServiceTimeFit wait = waitFactor < 1 ? fit.scaled(waitFactor) : fit;
        if (wait.family() == ServiceTimeFit.Family.CONSTANT) {
            out.add("  local: [{name: service, latency: " + duration(wait.scale()) + "}]");
        } else {
            // A local step's latency is a constant in the format; a distribution is a service's, called once.
            out.add("  calls: [{service: view, count: 1}]");
            out.add("services:");
            YamlNumbers.comment(out, "  ", "What the view waits on, as one call (split it into your database, third parties ... to ask about"
                    + " them); the timeout is the probe's own request timeout.");
            out.add("  view: {latency: " + YamlNumbers.distribution(wait) + ", timeout: " + duration(c.requestTimeoutSeconds()) + "}");
        }
        return String.join("\n", out) + "\n";
    }

    private static String limitComment(Calibration c, Layout layout, int pool) {
        ConcurrencyLimit l = c.limit();
        StringBuilder b = new StringBuilder("Concurrency limit (processes x workers) = ").append(l.limit()).append(": ");
        if (l.method().equals("burst")) {
            b.append("the first wave of a burst of ").append(l.burst()).append(" requests sent at once was answered together (a count);");
        } else {
            b.append("no clean first wave in the burst, so Little's law, rounded;");
        }
        b.append(" Little's law agrees to ").append(fixed(l.littleEstimate(), 1)).append(" (plateau ")
                .append(fixed(l.plateauThroughput(), 1)).append(" req/s x mean service time ").append(duration(l.serviceSeconds()))
                .append("). Closed-loop steps, concurrency: req/s =");
        for (ConcurrencyLimit.Step s : c.steps()) {
            b.append(' ').append(s.concurrency()).append(": ").append(fixed(s.throughput(), 1));
        }
        b.append(". Calibration cannot see how the limit is split: ").append(layout.processes()).append(" process(es) of ")
                .append(layout.model()).append(" as given to calibrate");
        if (pool != l.limit()) {
            b.append(", rounded up to ").append(pool);
        }
        return b.append('.').toString();
    }

    private static String backlogComment(Calibration.ListenQueue q, int limit) {
        String kernel = q.kernelBacklog().map(b -> " backlog " + b + " is the listening socket's, read from this host's kernel"
                + " (ss, Send-Q): min(the server's listen argument, somaxconn).").orElse("");
        String host = kernel + q.hostAbortOnOverflow().map(a -> " This host's net.ipv4.tcp_abort_on_overflow is " + a + ".").orElse("");
        if (q.attempted() == 0) {
            return "Listen queue not probed (--max-connections 0): Linux's default overflow (drop) and a backlog of 100." + host;
        }
        if (!q.overflowed()) {
            return "Listen queue: all " + q.connected() + " idle connections opened one after another were taken, none refused"
                    + " or dropped: the server accepts eagerly (an async front, a router) or its backlog is larger."
                    + (q.kernelBacklog().isPresent() ? "" : " backlog is therefore a lower bound.") + " overflow is the host's setting."
                    + host;
        }
        return String.format(Locale.ROOT, "Listen queue: of %d idle connections opened one after another, %d completed their"
                + " handshake before the first that did not, %d in all; %d were refused or reset, %d got no SYN-ACK within %s"
                + " (dropped), %d were closed by the server meanwhile (an idle timeout).%s%s",
                q.attempted(), q.beforeOverflow(), q.connected(), q.refused(), q.dropped(), duration(q.connectTimeoutSeconds()),
                q.closedByServer(), q.kernelBacklog().isPresent() ? "" : String.format(Locale.ROOT, " backlog = %d - %d (one held per"
                + " worker) - 1 (Linux holds backlog + 1), assuming each worker holds one idle connection (a server that"
                + " accepts more makes it an upper bound).", q.beforeOverflow(), limit), host);
    }

    private static String join(List<Long> pids) {
        return String.join(",", pids.stream().map(String::valueOf).toList());
    }
}
