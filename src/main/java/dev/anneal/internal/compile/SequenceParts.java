package dev.anneal.internal.compile;

/**
 * The layout of a compiled sequence: {@code starts[i]}, the step where part {@code i} starts, with
 * one more entry, where the sequence ends ({@link Double#NaN} when its last part goes on forever);
 * {@code ends[i]}, the value where part {@code i} ends, at its {@code p = 1} (NaN without a duration).
 */
public record SequenceParts(double[] starts, double[] ends) {}
