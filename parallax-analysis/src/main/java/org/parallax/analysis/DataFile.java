package org.parallax.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The bundled tab-separated data files (data/*.tsv): '#' comments, blank lines, one header. */
final class DataFile {
  private DataFile() {}

  /** The data rows of bundled {@code name}: no comments, no blank lines, no header. */
  static List<String> rows(String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in = DataFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = false;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!header) {
          header = true;
          continue;
        }
        out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return out;
  }
}
