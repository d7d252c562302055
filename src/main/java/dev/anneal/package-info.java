/**
 * anneal: learning-rate schedules as values. {@link dev.anneal.Schedule} is the compiled
 * step-to-value function, {@link dev.anneal.Schedules} builds node trees fluently and
 * {@link dev.anneal.ScheduleFile} loads and writes schedule files.
 */
@NullMarked
package dev.anneal;

import org.jspecify.annotations.NullMarked;
