package org.parallax.model;

/**
 * A half-open character range {@code [begin, end)} into an article's text.
 *
 * @param begin first character, inclusive, {@code >= 0}
 * @param end last character, exclusive, {@code >= begin}
 */
public record TextSpan(int begin, int end) {
  public TextSpan {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException(
          "span must satisfy 0 <= begin <= end, got begin=" + begin + ", end=" + end);
    }
  }

  public int length() {
    return end - begin;
  }

  /** The covered text of {@code text}. */
  public String of(String text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span [" + begin + ", " + end + ") exceeds text length " + text.length());
    }
    return text.substring(begin, end);
  }
}
