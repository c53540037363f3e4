package org.parallax.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.Input;

/**
 * A progress bar on standard error over the bytes of the inputs, with articles and articles per
 * second: shown when standard error is a terminal (or when asked for), never on standard output.
 */
final class Progress implements AutoCloseable {
  private final @Nullable ProgressBar bar;
  private final long startNanos = System.nanoTime();
  private int articles;

  Progress(String task, List<Input> inputs, boolean show, PrintStream err) {
    long total = 0;
    for (Input i : inputs) {
      try {
        total += Files.size(i.path());
      } catch (java.io.IOException e) {
        // the reader reports it
      }
    }
    this.bar = show && total > 0 ? new ProgressBarBuilder().setTaskName(task)
        .setInitialMax(Math.max(1, total / 1024)).setUnit(" KB", 1).showSpeed()
        .setUpdateIntervalMillis(250).setConsumer(new ConsoleProgressBarConsumer(err))
        .build() : null;
  }

  static boolean interactive() {
    return System.console() != null;
  }

  private long bytesOfInput;
  private long kbReported;

  /** Bytes read so far of the current input. */
  void bytes(long n) {
    bytesOfInput += n;
    long kb = bytesOfInput / 1024;
    if (bar != null && kb > kbReported) {
      bar.stepBy(kb - kbReported);
      kbReported = kb;
    }
  }

  /** The current input is done: count what was not reported while reading it. */
  void inputDone(Path path) {
    if (bar != null) {
      try {
        long rest = Files.size(path) / 1024 - kbReported;
        if (rest > 0) {
          bar.stepBy(rest);
        }
      } catch (java.io.IOException e) {
        // nothing to count
      }
    }
    bytesOfInput = 0;
    kbReported = 0;
  }

  void article() {
    articles++;
    if (bar != null && articles % 10 == 0) {
      double secs = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
      bar.setExtraMessage(String.format(Locale.ROOT, " %d articles, %.1f/s", articles, articles / secs));
    }
  }

  double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
