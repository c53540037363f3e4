package org.parallax.story;

/**
 * A span of an article's text that backs a cell of a comparison.
 *
 * @param articleId the article
 * @param begin offset into its text, inclusive
 * @param end offset into its text, exclusive
 * @param text the text of the span
 */
public record Evidence(String articleId, int begin, int end, String text) {
  public Evidence {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("evidence needs 0 <= begin <= end, got [" + begin + ", "
          + end + ") in " + articleId);
    }
  }

  /** An anchor name for this span, unique within a report: {@code articleId-begin-end}. */
  public String anchor() {
    return articleId + "-" + begin + "-" + end;
  }
}
