package dev.avalanche.scenarios.internal;

import dev.avalanche.models.config.ModelConfig;
import dev.avalanche.scenarios.Problem;
import dev.avalanche.scenarios.Scenario;
import dev.avalanche.scenarios.ScenarioException;
import dev.avalanche.models.Variant;
import dev.avalanche.scenarios.internal.Node.MapNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a scenario: the YAML tree, the {@code --set} overrides on it, the scenario's own fields,
 * then each variant's tree bound to a model configuration. A problem found in some variants but
 * not all names them: {@code ... [variant greenlets-1000]}.
 */
public final class ScenarioReader {

    private static final Pattern NAME = Pattern.compile(Format.NAME_REGEX);
    private static final String NAME_ALLOWED = Format.NAME_ALLOWED;
    private static final String BASE = "base";

    private ScenarioReader() {
    }

    /**
     * The scenario in {@code text}, read from the file called {@code file} ({@code source} on disk),
     * with {@code sets} ({@code path=value}) applied to the base in order.
     *
     * @throws ScenarioException with every problem found, when there is any
     */
    public static Scenario read(String text, String file, Path source, List<String> sets) throws ScenarioException {
        Problems problems = new Problems();
        Node root = YamlTreeReader.read(text, new Pos(file, 1, 1), problems);
        if (root == null) {
            throw failure(problems.list(), file);
        }
        Overrides overrides = new Overrides(problems);
        for (int i = 0; i < sets.size(); i++) {
            root = overrides.set(root, sets.get(i), i + 1);
        }
        Fields f = Fields.of(At.root(root), problems, Format.TOP);
        if (!f.valid()) {
            throw failure(problems.list(), file);
        }
        Values values = new Values(problems);
        String name = f.required("name", a -> values.name(a, NAME, NAME_ALLOWED));
        String description = f.optional("description", "", values::text);
        Long seed = f.optional("seed", 1L, values::longInteger);
        Map<String, Node> trees = variants(root, f.get("variants"), overrides, problems);

        Map<Problem, List<String>> found = new LinkedHashMap<>();
        List<Variant> variants = new ArrayList<>();
        for (Map.Entry<String, Node> v : trees.entrySet()) {
            Problems own = new Problems();
            ModelConfig config = new ModelBinder(own).bind(At.root(v.getValue()));
            own.list().forEach(p -> found.computeIfAbsent(p, k -> new ArrayList<>()).add(v.getKey()));
            if (config != null) {
                variants.add(new Variant(v.getKey(), config));
            }
        }
        List<Problem> all = problems.list();
        found.forEach((p, in) -> {
            if (!all.contains(p)) {
                all.add(in.size() == trees.size() ? p : new Problem(p.file(), p.line(), p.column(), p.path(),
                        p.message() + " [variant " + String.join(", ", in) + "]"));
            }
        });
        if (!all.isEmpty()) {
            throw failure(all, file);
        }
        return new Scenario(name, description, seed, source, text, variants, new TreeLocator(trees));
    }

    /** Each variant's tree by name, in file order: the base with the variant's overrides. */
    private static Map<String, Node> variants(Node base, At at, Overrides overrides, Problems problems) {
        Map<String, Node> trees = new LinkedHashMap<>();
        if (at == null) {
            trees.put(BASE, base);
            return trees;
        }
        if (!(at.node() instanceof MapNode m) || m.entries().isEmpty()) {
            problems.invalid(at, "a mapping from variant names to overrides, such as {greenlets-1000: {servers.workers.model: greenlets}}");
            return trees;
        }
        m.entries().forEach((name, entry) -> {
            if (!NAME.matcher(name).matches()) {
                problems.add(entry.keyPos(), At.join(at.path(), name), "got a variant name " + name + "; allowed " + NAME_ALLOWED);
            }
            trees.put(name, variant(base, new At(At.join(at.path(), name), entry.value()), name, overrides, problems));
        });
        return trees;
    }

    private static Node variant(Node base, At at, String name, Overrides overrides, Problems problems) {
        if (Node.isAbsent(at.node())) {
            return base;
        }
        if (!(at.node() instanceof MapNode m)) {
            problems.invalid(at, "a mapping from dotted paths to values, such as {servers.workers.size: 1000}");
            return base;
        }
        Node tree = base;
        for (Map.Entry<String, Node.Entry> e : m.entries().entrySet()) {
            String first = e.getKey().split("[.\\[]", 2)[0];
            if (ModelBinder.SCENARIO_KEYS.contains(first)) {
                problems.add(e.getValue().keyPos(), At.join(at.path(), e.getKey()), "got an override of " + first
                        + "; allowed overrides of the model's fields: " + String.join(", ", ModelBinder.MODEL_KEYS)
                        + " (" + String.join(", ", ModelBinder.SCENARIO_KEYS) + " belong to the whole scenario)");
                continue;
            }
            tree = overrides.apply(tree, e.getKey(), e.getValue().keyPos(), e.getValue().value(), "variant " + name);
        }
        return tree;
    }

    /** The exception for {@code problems}: those of the scenario file first, in line order. */
    private static ScenarioException failure(List<Problem> problems, String file) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing((Problem p) -> !p.file().equals(file)).thenComparing(Problem::file)
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return new ScenarioException(sorted);
    }
}
