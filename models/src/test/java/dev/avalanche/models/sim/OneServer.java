package dev.avalanche.models.sim;

import static dev.avalanche.models.sim.StoryConfigs.s;

import dev.avalanche.engine.SimDuration;
import dev.avalanche.engine.random.Distribution;
import dev.avalanche.engine.random.Distributions;
import dev.avalanche.engine.random.RandomStreams;
import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.Front;
import dev.avalanche.models.config.Gil;
import dev.avalanche.models.config.LinuxTcp;
import dev.avalanche.models.config.LoadGenerator;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.RequestWork;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.config.Users;
import dev.avalanche.models.config.Workers;
import dev.avalanche.models.result.VariantResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-sized deployment for mechanism tests: {@code clients} users of a closed loop sending
 * {@code clients} requests at once to one server of one process, each request a CPU burst then a
 * fixed wait. Every knob has a plain default and a setter; {@link #run()} simulates it.
 */
final class OneServer {
    int clients = 1;
    Workers.Model model = Workers.Model.THREADS;
    int size = 1;
    int cores = 8;
    int backlog = 100;
    double accept;
    double cpu;
    double cpuAfter;
    double wait = 1;
    boolean deferAccept;
    LinuxTcp tcp = LinuxTcp.DEFAULTS;
    LoadGenerator generator;
    Front front;
    Gil gil;
    AvalancheRun run;

    OneServer clients(int n) {
        clients = n;
        return this;
    }

    OneServer workers(Workers.Model m, int n) {
        model = m;
        size = n;
        return this;
    }

    ModelConfig config() {
        Users users = new Users(new Arrivals.Closed(clients, clients, null, null), Optional.empty(), Users.Refresh.NEVER,
                Optional.ofNullable(generator));
        Servers servers = new Servers(1, cores, 1, new Workers(model, size, 0, Optional.ofNullable(gil)), backlog,
                Servers.Overflow.DROP, s(accept), s(0), s(0), Servers.Abandoned.DISCARD, Optional.ofNullable(front), tcp,
                deferAccept);
        Optional<Distribution> burst = cpu > 0 ? Optional.of(Distributions.constant(cpu)) : Optional.empty();
        Optional<Distribution> after = cpuAfter > 0 ? Optional.of(Distributions.constant(cpuAfter)) : Optional.empty();
        List<RequestWork.LocalStep> local = wait > 0 ? List.of(new RequestWork.LocalStep("wait", s(wait))) : List.of();
        return new ModelConfig(s(3600), s(0), s(1), s(0), users, Optional.empty(), servers,
                new RequestWork(burst, List.of(), local, after), Map.of());
    }

    VariantResult run() {
        run = new AvalancheRun(config(), new RandomStreams(1));
        return run.run("one-server");
    }

    AvalancheRun.KernelCounters kernel() {
        return run.kernelCounters();
    }

    static SimDuration us(double micros) {
        return SimDuration.ofSeconds(micros * 1e-6);
    }

    static SimDuration ms(double millis) {
        return SimDuration.ofSeconds(millis * 1e-3);
    }
}
