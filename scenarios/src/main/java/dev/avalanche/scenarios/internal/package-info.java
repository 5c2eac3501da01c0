/**
 * How a scenario file becomes model configurations; nothing here is API.
 *
 * <p>{@link dev.avalanche.scenarios.internal.YamlTreeReader} reads the YAML with Jackson's
 * streaming parser into an immutable tree whose every node knows its file, line and column;
 * {@code Overrides} applies {@code --set} and variant overrides to that tree; the binders
 * ({@code ModelBinder} and the ones it calls) turn a tree into the models' records. Binders report
 * to {@code Problems} and go on, so that one load reports every mistake; a binder returns null
 * exactly when it reported a problem about what it was asked to bind. The records' own
 * {@code IllegalArgumentException}s are caught and reported at the node they name.
 *
 * <p>{@code Format} declares the format once (every mapping and key with its type, range, default,
 * unit, meaning and example): the binders read only the keys it declares, through {@code Fields},
 * and the documentation and JSON Schema are generated from it.
 */
package dev.avalanche.scenarios.internal;
