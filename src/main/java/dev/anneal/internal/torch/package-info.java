/**
 * PyTorch's schedulers, reproduced from {@code torch/optim/lr_scheduler.py} of PyTorch 1.13: the
 * closed forms, the chainable step formulas and the construction-order effects on the optimizer
 * ({@code initial_lr}, the first step every constructor takes).
 */
@NullMarked
package dev.anneal.internal.torch;

import org.jspecify.annotations.NullMarked;
