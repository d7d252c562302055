/**
 * Compiling: a spec tree into a {@link dev.anneal.internal.compile.Curve}, the native shapes and
 * combinators, with the PyTorch replays of {@code dev.anneal.internal.torch} at torch nodes. Depends
 * on the spec only. Not a public API.
 */
@NullMarked
package dev.anneal.internal.compile;

import org.jspecify.annotations.NullMarked;
