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

  /**
   * Every line of a resource another jar on the classpath holds (the CoreNLP models jar, the
   * VADER jar), passed to {@code row}; a clear error naming the resource when it is missing.
   */
  static void classpathLines(String resource, java.nio.charset.Charset charset,
      java.util.function.Consumer<String> row) {
    try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath (it comes from "
            + (resource.startsWith("/edu/stanford") ? "the CoreNLP models jar"
                : "com.github.apanimesh061:vader-sentiment-analyzer") + ")");
      }
      new BufferedReader(new InputStreamReader(in, charset)).lines().forEach(row);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
