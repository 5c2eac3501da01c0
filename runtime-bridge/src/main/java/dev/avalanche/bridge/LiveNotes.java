package dev.avalanche.bridge;

import dev.avalanche.bridge.internal.ThirdPartyStub;
import dev.avalanche.models.config.Balancer;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Workers;
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
     * @param targetStub the stub a run against a target started (null when there is none, or no target)
     * @param servers the built-in servers' addresses (none against a target)
     * @param balancer the built-in balancer's address, when the scenario has one and there is no target
     */
    static List<String> of(ModelConfig cfg, LiveOptions opts, boolean truncated, boolean stopped, ThirdPartyStub targetStub,
            List<URI> servers, Optional<URI> balancer) {
        List<String> notes = new ArrayList<>();
        Servers s = cfg.servers();
        if (opts.timeScale() != 1) {
            notes.add("played at time scale " + opts.timeScale() + ": durations divided and rates multiplied by it on the wire;"
                    + " figures are in scenario time, so fixed real costs (loopback HTTP) appear multiplied by it");
        }
        if (stopped) {
            notes.add("stopped early on request (Ctrl-C): nothing was sent after the stop, the requests then in flight had "
                    + LiveRun.STOP_GRACE.toSeconds() + " s to finish; the figures cover part of the scenario");
        }
        if (truncated) {
            notes.add("the request cap of " + opts.maxRequests() + " was reached: the figures cover part of the scenario");
        }
        notes.add(switch (opts.users()) {
            case UserSide.ChildJvm c -> "the users ran in a JVM of their own, on the same machine's "
                    + Runtime.getRuntime().availableProcessors() + " processors";
            case UserSide.ThisJvm t -> "the users ran in the server's JVM, sharing its heap, JIT and carrier threads";
        });
        if (opts.target().isPresent()) {
            notes.add("the target " + opts.target().get() + " is an external server: only what the users see is measured;"
                    + " completed, wait, busy and backlog are not observable and read 0, and servers.* only shape the prediction");
            if (targetStub != null) {
                notes.add("the scenario's third parties answered at " + targetStub.health().resolve("/s/") + "<service>" + " during the run");
            }
            if (cfg.balancer().isPresent()) {
                notes.add("no balancer of ours stands in front of the target: the users played its timeout with a timer of"
                        + " their own (counted timed out)");
            }
            return notes;
        }
        if (balancer.isPresent()) {
            Balancer b = cfg.balancer().orElseThrow();
            notes.add(servers.size() + (servers.size() == 1 ? " server on port " : " servers on ports ") + ports(servers)
                    + " in this JVM, behind a reverse proxy on port " + balancer.get().getPort() + " playing the balancer's "
                    + b.policy().name().toLowerCase(Locale.ROOT).replace('_', '-') + " policy and its " + b.timeout()
                    + " timeout (a 504; the server's connection is closed and its work goes on, an orphan); the proxy adds"
                    + " one loopback hop to every request, which the model's balancer does not cost");
        }
        if (s.processes() > 1) {
            notes.add((s.count() > 1 ? "each server's " : "") + s.processes()
                    + " processes are played as separate worker pools in one JVM sharing one accept queue");
        }
        if (s.workers().model() == Workers.Model.GREENLETS) {
            notes.add("greenlets are virtual threads whose CPU bursts are serialised per process by a lock;"
                    + " the HTTP parsing of requests and responses runs outside it");
        }
        notes.add("CPU bursts run on this machine's " + Runtime.getRuntime().availableProcessors() + " processors, shared"
                + (s.count() > 1 ? " by the " + s.count() + " servers" : "") + " with "
                + (balancer.isPresent() ? "the proxy, " : "") + "the stub and the users, not on the scenario's "
                + (s.count() > 1 ? s.count() + " servers x " : "") + s.cores() + " cores");
        if (s.overflow() == Servers.Overflow.DROP) {
            notes.add("a full accept queue closes the connection (reset, counted rejected); dropped SYNs and their"
                    + " retransmissions are not played");
        }
        if (s.accept().nanos() > 0) {
            notes.add("servers.accept times are not played");
        }
        notes.add("latency counts every successful response, as the simulator does: from the users' log for those"
                + " received by a waiting user, from the server's log for orphans (their user had left); synRetransmissions"
                + " are not observable and read 0");
        return notes;
    }

    private static String ports(List<URI> servers) {
        return servers.stream().map(u -> Integer.toString(u.getPort())).collect(Collectors.joining(", "));
    }
}
