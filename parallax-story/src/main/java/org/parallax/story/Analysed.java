package org.parallax.story;

import org.parallax.model.Article;
import org.parallax.model.analysis.Analysis;

/** An article with its analysis: what a comparison is built from. */
public record Analysed(Article article, Analysis analysis) {
  public Analysed {
    if (!article.id().equals(analysis.articleId())) {
      throw new IllegalArgumentException("analysis of " + analysis.articleId()
          + " does not belong to article " + article.id());
    }
  }
}
