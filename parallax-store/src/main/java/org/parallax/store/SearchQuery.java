package org.parallax.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A full-text search over stored articles.
 *
 * @param text words to find (all of them, in title or body); quotes make a phrase
 * @param outlet only articles of this outlet id (domain), or null for all
 * @param from only articles published on or after this date, or null
 * @param to only articles published on or before this date, or null
 * @param limit at most this many hits, {@code >= 1}
 */
public record SearchQuery(String text, @Nullable String outlet, @Nullable LocalDate from,
    @Nullable LocalDate to, int limit) {
  public SearchQuery {
    if (text.isBlank()) {
      throw new IllegalArgumentException("search text must not be blank");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
  }
}
