package dev.avalanche.bridge;

import dev.avalanche.bridge.internal.server.WorkerPool;
import dev.avalanche.bridge.internal.stub.ThirdPartyStub;
import dev.avalanche.models.config.Balancer;
import dev.avalanche.models.config.LinuxTcp;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.LatencySummary;
import dev.avalanche.models.validation.RunConditions;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a live run departs from the simulator's model, one sentence each ({@link LiveVariant#notes()}). */
final class LiveNotes {

    private LiveNotes() {
    }

    /**
     * What a run was besides its configuration.
     *
     * @param truncated the request cap cut it
     * @param stopped it was stopped early (Ctrl-C)
     * @param targetStub the stub a run against a target started (null when there is none, or no target)
     * @param servers the built-in servers' addresses (none against a target)
     * @param balancer the built-in balancer's address, when the scenario has one and there is no target
     * @param cpu the CPU the run used
     * @param stubLateness how late the stub's answers were (null when no stub ran)
     */
    record Facts(boolean truncated, boolean stopped, ThirdPartyStub targetStub, List<URI> servers, Optional<URI> balancer,
            LiveRun.CpuUse cpu, LatencySummary stubLateness) {
    }

    /**
     * @param run what the run was besides its configuration
     */
    static List<String> of(ModelConfig cfg, LiveOptions opts, Facts run) {
        List<String> notes = new ArrayList<>();
        Servers s = cfg.servers();
        if (opts.timeScale() != 1) {
            notes.add("played at time scale " + opts.timeScale() + ": durations divided and rates multiplied by it on the wire;"
                    + " figures are in scenario time, so fixed real costs (loopback HTTP) appear multiplied by it");
        }
        if (run.stopped()) {
            notes.add("stopped early on request (Ctrl-C): nothing was sent after the stop, the requests then in flight had "
                    + LiveRun.STOP_GRACE.toSeconds() + " s to finish; the figures cover part of the scenario");
        }
        if (run.truncated()) {
            notes.add("the request cap of " + opts.maxRequests() + " was reached: the figures cover part of the scenario");
        }
        notes.add(switch (opts.users()) {
            case UserSide.ChildJvm c -> (c.processes() == 1 ? "the users ran in a JVM of their own"
                    : "the users ran in " + c.processes() + " JVMs of their own, each playing one intent in " + c.processes()
                            + " of the schedule") + ", on the same machine's "
                    + Runtime.getRuntime().availableProcessors() + " processors";
            case UserSide.ThisJvm t -> "the users ran in the server's JVM, sharing its heap, JIT and carrier threads";
        });
        notes.add(opts.newConnections()
                ? "each request opened a new connection and closed it after the response, as ab does without -k"
                : "the users kept their connections alive between requests, as wrk does (the closed loop's opened before"
                        + " the clock); --new-connections opens one per request, as ab does without -k");
        if (run.stubLateness() != null && run.stubLateness().count() > 0) {
            notes.add(String.format(Locale.ROOT, "the stub answered %d calls, each late by %.1f ms at the median, %.1f ms at"
                    + " p99, %.1f ms at most (its own queueing, wall time)", run.stubLateness().count(), run.stubLateness().p50() * 1e3,
                    run.stubLateness().p99() * 1e3, run.stubLateness().max() * 1e3));
        }
        if (opts.target().isPresent()) {
            notes.add("the target " + opts.target().get() + " is an external server: only what the users see is measured;"
                    + " completed (and throughput) counts the successful responses users received, orphans unseen; wait,"
                    + " busy and backlog are not observable and read 0, and servers.* only shape the prediction");
            if (run.targetStub() != null) {
                notes.add("the scenario's third parties answered at " + run.targetStub().health().resolve("/s/") + "<service>" + " during the run");
            }
            if (cfg.balancer().isPresent()) {
                notes.add("no balancer of ours stands in front of the target: the users played its timeout with a timer of"
                        + " their own (counted timed out)");
            }
            return notes;
        }
        if (run.balancer().isPresent()) {
            Balancer b = cfg.balancer().orElseThrow();
            notes.add(run.servers().size() + (run.servers().size() == 1 ? " server on port " : " servers on ports ") + ports(run.servers())
                    + (opts.servers() instanceof ServerSide.ChildJvms ? (run.servers().size() == 1 ? ", in a JVM of its own"
                            : ", each in a JVM of its own") + " (their logs read back after the run)" : " in this JVM")
                    + ", behind a reverse proxy on port " + run.balancer().get().getPort() + " playing the balancer's "
                    + b.policy().name().toLowerCase(Locale.ROOT).replace('_', '-') + " policy and its " + b.timeout()
                    + " timeout (a 504; the server's connection is closed and its work goes on, an orphan); the proxy adds"
                    + " one loopback hop to every request, which the model's balancer does not cost");
        }
        if (s.processes() > 1) {
            notes.add((s.count() > 1 ? "each server's " : "") + s.processes()
                    + " processes are played as separate worker pools in one JVM sharing one accept queue"
                    + (opts.servers() instanceof ServerSide.ChildJvms ? " (the server's)" : ""));
        }
        if (s.workers().model() == Workers.Model.GREENLETS) {
            notes.add(WorkerPool.greenletsOnHubs()
                    ? "greenlets are virtual threads carried by one platform thread per process, as gevent's hub,"
                            + " their parallel calls too; the front's parsing of request heads runs outside them"
                    : "greenlets are virtual threads whose CPU bursts are serialised per process by a lock (this JVM"
                            + " lacks --add-opens java.base/java.lang=ALL-UNNAMED, which one carrier per process needs)");
        }
        notes.add("CPU bursts run on this machine's " + Runtime.getRuntime().availableProcessors() + " processors, shared"
                + (s.count() > 1 ? " by the " + s.count() + " servers" : "") + " with "
                + (run.balancer().isPresent() ? "the proxy, " : "") + "the stub and the users, not on the scenario's "
                + (s.count() > 1 ? s.count() + " servers x " : "") + s.cores() + " cores");
        if (s.overflow() == Servers.Overflow.DROP) {
            LinuxTcp tcp = s.tcp();
            notes.add("a full accept queue drops the SYN: the server takes the request back when Linux's retransmission would"
                    + " bring it (" + synSchedule(tcp) + " s after the first SYN, as the simulator's LinuxTcp), and refuses"
                    + " it when the connect fails, " + Math.round(tcp.synGiveUpNanos() / 1e9) + " s after it (counted rejected)");
        }
        if (s.accept().nanos() > 0) {
            notes.add("servers.accept is played as a wall-clock spin of " + s.accept() + " per request on an acceptor thread per"
                    + " process, one request at a time, as the simulator accepts a connection per request");
        }
        if (run.cpu().known()) {
            LiveRun.CpuUse cpu = run.cpu();
            double burst = (cfg.request().cpu().map(d -> d.mean()).orElse(0.0)
                    + cfg.request().cpuAfter().map(d -> d.mean()).orElse(0.0)) * 1e6 / opts.timeScale()
                    * cpu.worked() / cpu.requests();
            String servers = run.balancer().isPresent() ? (s.count() > 1 ? "the app servers and the balancer" : "the app server and"
                    + " the balancer") : "the app server";
            notes.add(String.format(Locale.ROOT, "CPU per request on this machine, background work (JIT, GC) included so"
                    + " telling under load only: %.0f us in all; %s %.0f us (%s%s), the stub %.0f us, %s %s."
                    + " servers.overhead%s is not burnt live, as the real server pays its own: to have the simulation count"
                    + " this machine's, set it to the app server's figure beyond the bursts", cpu.perRequestSeconds() * 1e6,
                    servers, cpu.micros(cpu.serverNanos()), burst > 0 ? String.format(Locale.ROOT,
                            "of which the scenario's CPU bursts %.0f us, %.0f us beyond them; ", burst,
                            cpu.micros(cpu.serverNanos()) - burst) : "",
                    opts.users() instanceof UserSide.ThisJvm ? "the users included" : "front, workers and calls",
                    cpu.micros(cpu.stubNanos()), opts.users() instanceof UserSide.ChildJvm c && c.processes() > 1
                            ? "the users' JVMs" : "the users' JVM", opts.users() instanceof UserSide.ThisJvm ? "none"
                            : String.format(Locale.ROOT, "%.0f us", cpu.micros(cpu.usersJvmNanos())),
                    s.overhead().nanos() > 0 ? " (" + s.overhead() + ")" : ""));
        }
        notes.add("latency counts every successful response, as the simulator does: from the users' log for those"
                + " received by a waiting user, from the server's log for orphans (their user had left)");
        return notes;
    }

