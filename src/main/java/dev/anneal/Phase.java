package dev.anneal;

/**
 * One phase of a schedule over a run, as {@code anneal explain} lists them: a stretch of steps
 * where one shape governs (a part of a sequence, a cycle of restarts, a half-period of a PyTorch
 * cosine...).
 *
 * @param shape what governs, e.g. {@code cosine} or {@code cycle 2: cosine}
 * @param first its first step
 * @param last its last step (inclusive); {@code last < first} when the run ends before it starts
 */
public record Phase(String shape, long first, long last) {
  /** {@return whether the run reaches this phase: {@code first <= last}} */
  public boolean isReached() {
    return first <= last;
  }
}
