package org.parallax.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One article found by a search.
 *
 * @param articleId content hash
 * @param outletId outlet domain
 * @param outletName outlet display name
 * @param published publication date, or null when unknown
 * @param title headline, or null
 * @param url URL, or null
 * @param snippet the matching passage, matches in [brackets]
 * @param score relevance, higher is better
 */
public record SearchHit(String articleId, String outletId, String outletName,
    @Nullable LocalDate published, @Nullable String title, @Nullable String url, String snippet,
    double score) {}
