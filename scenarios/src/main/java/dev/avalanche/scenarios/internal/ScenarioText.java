package dev.avalanche.scenarios.internal;

import dev.avalanche.scenarios.Problem;
import dev.avalanche.scenarios.ScenarioException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A scenario file's text: at most {@link #MAX_BYTES} bytes of UTF-8 (a leading byte order mark is
 * dropped). Whatever else the file is (missing, a folder, unreadable, too large, another
 * encoding) becomes one located problem, never an exception's name.
 */
public final class ScenarioText {

    /** A scenario is a few kilobytes; a megabyte is a mistake (or a generated file gone wrong). */
    public static final int MAX_BYTES = 1 << 20;

    private static final String ALLOWED = "a readable UTF-8 YAML file of at most " + MAX_BYTES + " bytes (1 MiB)";

    private ScenarioText() {
    }

    /**
     * The text of {@code file}, named {@code shown} in problems.
     *
     * @throws ScenarioException with one problem when the file cannot be read as a scenario's text
     */
    public static String read(Path file, String shown) throws ScenarioException {
        byte[] bytes;
        if (Files.isDirectory(file)) {
            throw problem(shown, 1, 1, "got a folder");
        }
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw problem(shown, 1, 1, "got no such file");
        } catch (AccessDeniedException e) {
            throw problem(shown, 1, 1, "got a file this user may not read");
        } catch (IOException e) {
            throw problem(shown, 1, 1, "got a file that could not be read (" + describe(e) + ")");
        }
        if (bytes.length > MAX_BYTES) {
            throw problem(shown, 1, 1, "got a file of more than " + MAX_BYTES + " bytes");
        }
        return decode(bytes, shown);
    }

    /** {@code bytes} as UTF-8 without its byte order mark, or a problem at the first byte that is not UTF-8. */
    static String decode(byte[] bytes, String shown) throws ScenarioException {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            throw problem(shown, 1, 1, "got UTF-16 text (its byte order mark)");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = start;
            for (int i = start; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw problem(shown, line, column, String.format(Locale.ROOT, "got bytes that are not UTF-8 at byte %d (0x%02X)",
                    at, bytes[at] & 0xFF));
        }
        out.flip();
        return out.toString();
    }

    /** What went wrong in an I/O operation, in words: the OS's reason, never the exception's class. */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? "an I/O error" : e.getMessage();
    }

    private static ScenarioException problem(String file, int line, int column, String got) {
        return new ScenarioException(List.of(new Problem(file, line, column, "(file)", got + "; allowed " + ALLOWED)));
    }
}
