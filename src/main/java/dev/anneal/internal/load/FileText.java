package dev.anneal.internal.load;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import dev.anneal.diagnostic.ScheduleFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The text of a schedule file: at most {@link Reader#MAX_SIZE} bytes of UTF-8, whatever the file is
 * (a regular file, a device such as {@code /dev/zero}, a pipe): no more than one byte past the
 * limit is ever read. Bytes that are not UTF-8 are reported where they are.
 */
final class FileText {
  private FileText() {}

  /**
   * {@return the text of the file at {@code path}}
   *
   * @throws ScheduleFileException when it cannot be read, is larger than 1 MiB or is not UTF-8
   */
  static String read(Path path) {
    String name = path.toString();
    byte[] bytes;
    try {
      if (name.isEmpty()) throw new IOException("no file name");
      if (Files.isDirectory(path)) throw new IOException("it is a directory");
      if (Files.isRegularFile(path) && Files.size(path) > Reader.MAX_SIZE) {
        throw tooLarge(name, "the file is too large: " + Files.size(path) + " bytes, more than " + Reader.MAX_SIZE);
      }
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes(Reader.MAX_SIZE + 1);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ScheduleFileException s) throw s;
      throw unreadable(name, e);
    }
    return text(name, bytes);
  }

  /**
   * {@return the text that {@code in} gives (standard input, say), named {@code name} in problems}
   *
   * @throws ScheduleFileException when it cannot be read, is larger than 1 MiB or is not UTF-8
   */
  static String read(String name, InputStream in) {
    try {
      return text(name, in.readNBytes(Reader.MAX_SIZE + 1));
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  private static ScheduleFileException unreadable(String name, Exception e) {
    return new ScheduleFileException(List.of(new Problem(name, 1, 1, "", Rule.FILE_UNREADABLE,
        "cannot read the file: " + describe(e))));
  }

  private static String text(String name, byte[] bytes) {
    if (bytes.length > Reader.MAX_SIZE) {
      throw tooLarge(name, "the input is too large: more than " + Reader.MAX_SIZE + " bytes");
    }
    return utf8(name, bytes);
  }

  private static ScheduleFileException tooLarge(String name, String what) {
    return new ScheduleFileException(List.of(new Problem(name, 1, 1, "", Rule.FILE_TOO_LARGE,
        what + " (1 MiB); a schedule file is a few KB at most")));
  }

  /** The bytes as UTF-8 text, or a problem at the line and column of the first byte that is not. */
  private static String utf8(String name, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) result = decoder.flush(out);
    if (!result.isError()) return out.flip().toString();
    String before = out.flip().toString();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = before.length() - lineStart + 1;
    throw new ScheduleFileException(List.of(new Problem(name, line, column, "", Rule.FILE_UNREADABLE,
        "cannot read the file: it is not UTF-8 text (byte 0x"
            + String.format(java.util.Locale.ROOT, "%02x", bytes[in.position()] & 0xff) + ")")));
  }

  private static String describe(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
