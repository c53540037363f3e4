package org.parallax.store;

import java.util.Locale;

/** How paragraphs are keyed for cross-document boilerplate counts. */
public final class BoilerplateStats {
  /** Paragraphs longer than this are never counted as boilerplate. */
  public static final int MAX_LINE = 300;

  private BoilerplateStats() {}

  /** The key of a paragraph: case and white space folded, then hashed. */
  public static long lineHash(String paragraph) {
    return MinHash.hash(paragraph.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
  }
}
