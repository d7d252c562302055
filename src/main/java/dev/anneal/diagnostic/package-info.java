/**
 * Diagnostics as data: a {@link dev.anneal.diagnostic.Problem} found in a schedule file, with its
 * place in the user's own file and a stable rule id.
 */
@NullMarked
package dev.anneal.diagnostic;

import org.jspecify.annotations.NullMarked;