    /** What the run shared the machine with, as measured ({@link LiveRun#conditions}). */
    static String conditions(RunConditions c) {
        String others = Double.isNaN(c.otherCores()) ? "other processes' CPU is unknown here (no /proc/stat)"
                : String.format(Locale.ROOT, "other processes kept %.2f of the %d processors busy on average", c.otherCores(),
                        c.cores());
        String lag = Double.isNaN(c.sendLagP99()) ? "" : String.format(Locale.ROOT, "; the users sent late by %.1f ms at"
                + " p99 against their intended instants (scenario time)", c.sendLagP99() * 1e3);
        return "while the run played, " + others + lag;
    }

    private static String ports(List<URI> servers) {
        return servers.stream().map(u -> Integer.toString(u.getPort())).collect(Collectors.joining(", "));
    }

    /** The instants of a connect's SYN retransmissions after its first SYN, in seconds: "1, 2, 3, 4, 5, 7, 11, 19, 35, 67". */
    static String synSchedule(LinuxTcp tcp) {
        StringBuilder b = new StringBuilder();
        long at = 0;
        for (int n = 1; n <= Math.min(tcp.maxSynRetransmissions(), 12); n++) {
            at += tcp.synRetransmissionDelayNanos(n);
            b.append(n > 1 ? ", " : "").append(Math.round(at / 1e9));
        }
        return tcp.maxSynRetransmissions() > 12 ? b + " ..." : b.toString();
    }
}
