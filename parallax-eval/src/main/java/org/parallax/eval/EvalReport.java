package org.parallax.eval;

import java.util.List;

/**
 * Precision, recall and F1 of one task (and of its parts, where a task has them).
 *
 * @param task the task name, e.g. {@code extraction}
 * @param precision in [0, 1]
 * @param recall in [0, 1]
 * @param f1 harmonic mean of precision and recall
 * @param items how many items (pages, documents) were scored
 * @param parts per-part reports; empty when the task has none
 */
public record EvalReport(String task, double precision, double recall, double f1, int items,
    List<EvalReport> parts) {
  public EvalReport {
    for (double v : new double[] {precision, recall, f1}) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("scores must be in [0, 1], got " + v + " for " + task);
      }
    }
    parts = List.copyOf(parts);
  }

  /** Harmonic mean, 0 when both are 0. */
  public static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
