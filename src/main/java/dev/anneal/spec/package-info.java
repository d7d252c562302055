/**
 * The schedule spec tree: one immutable record per node of the format. The fluent API and the
 * YAML binding both build these records; {@link dev.anneal.spec.Node#compile()} turns a tree into
 * a fast {@link dev.anneal.Schedule}.
 */
@NullMarked
package dev.anneal.spec;

import org.jspecify.annotations.NullMarked;
