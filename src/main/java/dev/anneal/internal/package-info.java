/** Implementation details: compiled curves, the loader and helpers. Not a public API. */
@NullMarked
package dev.anneal.internal;

import org.jspecify.annotations.NullMarked;
