package dev.avalanche.scenarios.measured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.config.Servers;
import dev.avalanche.models.fit.Calibration;
import dev.avalanche.models.fit.ConcurrencyLimit;
import dev.avalanche.models.fit.ServiceTimeFit;
import dev.avalanche.scenarios.ScenarioLoader;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The scenario written from a calibration loads, holds its numbers, and says what was not measured. */
class CalibratedScenarioTest {

    private static Calibration calibration(ServiceTimeFit fit, Optional<Calibration.Cpu> cpu, Calibration.ListenQueue q) {
        ConcurrencyLimit limit = new ConcurrencyLimit(10, "burst", 9.9, 1.0, 9.9, OptionalInt.of(10), 20);
        return new Calibration("http://127.0.0.1:8000/view", limit, List.of(new ConcurrencyLimit.Step(1, 5, 5, 0),
                new ConcurrencyLimit.Step(16, 80, 8.1, 0)), fit, cpu, q, 42, 30, List.of("a note"));
    }

    private static ModelConfig load(String yaml) throws Exception {
        return ScenarioLoader.loadString(yaml, "calibrated.yaml", List.of()).variants().getFirst().config();
    }

    @Test
    void withoutAPidTheCpuIsSaidNotMeasuredAndAConstantServiceTimeIsALocalWait() throws Exception {
        ServiceTimeFit constant = ServiceTimeFit.of(new double[] {1.0, 1.001, 1.002, 1.0, 1.001});
        Calibration.ListenQueue q = new Calibration.ListenQueue(300, 111, 111, 0, 16, 0, 0.25, Optional.of(0), Optional.empty());
        String yaml = CalibratedScenario.yaml(calibration(constant, Optional.empty(), q),
                new CalibratedScenario.Layout("svc", 2, "threads", 2), "test");
        assertTrue(yaml.contains("# CPU per request not measured (no --pid)"), yaml);
        ModelConfig cfg = load(yaml);
        Servers s = cfg.servers();
        assertEquals(2, s.processes());
        assertEquals(5, s.workers().size(), "10 shared by 2 processes");
        assertEquals(100, s.backlog(), "111 before the first drop - 10 workers - 1");
        assertEquals(Servers.Overflow.DROP, s.overflow());
        assertEquals(0, s.overhead().seconds(), 0);
        assertEquals(1, cfg.request().local().size());
        assertTrue(yaml.contains("# Note: a note"), yaml);
    }

    @Test
    void aMeasuredCpuIsTheOverheadAndALognormalServiceTimeIsACallLessThatCpu() throws Exception {
        double[] x = new org.apache.commons.math3.distribution.LogNormalDistribution(new org.apache.commons.math3.random.Well19937c(3),
                Math.log(0.5), 0.3, 1e-9).sample(400);
        ServiceTimeFit fit = ServiceTimeFit.of(x);
        Calibration.Cpu cpu = new Calibration.Cpu(0.002, 0.0001, 400, 3, List.of(77L));
        Calibration.ListenQueue q = new Calibration.ListenQueue(500, 500, 500, 0, 0, 0, 0.25, Optional.empty(), Optional.of(128));
        String yaml = CalibratedScenario.yaml(calibration(fit, Optional.of(cpu), q), new CalibratedScenario.Layout("svc", 1,
                "greenlets", 4), "test");
        ModelConfig cfg = load(yaml);
        assertEquals(0.002, cfg.servers().overhead().seconds(), 1e-9);
        assertEquals(128, cfg.servers().backlog(), "the kernel's figure when it is known");
        assertTrue(yaml.contains("from /proc of pid 77 and its descendants (3 processes"), yaml);
        assertTrue(yaml.contains("view: {latency: {dist: " + fit.family().yamlName()), yaml);
        assertEquals(1, cfg.request().calls().size());
        assertTrue(cfg.services().containsKey("view"));
    }
}
