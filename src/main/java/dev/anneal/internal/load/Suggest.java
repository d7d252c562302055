package dev.anneal.internal.load;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** "Did you mean": the closest known word by edit distance, when it is close enough. */
public final class Suggest {
  private Suggest() {}

  /** {@return the known word closest to {@code word}, or null when none is close enough} */
  public static @Nullable String closest(String word, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(word.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, Math.min(3, word.length() / 3));
    if (bestDistance <= allowed) return best;
    return related(word, known);
  }

  /**
   * When no known word is within a few edits: one that is a part of the word or has it as a part
   * ({@code warmup_steps} to {@code steps}, {@code lr} to {@code base_lr}), or that shares a long
   * beginning with it ({@code cosine} to {@code cos}, {@code triangle} to {@code triangular}); the
   * closest by edit distance among them.
   */
  private static @Nullable String related(String word, Collection<String> known) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      String c = candidate.toLowerCase(java.util.Locale.ROOT);
      if (!related(w, c) && !related(c, w)) continue;
      int d = distance(w, c);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Whether {@code part} is one of the {@code _}-separated words of {@code whole}, or begins it. */
  private static boolean related(String whole, String part) {
    if (part.length() < 2 || whole.equals(part)) return false;
    for (String token : whole.split("[_\\-. ]")) {
      if (token.equals(part)) return true;
    }
    if (part.length() >= 3 && whole.startsWith(part)) return true;
    int common = 0;
    while (common < whole.length() && common < part.length() && whole.charAt(common) == part.charAt(common)) common++;
    return common >= 5 && common * 5 >= Math.min(whole.length(), part.length()) * 3;
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and swaps cost 1. */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
