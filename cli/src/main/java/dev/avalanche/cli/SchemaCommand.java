package dev.avalanche.cli;

import dev.avalanche.scenarios.ScenarioFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code avalanche schema}: the scenario format as a JSON Schema, or as its reference page. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) of the scenario format, generated from the definitions the "
                + "binder reads scenarios with, for editors and other tools; with --markdown, the format's reference page "
                + "(every field with its type, unit, default, allowed range, meaning and an example). A scenario whose first "
                + "line is '# yaml-language-server: $schema=../docs/scenario.schema.json' (the path relative to it) is "
                + "completed and checked by editors.",
        footer = {"", "Examples:",
            "  ./avalanche schema              # as docs/scenario.schema.json",
            "  ./avalanche schema --markdown   # as docs/scenario-format.md"})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--markdown", description = "Print the reference page in Markdown instead of the JSON Schema.")
    boolean markdown;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(markdown ? ScenarioFormat.markdown() : ScenarioFormat.jsonSchema());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
