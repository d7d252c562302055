/** The {@code anneal} command line. */
@NullMarked
package dev.anneal.cli;

import org.jspecify.annotations.NullMarked;
