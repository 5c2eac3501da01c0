package dev.avalanche.scenarios.measured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.avalanche.models.config.Arrivals;
import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.models.fit.ProfileFit;
import dev.avalanche.models.fit.RequestKinds;
import dev.avalanche.models.fit.ServiceTimeFit;
import dev.avalanche.scenarios.ScenarioLoader;
import dev.avalanche.scenarios.accesslog.AccessLogFormat;
import dev.avalanche.scenarios.accesslog.AccessLogReader;
import dev.avalanche.scenarios.accesslog.AccessLogStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated nginx log of two days with a known profile, response-time distribution and mix
 * ({@link GeneratedLog}): the fragment recovers them within the tolerances stated in each test,
 * and loads as part of a scenario.
 */
class AccessLogFragmentTest {

    @TempDir
    static Path tmp;

    static Path log;
    static long lines;
    static AccessLogStats stats;
    static final AccessLogFragment.Options OPTIONS = new AccessLogFragment.Options("gen.log", "nginx", 24, 0.05, 3);

    @BeforeAll
    static void generate() throws Exception {
        log = tmp.resolve("gen.log");
        lines = GeneratedLog.write(log, 2, 50_000);
        stats = AccessLogReader.read(log, new AccessLogReader.Options(AccessLogFormat.NGINX, 0.01, 10_000, 1024), (b, t) -> { });
    }

    @Test
    void everyLineIsReadAndTheGarbageOnesAreCountedWithTheirLineNumbers() {
        assertEquals(lines, stats.lines());
        assertEquals(lines, stats.requests() + stats.malformed());
        assertEquals(stats.requests() / 50_000, stats.malformed(), "one garbage line per 50,000 requests");
        assertTrue(stats.firstMalformed().getFirst().startsWith(log + ":50001: not the combined format"), stats.firstMalformed().toString());
    }

    @Test
    void theProfileFollowsTheTrueDayWithinTenPercentOfThePeakAndKeepsThePeakAtNoon() {
        ProfileFit p = AccessLogFragment.fit(stats, OPTIONS).profile();
        assertTrue(p.points().size() <= 24, p.toString());
        // 5-minute bins: the peak bin's mean is within 2% of 8/s (the triangle's tip is averaged over 5 minutes)
        assertEquals(8.0, p.peakRate(), 8.0 * 0.02, p.toString());
        assertEquals(12 * 3600, p.peakAtSeconds(), 600, "the peak's bin within 10 minutes of noon");
        for (int minute = 5; minute < 1440; minute += 15) {
            double t = minute * 60.0;
            assertEquals(GeneratedLog.rate(t), polyline(p, t), 0.10 * 8.0, "at minute " + minute);
        }
    }

    @Test
    void theQuietPeriodsResponseTimeIsTheLognormalThatGeneratedItWithinFivePercent() {
        ServiceTimeFit q = AccessLogFragment.fit(stats, OPTIONS).quiet().orElseThrow();
        assertEquals(ServiceTimeFit.Family.LOGNORMAL, q.family(), q.toString());
        assertEquals(GeneratedLog.MEDIAN, q.scale(), GeneratedLog.MEDIAN * 0.05, q.toString());
        assertEquals(GeneratedLog.SIGMA, q.shape(), GeneratedLog.SIGMA * 0.05, q.toString());
    }

    @Test
    void theMixIsThreeTemplatesWithTheirSharesIdsAndUuidsCollapsed() {
        List<RequestKinds.Kind> kinds = AccessLogFragment.fit(stats, OPTIONS).kinds();
        assertEquals(3, kinds.size(), kinds.toString());
        assertEquals("GET /api/cart/{id}", kinds.get(0).kind());
        assertEquals(0.6, kinds.get(0).share(), 0.001);
        assertEquals("POST /api/checkout/{uuid}", kinds.get(1).kind());
        assertEquals(0.3, kinds.get(1).share(), 0.001);
        assertEquals("GET /static/app.js", kinds.get(2).kind());
        assertEquals(3, stats.kinds().distinct(), "the query is dropped, so the static file is one kind");
    }

    @Test
    void theFragmentMergedIntoAScenarioLoadsWithItsProfile() throws Exception {
        String fragment = AccessLogFragment.yaml(stats, OPTIONS, "test");
        assertTrue(fragment.contains("# requests:"), fragment);
        String scenario = "name: merged\nduration: 24h\nservers: {count: 1, cores: 2, processes: 1, workers: {model: threads, size: 20}, backlog: 100, overflow: drop}\n"
                + "request:\n  calls: [{service: app}]\n" + fragment;
        ModelConfig cfg = ScenarioLoader.loadString(scenario, "merged.yaml", List.of()).variants().getFirst().config();
        Arrivals.Open open = (Arrivals.Open) cfg.users().arrivals();
        assertEquals(AccessLogFragment.fit(stats, OPTIONS).profile().points().size(), open.rate().points().size());
    }

    @Test
    void aLogMostlyOfAnotherFormatIsRefusedEarlyNamingTheFormatAndTheFirstBadLines() throws Exception {
        Path wrong = tmp.resolve("wrong.log");
        Files.writeString(wrong, "garbage\n".repeat(2000));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AccessLogReader.read(wrong,
                new AccessLogReader.Options(AccessLogFormat.UWSGI, 0.01, 100, 16), (b, t) -> { }));
        assertTrue(e.getMessage().startsWith("more than half of the first 1000 lines are malformed: is --format uwsgi right?"), e.getMessage());
        assertTrue(e.getMessage().contains(wrong + ":1: not uWSGI's request log"), e.getMessage());
    }

    @Test
    void uwsgiAndCsvLinesGiveTheSameEntryAsTheNginxLine() throws Exception {
        var u = AccessLogFormat.UWSGI.parse("[pid: 7|app: 0|req: 1/1] 127.0.0.1 () {34 vars in 389 bytes} [Tue Dec  1 12:00:05 2026]"
                + " GET /api/cart/12 => generated 3 bytes in 81 msecs (HTTP/1.1 200) 2 headers in 79 bytes (1 switches on core 0)", null);
        var n = AccessLogFormat.NGINX.parse("10.0.0.1 - - [01/Dec/2026:12:00:05 +0000] \"GET /api/cart/12 HTTP/1.1\" 200 3 \"-\" \"a\" 0.081", null);
        var c = AccessLogFormat.CSV.parse("2026-12-01T12:00:05,GET,/api/cart/12,200,0.081",
                AccessLogFormat.CsvColumns.of("time,method,path,status,seconds"));
        assertEquals(n, u);
        assertEquals(n, c);
    }

    private static double polyline(ProfileFit p, double t) {
        List<ProfileFit.Corner> c = p.points();
        if (t <= c.getFirst().atSeconds()) {
            return c.getFirst().rate();
        }
        for (int i = 1; i < c.size(); i++) {
            if (t <= c.get(i).atSeconds()) {
                double f = (t - c.get(i - 1).atSeconds()) / (c.get(i).atSeconds() - c.get(i - 1).atSeconds());
                return c.get(i - 1).rate() + f * (c.get(i).rate() - c.get(i - 1).rate());
            }
        }
        return c.getLast().rate();
    }
}
