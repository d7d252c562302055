/**
 * The schedule spec tree: one immutable record per node of the format. The fluent API and the
 * YAML binding both build these records; {@link dev.anneal.Schedule#of(dev.anneal.spec.Node)} turns
 * a tree into a fast {@link dev.anneal.Schedule}. This package depends on nothing but the JDK.
 */
@NullMarked
package dev.anneal.spec;

import org.jspecify.annotations.NullMarked;
