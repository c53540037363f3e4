package org.parallax.store;

import org.jspecify.annotations.Nullable;

/**
 * What storing one article did.
 *
 * @param articleId the article's content hash
 * @param source where it was read from
 * @param status stored now, or already there
 * @param nearDuplicateOf the id of an earlier article it nearly copies, or null
 * @param similarity estimated Jaccard similarity to {@code nearDuplicateOf}, 0 when none
 */
public record StoreResult(String articleId, String source, Status status,
    @Nullable String nearDuplicateOf, double similarity) {

  /** Whether the article was new. */
  public enum Status {
    STORED,
    ALREADY_STORED
  }
}
