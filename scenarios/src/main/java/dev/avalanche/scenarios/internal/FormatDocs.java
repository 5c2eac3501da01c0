package dev.avalanche.scenarios.internal;

import dev.avalanche.scenarios.internal.Format.DistSpec;
import dev.avalanche.scenarios.internal.ValueType.ListOf;
import dev.avalanche.scenarios.internal.ValueType.MapOf;
import dev.avalanche.scenarios.internal.ValueType.Nested;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code docs/scenario-format.md}, generated from {@link Format}: a table per mapping with every
 * key's type, unit, default, allowed range, meaning and an example, then the distributions.
 */
public final class FormatDocs {

    private FormatDocs() {
    }

    /** The page, in Markdown, ending with a line break. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("""
                # The scenario format

                <!-- Generated from the binder's field definitions (scenarios/src/main/java/dev/avalanche/scenarios/internal/Format.java).
                     Do not edit: regenerate with ./avalanche schema --markdown > docs/scenario-format.md -->

                A scenario is a YAML file. This page lists every field the binder reads, generated from the same
                definitions the binder binds with, so it cannot fall behind. `./avalanche schema` prints the JSON Schema
                (draft 2020-12) of the format, also in `docs/scenario.schema.json`; a scenario that starts with

                ```yaml
                # yaml-language-server: $schema=../docs/scenario.schema.json
                ```

                (the path relative to the scenario) is completed and checked by editors that use the YAML language
                server (VS Code's YAML extension, IntelliJ, Neovim). The schema checks keys, types, required keys,
                ranges and duration units; the binder checks the rest (a warmup shorter than the duration, a call to a
                defined service, the upper bound of a duration) and reports every problem as
                `file:line:col: path: got X; allowed Y`.

                A key written with no value (`patience:` or `patience: ~`) counts as absent. A variant overrides fields
                of the model by dotted path (`servers.workers.size: 1000`); so does `--set path=value` on the command line.

                ## A scenario

                An e-commerce API at 120 requests per second on 4 processes of 16 threads, whose payment provider
                slows fivefold for two minutes, against the same service on gevent:

                ```yaml
                # yaml-language-server: $schema=../docs/scenario.schema.json
                name: my-shop
                description: 120 rps; the payment provider five times slower from 8m to 10m.
                duration: 20m
                warmup: 2m
                users:
                  arrivals: {rate: 120}
                  patience: {dist: lognormal, median: 10s, sigma: 0.5}
                  refresh: {probability: 0.5, max: 3, delay: 1s}
                servers:
                  count: 1
                  cores: 4
                  processes: 4
                  workers: {model: threads, size: 16}
                  backlog: 100
                  overflow: drop
                request:
                  cpu: {dist: exponential, mean: 5ms}
                  calls:
                    - {service: payments}
                services:
                  payments:
                    latency: {dist: lognormal, median: 300ms, sigma: 0.4}
                    timeout: 10s
                    degradation: [{at: 8m, factor: 1}, {at: 8m1s, factor: 5}, {at: 10m, factor: 5}, {at: 10m1s, factor: 1}]
                variants:
                  threads-16: {}
                  gevent-100: {servers.workers.model: greenlets, servers.workers.size: 100}
                ```

                ## Values

                - **duration**: a number with its unit, units `h m s ms us ns` (`µs` too), several combined largest
                  first: `600ms`, `2s`, `10m`, `5m30s`, `250us`, `1.5s`. A bare number is refused (`200` could be
                  seconds or milliseconds), except `0`. At most `100000h`.
                - **size in bytes**: an integer, or a number with a unit `B KiB MiB GiB TiB KB MB GB TB`: `8MiB`.
                - **distribution**: a duration (a constant), or a mapping `{dist: NAME, ...parameters}` (below).
                - **profile**: a list of points `{at: DURATION, VALUE_KEY: NUMBER}` in time order; the value is linear
                  between points and held after the last: `[{at: 0s, rate: 300}, {at: 10m, rate: 330}]`.
                - **choice**: one of the names listed, written as shown.

                """);
        for (Shape s : Format.shapes()) {
            shape(md, s);
        }
        md.append("## Distributions\n\n");
        md.append("`{dist: NAME, ...}`; every parameter but `shape`, `sigma`, `phases` and `weight` is a duration.\n\n");
        md.append("| dist | parameters | meaning | example |\n|---|---|---|---|\n");
        for (DistSpec d : Format.DISTRIBUTIONS) {
            String parameters = d.oneOf().isEmpty()
                    ? d.parameters().stream().map(p -> p.required() ? "`" + p.key() + "`" : "`" + p.key() + "` (default "
                            + p.defaultValue() + ")").collect(Collectors.joining(", "))
                    : d.oneOf().stream().map(keys -> keys.stream().map(k -> "`" + k + "`").collect(Collectors.joining(" and ")))
                            .collect(Collectors.joining(", or "));
            String example = "{dist: " + d.name() + ", " + d.parameters().stream()
                    .filter(p -> p.required() || !d.oneOf().isEmpty() && d.oneOf().getFirst().contains(p.key()))
                    .map(p -> p.key() + ": " + p.example()).collect(Collectors.joining(", ")) + "}";
            md.append("| `").append(d.name()).append("` | ").append(parameters).append(" | ").append(cell(d.meaning()))
                    .append(" | `").append(cell(example)).append("` |\n");
        }
        md.append("\nA mixture's components are written inline, each with its `weight` (> 0, relative to the others):\n"
                + "`{dist: mixture, of: [{weight: 0.95, dist: exponential, mean: 100ms}, {weight: 0.05, dist: constant, value: 5s}]}`.\n");
        return md.toString();
    }

    private static void shape(StringBuilder md, Shape s) {
        md.append("## ").append(s.path().isEmpty() ? "The top level" : "`" + s.path() + "`").append("\n\n");
        md.append(s.meaning());
        if (!s.oneOf().isEmpty()) {
            md.append(" Exactly one of ").append(s.oneOf().stream()
                    .map(keys -> keys.stream().map(k -> "`" + k + "`").collect(Collectors.joining(" and ")))
                    .collect(Collectors.joining(", "))).append(" is given.");
        }
        md.append("\n\n| key | type | required or default | allowed | unit | meaning | example |\n|---|---|---|---|---|---|---|\n");
        for (FieldSpec f : s.fields()) {
            md.append("| `").append(f.key()).append("` | ").append(type(f.type())).append(" | ").append(cell(presence(s, f)))
                    .append(" | ").append(cell(f.type().range())).append(" | ").append(f.unit()).append(" | ")
                    .append(cell(f.meaning())).append(" | `").append(cell(f.example())).append("` |\n");
        }
        md.append('\n');
    }

    private static String type(ValueType type) {
        return switch (type) {
            case Nested n -> "[mapping](#" + anchor(n.shape()) + ")";
            case ListOf l -> "list of [mappings](#" + anchor(l.shape()) + ")";
            case MapOf m -> "names to [mappings](#" + anchor(m.shape()) + ")";
            default -> type.name();
        };
    }

    /** GitHub's anchor of a shape's heading. */
    private static String anchor(Shape s) {
        return s.path().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }

    private static String presence(Shape s, FieldSpec f) {
        if (f.required()) {
            return "required";
        }
        List<String> alternative = s.oneOf().stream().filter(keys -> keys.contains(f.key())).findFirst().orElse(null);
        if (alternative != null) {
            return "one of " + s.oneOf().stream().map(keys -> String.join(" and ", keys)).collect(Collectors.joining(", "));
        }
        return f.defaultValue() != null ? "`" + f.defaultValue() + "`" : f.absent();
    }

    /** Text safe in a table cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
