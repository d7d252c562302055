/**
 * Loading: reading YAML/JSON with positions, the JSON Schema check, binding to the spec tree, the
 * lint rules and the YAML writer. Depends on compiling, the spec and the diagnostics. Not a public
 * API.
 */
@NullMarked
package dev.anneal.internal.load;

import org.jspecify.annotations.NullMarked;
