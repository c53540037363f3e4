package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.ingest.OutletRegistry;
import picocli.CommandLine.Option;

/** {@code --outlets FILE}: extra outlet registry rows on top of the bundled registry. */
final class RegistryOptions {
  @Option(names = "--outlets", paramLabel = "FILE",
      description = "Extra outlet registry (TSV, same columns as data/outlets.tsv); repeatable."
          + " Rows override bundled ones for the same domain.")
  List<Path> files = new ArrayList<>();

  OutletRegistry registry() throws IOException {
    OutletRegistry r = OutletRegistry.bundled();
    for (Path f : files) {
      r = r.withFile(f);
    }
    return r;
  }
}
