package org.parallax.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --[no-]progress}: a progress bar on standard error. */
final class ProgressOptions {
  @Option(names = "--progress", negatable = true, description = "Show a progress bar on standard"
      + " error (default: when it is a terminal).")
  @Nullable Boolean progress;

  boolean show() {
    return progress != null ? progress : Progress.interactive();
  }
}
