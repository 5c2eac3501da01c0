package dev.avalanche.scenarios;

import dev.avalanche.scenarios.internal.ScenarioReader;
import dev.avalanche.scenarios.internal.ScenarioText;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads scenario files: parses the YAML, applies {@code --set} overrides and the variants, and
 * validates everything, reporting every problem at once. Stateless and thread-safe.
 *
 * <p>Overrides ({@code --set path=value} and each variant's {@code path: value} entries) replace
 * the value at a dotted path whole: {@code servers.workers: {model: greenlets, size: 1000}} is
 * exactly that mapping (a {@code memory:} of the base is not kept); to change one field, give its
 * path ({@code servers.workers.size: 1000}). List items are addressed with {@code [i]} or, in
 * YAML's flow style where brackets need quotes, a number ({@code request.calls[0].count},
 * {@code request.calls.0.count}). {@code --set} values are YAML ({@code 300},
 * {@code {rate: 330}}, {@code null} to remove a field) and apply to the base, in order, before the
 * variants; {@code --set seed=7} changes the seed.
 */
public final class ScenarioLoader {

    private ScenarioLoader() {
    }

    /**
     * The scenario in {@code file} (UTF-8, at most {@link ScenarioText#MAX_BYTES} bytes) with
     * {@code sets} ({@code path=value}) applied.
     *
     * @throws ScenarioException when the file cannot be read or anything in it or in {@code sets}
     *     is wrong, with one located problem per mistake
     */
    public static Scenario load(Path file, List<String> sets) throws ScenarioException {
        return ScenarioReader.read(text(file), file.toString(), file, sets);
    }

    /**
     * The text of the scenario file {@code file}, unparsed, within the format's size and encoding
     * limits ({@link ScenarioText}).
     *
     * @throws ScenarioException when the file cannot be read, is too large or is not UTF-8
     */
    public static String text(Path file) throws ScenarioException {
        return ScenarioText.read(file, file.toString());
    }

    /**
     * The scenario in {@code yaml}, as if read from a file called {@code fileName} (which problems
     * name and {@link Scenario#source()} holds).
     *
     * @throws ScenarioException when anything in {@code yaml} or {@code sets} is wrong
     */
    public static Scenario loadString(String yaml, String fileName, List<String> sets) throws ScenarioException {
        return ScenarioReader.read(yaml, fileName, Path.of(fileName), sets);
    }
}
