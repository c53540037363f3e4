package org.parallax.story;

/**
 * Settings of the {@link StoryLinker}, checked when made.
 *
 * <p>An article and a story are scored by the tf-idf cosine of their terms, blended with the
 * cosine of their sentence embeddings where both have one: {@code (1 - w) * terms + w *
 * max(0, (embedding - floor) / (1 - floor))}, with {@code w} the embedding weight. Unrelated
 * news texts already sit near 0.3–0.5 in embedding space, hence the floor.
 *
 * @param storyThreshold the least blended score between an article and a story's centroid for
 *     the article to join the story
 * @param storylineThreshold the least average tf-idf cosine between an article and the stories
 *     of a storyline (weighted by their articles) for the article's new story to join that
 *     storyline
 * @param storylineWordThreshold the least average part of that cosine (in cosine units, not a
 *     ratio) that the article's words make: the terms of its text, not its resolved entities,
 *     dates or events (a name's own word still counts among them). A storyline shares what
 *     happened, not only who or where: an article that shares little but "Russia" or "Malaysia"
 *     with a storyline's stories, where the entity term weighs most, joins none
 * @param storyDays how many days an article may lie outside a story's date range and still join
 *     it (only when both dates are known: an undated article is never kept out by time)
 * @param storylineDays the same for storylines
 * @param keysPerArticle how many of an article's strongest terms index it for blocking
 * @param postingsPerKey how many of the most recent stories each key remembers
 * @param candidates how many candidate stories (those sharing most keys) are scored
 * @param centroidMembers how many of a story's latest articles make its centroid
 * @param entityWeight how much more a resolved entity weighs than a content word of the same
 *     tf-idf
 * @param embeddingWeight the share of the embedding cosine in the blended score (0: terms alone)
 * @param embeddingFloor the embedding cosine that counts as no similarity at all; also the least
 *     average embedding cosine (weighted by their articles) between an article and the stories
 *     of a storyline it is scored against, for its new story to join that storyline
 * @param lexicalStoryThreshold the story threshold on the tf-idf cosine alone, used when the
 *     article or the story has no embedding
 * @param bridgeFactor an article merges a further story into the one it joins only when it scores
 *     this many times the threshold against it: merging two stories takes more than joining one
 */
public record LinkerConfig(double storyThreshold, double storylineThreshold,
    double storylineWordThreshold, int storyDays, int storylineDays, int keysPerArticle,
    int postingsPerKey, int candidates, int centroidMembers, double entityWeight,
    double embeddingWeight, double embeddingFloor, double lexicalStoryThreshold,
    double bridgeFactor) {
  /** The settings measured in docs/EVALUATION.md. */
  public static final LinkerConfig DEFAULT = new LinkerConfig(0.30, 0.08, 0.04, 10, 400, 20,
      200, 40, 30, 2.0, 0.5, 0.4, 0.20, 2.0);

  public LinkerConfig {
    if (!(storylineThreshold > 0 && storylineThreshold <= storyThreshold && storyThreshold <= 1)) {
      throw new IllegalArgumentException("need 0 < storylineThreshold <= storyThreshold <= 1, got "
          + storylineThreshold + " and " + storyThreshold);
    }
    if (!(storylineWordThreshold >= 0 && storylineWordThreshold < 1)) {
      throw new IllegalArgumentException("need 0 <= storylineWordThreshold < 1, got "
          + storylineWordThreshold);
    }
    if (storyDays < 0 || storylineDays < storyDays) {
      throw new IllegalArgumentException("need 0 <= storyDays <= storylineDays, got " + storyDays
          + " and " + storylineDays);
    }
    if (!(entityWeight > 0)) {
      throw new IllegalArgumentException("entityWeight must be positive, got " + entityWeight);
    }
    if (!(embeddingWeight >= 0 && embeddingWeight < 1 && embeddingFloor >= 0
        && embeddingFloor < 1)) {
      throw new IllegalArgumentException("need 0 <= embeddingWeight < 1 and 0 <= embeddingFloor"
          + " < 1, got " + embeddingWeight + " and " + embeddingFloor);
    }
    if (!(lexicalStoryThreshold > 0 && lexicalStoryThreshold <= 1 && bridgeFactor >= 1)) {
      throw new IllegalArgumentException("need 0 < lexicalStoryThreshold <= 1 and bridgeFactor"
          + " >= 1, got " + lexicalStoryThreshold + " and " + bridgeFactor);
    }
    if (keysPerArticle < 1 || postingsPerKey < 1 || candidates < 1 || centroidMembers < 1) {
      throw new IllegalArgumentException("keysPerArticle, postingsPerKey, candidates and"
          + " centroidMembers must be at least 1, got " + keysPerArticle + ", " + postingsPerKey
          + ", " + candidates + ", " + centroidMembers);
    }
  }

  /** These settings with other thresholds. */
  public LinkerConfig withThresholds(double story, double storyline) {
    return new LinkerConfig(story, storyline, storylineWordThreshold, storyDays, storylineDays,
        keysPerArticle, postingsPerKey, candidates, centroidMembers, entityWeight,
        embeddingWeight, embeddingFloor, lexicalStoryThreshold, bridgeFactor);
  }

  /** These settings with another {@link #storylineWordThreshold()} (0: names alone may do). */
  public LinkerConfig withStorylineWordThreshold(double words) {
    return new LinkerConfig(storyThreshold, storylineThreshold, words, storyDays, storylineDays,
        keysPerArticle, postingsPerKey, candidates, centroidMembers, entityWeight,
        embeddingWeight, embeddingFloor, lexicalStoryThreshold, bridgeFactor);
  }

  /** These settings scoring on terms alone (embeddings ignored). */
  public LinkerConfig lexical() {
    return new LinkerConfig(storyThreshold, storylineThreshold, storylineWordThreshold,
        storyDays, storylineDays,
        keysPerArticle, postingsPerKey, candidates, centroidMembers, entityWeight, 0,
        embeddingFloor, lexicalStoryThreshold, bridgeFactor);
  }
}
