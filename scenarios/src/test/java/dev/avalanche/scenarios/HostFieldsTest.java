package dev.avalanche.scenarios;

import static dev.avalanche.scenarios.Fixtures.load;
import static dev.avalanche.scenarios.Fixtures.minimalWith;
import static dev.avalanche.scenarios.Fixtures.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.config.LinuxTcp;
import dev.avalanche.models.config.ModelConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The host's other processes, the kernel's handshake and CPython's lock in the format: they bind
 * to the model, default to what a scenario that does not state them meant before, and a mistake
 * is one located line.
 */
class HostFieldsTest {

    private static final String SERVERS = "  overflow: drop\n";

    @Test
    void unstatedTheyMeanNoRouterNoGeneratorNoGilAndADefaultLinux() throws ScenarioException {
        ModelConfig cfg = load(Fixtures.MINIMAL).variants().get(0).config();
        assertTrue(cfg.servers().front().isEmpty());
        assertTrue(cfg.users().generator().isEmpty());
        assertTrue(cfg.servers().workers().gil().isEmpty());
        assertEquals(LinuxTcp.DEFAULTS, cfg.servers().tcp());
        assertEquals(false, cfg.servers().deferAccept());
    }

    @Test
    void theyBindToTheModel() throws ScenarioException {
        String yaml = minimalWith(SERVERS, SERVERS + """
                  deferAccept: true
                  front: {accept: 40us, write: 10us, relay: 40us, backlog: 128}
                  tcp: {somaxconn: 1024, synLinearTimeouts: 0, syncookies: false}
                """).replace("workers: {model: threads, size: 40}",
                "workers: {model: threads, size: 40, gil: {switchInterval: 5ms, mutex: 5us}}");
        ModelConfig cfg = load(yaml).variants().get(0).config();
        assertEquals(128, cfg.servers().front().orElseThrow().backlog());
        assertEquals(40_000, cfg.servers().front().orElseThrow().accept().nanos());
        assertEquals(new LinuxTcp(1024, 6, 0, 5, false, LinuxTcp.DEFAULTS.rtoMin()), cfg.servers().tcp());
        assertEquals(5_000, cfg.servers().workers().gil().orElseThrow().mutex().nanos());
        assertTrue(cfg.servers().deferAccept());
    }

    @Test
    void aFrontWithoutItsBacklogIsReportedAtTheFront() {
        assertEquals(List.of("s.yaml:13:10: servers.front.backlog: got nothing (the field is required);"
                + " allowed an integer >= 0 (the router's listen queue)"),
                problems(minimalWith(SERVERS, SERVERS + "  front: {accept: 40us}\n")));
    }

    @Test
    void aGilOnGreenletsIsReportedAtTheGil() {
        List<String> p = problems(minimalWith("workers: {model: threads, size: 40}",
                "workers: {model: greenlets, size: 40, gil: {mutex: 5us}}"));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("s.yaml:10:46: servers.workers.gil: got a lock for greenlets; allowed a gil only"
                + " with model threads"), p.get(0));
    }

    @Test
    void aSomaxconnBelowOneIsReportedAtItsValue() {
        assertEquals(List.of("s.yaml:13:20: servers.tcp.somaxconn: got 0; allowed an integer >= 1"),
                problems(minimalWith(SERVERS, SERVERS + "  tcp: {somaxconn: 0}\n")));
    }

    @Test
    void aLoadGeneratorBesideTwoServersIsRefused() {
        List<String> p = problems(minimalWith("  arrivals: {rate: 300}",
                "  arrivals: {rate: 300}\n  generator: {connect: 10us, write: 10us, read: 20us}"));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("users.generator: got a load generator beside 2 servers; allowed a load generator"
                + " only with one server"), p.get(0));
    }

    @Test
    void firstAloneIsAFlag() {
        assertEquals(List.of("s.yaml:4:56: users.closed.firstAlone: got 1; allowed true or false"),
                problems(minimalWith("  arrivals: {rate: 300}", "  closed: {concurrency: 10, requests: 100, firstAlone: 1}")));
    }
}
