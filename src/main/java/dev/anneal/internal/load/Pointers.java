package dev.anneal.internal.load;

/** JSON Pointer (RFC 6901) tokens. */
public final class Pointers {
  private Pointers() {}

  /** {@code token} as one token of a JSON Pointer: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
