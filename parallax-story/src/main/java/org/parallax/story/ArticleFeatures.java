package org.parallax.story;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parallax.model.Article;
import org.parallax.model.analysis.Analysis;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.Event;
import org.parallax.model.analysis.TimeExpression;

/**
 * What the linker knows of one article: its content words, the entities it resolves (as
 * {@code @id} terms, so "Kiev" and "Kyiv" count as one) and its events with their participants
 * (as {@code !TYPE:id} terms), counted; and, where one was made, a sentence embedding of its title
 * and lead (a unit vector; see {@code org.parallax.embed.SentenceEmbedder}).
 *
 * @param articleId the article's id
 * @param outletId its outlet
 * @param published its publication date, or null when unknown (never guessed)
 * @param terms term → count; entity and event terms included
 * @param embedding the unit vector of its title and lead, or null when none was made (the linker
 *     then scores it on terms alone)
 */
public record ArticleFeatures(String articleId, String outletId, @Nullable LocalDate published,
    Map<String, Integer> terms, float @Nullable [] embedding) {
  /** Title words count this many times: headlines say what a story is about. */
  static final int TITLE_WEIGHT = 2;

  public ArticleFeatures {
    if (articleId.isBlank()) {
      throw new IllegalArgumentException("articleId must not be blank");
    }
    for (Map.Entry<String, Integer> e : terms.entrySet()) {
      if (e.getValue() < 1) {
        throw new IllegalArgumentException("term counts must be at least 1, got " + e.getValue()
            + " for '" + e.getKey() + "' in " + articleId);
      }
    }
    // sorted: sums over the terms run in one order, so scores (and stories) repeat exactly
    terms = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(terms));
    if (embedding != null) {
      if (embedding.length == 0) {
        throw new IllegalArgumentException("the embedding of " + articleId + " is empty");
      }
      embedding = embedding.clone();
    }
  }

  /** Features without an embedding. */
  public ArticleFeatures(String articleId, String outletId, @Nullable LocalDate published,
      Map<String, Integer> terms) {
    this(articleId, outletId, published, terms, null);
  }

  /** These features with {@code vector} (a unit vector) as their embedding. */
  public ArticleFeatures withEmbedding(float @Nullable [] vector) {
    return new ArticleFeatures(articleId, outletId, published, terms, vector);
  }

  /** The text an article's embedding is made of: its title (when it has one) and its text. */
  public static String embeddingText(@Nullable String title, String text) {
    return title == null || title.isBlank() ? text : title + "\n\n" + text;
  }

  /** The features of an analysed article. */
  public static ArticleFeatures of(Article article, Analysis analysis) {
    return of(article.id(), article.outlet().id(), article.published(), article.title(),
        article.text(), analysis);
  }

  /** The features of a text with its analysis (title may be null). */
  public static ArticleFeatures of(String id, String outletId, @Nullable LocalDate published,
      @Nullable String title, String text, Analysis analysis) {
    Map<String, Integer> terms = new HashMap<>();
    if (title != null) {
      Terms.count(title, TITLE_WEIGHT, terms);
    }
    Terms.count(text, 1, terms);
    for (Entity e : analysis.entities()) {
      if (!e.mentions().isEmpty()) {
        terms.merge("@" + e.id(), e.mentions().size(), Integer::sum);
      }
    }
    for (TimeExpression t : analysis.times()) {
      // absolute dates tell apart two stories of one kind (two earthquakes, two Oscar nights)
      String v = t.value();
      if (t.resolved() && v != null && v.length() >= 4 && v.matches("\\d{4}.*")) {
        terms.merge("#" + v.substring(0, 4), 1, Integer::sum);
        if (v.length() >= 7 && v.charAt(4) == '-' && Character.isDigit(v.charAt(5))) {
          terms.merge("#" + v.substring(0, 7), 1, Integer::sum);
        }
      }
    }
    for (Event ev : analysis.events()) {
      for (Event.Participant p : ev.participants()) {
        if (p.entity() != null) {
          terms.merge("!" + ev.type() + ":" + p.entity(), 1, Integer::sum);
        }
      }
    }
    return new ArticleFeatures(id, outletId, published, terms);
  }
}
