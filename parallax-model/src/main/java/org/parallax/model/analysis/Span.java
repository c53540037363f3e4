package org.parallax.model.analysis;

/**
 * A piece of an article's text with its offsets, half-open.
 *
 * @param begin first character, inclusive
 * @param end last character, exclusive
 * @param text the covered text
 */
public record Span(int begin, int end, String text) {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("span needs 0 <= begin <= end, got [" + begin + ", " + end
          + ") for '" + text + "'");
    }
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }
}
