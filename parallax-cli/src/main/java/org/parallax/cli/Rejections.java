package org.parallax.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.parallax.model.ReadOutcome;

/**
 * Prints each rejection as one line on standard error as it happens and counts them (they are
 * not kept: one bad file can produce millions).
 */
final class Rejections implements Consumer<ReadOutcome.Rejected> {
  private final PrintWriter err;
  private int count;

  Rejections(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void accept(ReadOutcome.Rejected r) {
    count++;
    err.println("parallax: rejected " + r.message());
  }

  int count() {
    return count;
  }

  /** Exit code: 0 when nothing was rejected, else bad input. */
  int exitCode() {
    return count == 0 ? 0 : Main.BAD_INPUT;
  }
}
