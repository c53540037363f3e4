package org.parallax.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --db FILE}: the SQLite store. */
final class StoreOptions {
  @Option(names = "--db", paramLabel = "FILE", defaultValue = "parallax.db",
      description = "SQLite store (created on first use). Default: ${DEFAULT-VALUE}.")
  Path db;
}
