package dev.anneal.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/**
 * Standard output that remembers why a write failed. {@link PrintStream} keeps only that something
 * did; a command must tell a reader that went away ({@code | head}: nothing to report) from a full
 * disk ({@code > /dev/full}: the output is lost, which must not exit 0).
 */
final class Stdout extends FilterOutputStream {
  private @Nullable IOException failure;

  private Stdout(OutputStream out) {
    super(out);
  }

  /** Makes {@code System.out} one of these and returns it. */
  static Stdout install() {
    Stdout stdout = new Stdout(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
    System.setOut(new PrintStream(stdout, false, Charset.defaultCharset()));
    return stdout;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private IOException failed(IOException e) {
    if (failure == null) failure = e;
    return e;
  }

  /**
   * {@return the exit status once everything is written}: {@code status}, or 1 with a message on
   * {@code err} when the output could not be written for any reason but a reader that went away
   */
  int finish(int status, PrintStream err) {
    System.out.flush();
    if (failure == null || String.valueOf(failure.getMessage()).contains("Broken pipe")) return status;
    err.println("anneal: cannot write the output: " + failure.getMessage() + "; what was printed is incomplete");
    err.flush();
    return status == 0 ? 1 : status;
  }
}
