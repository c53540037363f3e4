package org.parallax.ingest;

import java.nio.file.Path;

/**
 * One input file named on the command line (or found in a directory, or spooled from standard
 * input).
 *
 * @param name how messages name it: the path as given, or {@code -} for standard input
 * @param path where its bytes are
 */
public record Input(String name, Path path) {
  public static Input of(Path path) {
    return new Input(path.toString(), path);
  }
}
