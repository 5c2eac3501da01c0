package dev.avalanche.bridge.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spec the server's JVM hands the users' child JVM, through a properties file. */
class UsersSpecTest {

    @Test
    void aSpecReadsBackAsItWasWritten(@TempDir Path dir) throws IOException {
        for (boolean flag : new boolean[] {false, true}) {
            UsersSpec spec = new UsersSpec(URI.create("http://127.0.0.1:8000/view?x=1"), "127.0.0.1", false, 7, 2.5,
                    12_000_000_000L, 5000, 5_000_000_000L, 200, dir.resolve("client.log"), 90_000_000_000L, flag, !flag,
                    flag ? UsersShare.of(2, 3, 5000) : UsersShare.WHOLE);
            Path file = dir.resolve("spec-" + flag + ".properties");
            spec.write(file);
            assertEquals(spec, UsersSpec.read(file));
        }
    }

    @Test
    void aMissingKeyIsNamedWithItsFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("spec.properties");
        Files.writeString(file, "target=http://127.0.0.1:8000/\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UsersSpec.read(file));
        assertTrue(e.getMessage().contains(file + ": address: got nothing"), e.getMessage());
    }
}
