package org.parallax.model;

/** What a reader made of one input record: an article, or a rejection saying why. */
public sealed interface ReadOutcome {

  /** Where the record came from: a file path, {@code path#record}, a URL or {@code -}. */
  String source();

  /** An article was read. */
  record Extracted(Article article) implements ReadOutcome {
    @Override
    public String source() {
      return article.source();
    }
  }

  /**
   * The record could not be read as an article.
   *
   * @param source the file (and record) that was rejected
   * @param reason one line naming the problem, e.g. {@code binary content (NUL bytes at offset 12)}
   */
  record Rejected(String source, String reason) implements ReadOutcome {
    public Rejected {
      if (reason.isBlank()) {
        throw new IllegalArgumentException("a rejection needs a reason (source " + source + ")");
      }
    }

    /** {@code source: reason}, the one-line form printed to users. */
    public String message() {
      return source + ": " + reason;
    }
  }
}
