package dev.anneal.internal;

/** JSON Pointer (RFC 6901) tokens. */
final class Pointers {
  private Pointers() {}

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
