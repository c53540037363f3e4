package org.parallax.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Finds ../shared (the real data beside the repository); tests that need it skip without it. */
public final class SharedData {
  public static final String MISSING =
      "../shared is not beside the repository: skipping a test that reads real articles";

  private SharedData() {}

  /** {@code ../shared/<sub>}, or null when absent. */
  public static @Nullable Path dir(String sub) {
    String configured = System.getProperty("parallax.shared");
    Path base = configured != null ? Path.of(configured) : Path.of("..", "shared");
    if (!Files.isDirectory(base)) {
      base = Path.of("..", "..", "shared");
    }
    Path p = base.resolve(sub);
    return Files.exists(p) ? p : null;
  }
}
