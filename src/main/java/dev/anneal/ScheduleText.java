package dev.anneal;

import dev.anneal.diagnostic.ScheduleFileException;
import dev.anneal.internal.load.Loader;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The text of a schedule file as every load reads it: at most 1 MiB of UTF-8, whatever the input
 * is (a regular file, a device, a pipe, standard input); no more than one byte past the limit is
 * read. For callers that read the text themselves and then {@link ScheduleFile#check(String,
 * String, String, Long) check} it, as {@code anneal validate -} does with standard input.
 */
public final class ScheduleText {
  private ScheduleText() {}

  /**
   * {@return the text of the file at {@code path}}
   *
   * @param path the file
   * @throws ScheduleFileException when it cannot be read, is larger than 1 MiB or is not UTF-8
   */
  public static String read(Path path) {
    return Loader.read(path);
  }

  /**
   * {@return the text {@code in} gives; {@code in} is not closed}
   *
   * @param name the name problems give it
   * @param in the stream, such as standard input
   * @throws ScheduleFileException when it cannot be read, is larger than 1 MiB or is not UTF-8
   */
  public static String read(String name, InputStream in) {
    return Loader.read(name, in);
  }
}
