package dev.anneal.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written whole or not at all: into a file of its own beside the target first, which then
 * replaces the target in one rename; a failed write (a full disk) leaves the target as it was.
 */
final class WholeFile {
  /** What goes into the file. */
  @FunctionalInterface
  interface Content {
    void writeTo(Path partial) throws IOException;
  }

  private WholeFile() {}

  /** Writes {@code content} to {@code out}, whole or not at all. */
  static void write(Path out, Content content) throws IOException {
    Path dir = out.toAbsolutePath().getParent();
    // beside out, so that the move is a rename; named by this process, created with the usual permissions
    Path partial = dir.resolve("." + out.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
    try {
      content.writeTo(partial);
      Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** Writes {@code bytes} to {@code out}, whole or not at all. */
  static void write(Path out, byte[] bytes) throws IOException {
    write(out, partial -> {
      try (OutputStream stream = Files.newOutputStream(partial)) {
        stream.write(bytes);
      }
    });
  }
}
