/**
 * Dialects: the schedules of other tools' configs (Hugging Face TrainingArguments and the tools built
 * on them, timm, Lightning CLI), read from the user's own file and translated into anneal's native
 * tree, with every position kept in the user's file. Depends on {@code internal.load} (the reader's
 * located document, "did you mean"); nothing below depends on it.
 */
@NullMarked
package dev.anneal.internal.dialect;

import org.jspecify.annotations.NullMarked;
