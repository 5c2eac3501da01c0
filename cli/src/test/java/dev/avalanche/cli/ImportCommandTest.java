package dev.avalanche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import access-log} on small logs: the fragment written, malformed lines reported by number, the threshold. */
class ImportCommandTest {

    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    private Path log(int good, boolean garbageAtThree) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < good; i++) {
            if (garbageAtThree && i == 2) {
                b.append("garbage\n");
            }
            b.append(String.format(java.util.Locale.ROOT,
                    "[pid: 7|app: 0|req: %d/%d] 127.0.0.1 () {34 vars in 389 bytes} [Tue Dec  1 %02d:%02d:00 2026] GET /item/%d"
                    + " => generated 3 bytes in %d msecs (HTTP/1.1 200) 2 headers in 79 bytes (1 switches on core 0)%n",
                    i, i, i / 60 % 24, i % 60, i, 50 + i % 20));
        }
        Path p = tmp.resolve("uwsgi.log");
        Files.writeString(p, b);
        return p;
    }

    @Test
    void aUwsgiLogBecomesAFragmentWithItsMalformedLineNamedByNumber() throws Exception {
        Path out = tmp.resolve("day.yaml");
        int code = cli.run("import", "access-log", log(300, true).toString(), "--format", "uwsgi", "--out", out.toString());
        assertEquals(0, code, cli.err());
        assertTrue(cli.out().contains("301 lines, 300 requests, 1 malformed"), cli.out());
        assertTrue(cli.out().contains("malformed: " + tmp.resolve("uwsgi.log") + ":3: not uWSGI's request log"), cli.out());
        assertTrue(cli.out().contains("100.0%  GET /item/{id}"), cli.out());
        String text = Files.readString(out);
        assertTrue(text.contains("  arrivals:\n    profile:\n"), text);
        assertTrue(text.contains("app: {latency: "), text);
    }

    @Test
    void pastMaxMalformedTheLogIsRefusedWithExitTwoAndNoFragment() throws Exception {
        Path out = tmp.resolve("day.yaml");
        int code = cli.run("import", "access-log", log(300, true).toString(), "--format", "uwsgi", "--out", out.toString(),
                "--max-malformed", "0");
        assertEquals(2, code, cli.err());
        assertTrue(cli.err().contains("1 of 301 lines are malformed, more than --max-malformed 0.0; the first: "
                + tmp.resolve("uwsgi.log") + ":3:"), cli.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheFormats() throws Exception {
        int code = cli.run("import", "access-log", log(10, false).toString(), "--format", "apache", "--out", tmp.resolve("x").toString());
        assertEquals(2, code);
        assertTrue(cli.err().contains("--format: got apache; allowed one of nginx, combined, uwsgi, csv"), cli.err());
    }
}
