package org.parallax.cli;

import org.jspecify.annotations.Nullable;
import org.parallax.embed.SentenceEmbedder;
import org.parallax.model.Article;
import org.parallax.store.SqliteStore;
import org.parallax.story.ArticleFeatures;

/**
 * The article embedding the product links with: the lead of its title and text, made once and
 * kept in the store next to the analysis.
 */
final class Embeddings {
  private Embeddings() {}

  /**
   * The embedding of the lead of {@code text}: an article's embedding text (see {@code
   * ArticleFeatures.embeddingText}) or the sentence of a claim.
   */
  static float[] ofText(String text) {
    return SentenceEmbedder.shared().embed(text, SentenceEmbedder.LEAD_WINDOWS);
  }

  /**
   * Claim embeddings for the report: null (and a message on {@code err}) for a text the model
   * fails on, which is then aligned by its words.
   */
  static java.util.function.Function<String, float @Nullable []> claims(java.io.PrintWriter err) {
    return text -> {
      try {
        return ofText(text);
      } catch (RuntimeException e) {
        err.println("parallax: no embedding for the claim \"" + text.substring(0,
            Math.min(60, text.length())) + "\" (" + e.getMessage() + "); it is aligned by its"
            + " words alone");
        return null;
      }
    };
  }

  /** The vector of characters {@code [begin, end)} of {@code text} read in context. */
  static float[] ofSpan(String text, int begin, int end) {
    return SentenceEmbedder.shared().embedSpan(text, begin, end);
  }

  /** The embedding of {@code a}'s title and text. */
  static float[] of(Article a) {
    return ofText(ArticleFeatures.embeddingText(a.title(), a.text()));
  }

  /**
   * The stored embedding of {@code a}, made and stored now when missing; null (and a message on
   * {@code err}) when the model fails on it: the article is then linked on its terms alone.
   */
  static float @Nullable [] stored(SqliteStore store, Article a, java.io.PrintWriter err) {
    java.util.Optional<float[]> known = store.embedding(a.id(), SentenceEmbedder.MODEL);
    if (known.isPresent()) {
      return known.get();
    }
    float[] v = orReport(a, err);
    if (v != null) {
      store.saveEmbedding(a.id(), SentenceEmbedder.MODEL, v);
    }
    return v;
  }

  /**
   * The embedding of {@code a}, or null with a message on {@code err} when the model fails on it
   * (the article is then linked on its words alone; its analysis stands).
   */
  static float @Nullable [] orReport(Article a, java.io.PrintWriter err) {
    try {
      return of(a);
    } catch (RuntimeException e) {
      err.println("parallax: no embedding for " + a.source() + " (" + e.getMessage()
          + "); it is linked on its words alone");
      return null;
    }
  }
}
