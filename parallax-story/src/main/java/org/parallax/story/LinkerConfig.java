package org.parallax.story;

/**
 * Settings of the {@link StoryLinker}, checked when made.
 *
 * @param storyThreshold the least cosine similarity between an article and a story's centroid
 *     for the article to join the story (and for an article to bridge two stories into one)
 * @param storylineThreshold the least similarity between an article and a story of another
 *     storyline for the article's new story to join that storyline
 * @param storyDays how many days an article may lie outside a story's date range and still join
 *     it (only when both dates are known: an undated article is never kept out by time)
 * @param storylineDays the same for storylines
 * @param keysPerArticle how many of an article's strongest terms index it for blocking
 * @param postingsPerKey how many of the most recent stories each key remembers
 * @param candidates how many candidate stories (those sharing most keys) are scored
 * @param centroidMembers how many of a story's latest articles make its centroid
 * @param entityWeight how much more a resolved entity weighs than a content word of the same
 *     tf-idf
 */
public record LinkerConfig(double storyThreshold, double storylineThreshold, int storyDays,
    int storylineDays, int keysPerArticle, int postingsPerKey, int candidates,
    int centroidMembers, double entityWeight) {
  /** The settings measured in docs/EVALUATION.md. */
  public static final LinkerConfig DEFAULT = new LinkerConfig(0.20, 0.10, 10, 400, 20, 200, 40,
      30, 2.0);

  public LinkerConfig {
    if (!(storylineThreshold > 0 && storylineThreshold <= storyThreshold && storyThreshold <= 1)) {
      throw new IllegalArgumentException("need 0 < storylineThreshold <= storyThreshold <= 1, got "
          + storylineThreshold + " and " + storyThreshold);
    }
    if (storyDays < 0 || storylineDays < storyDays) {
      throw new IllegalArgumentException("need 0 <= storyDays <= storylineDays, got " + storyDays
          + " and " + storylineDays);
    }
    if (!(entityWeight > 0)) {
      throw new IllegalArgumentException("entityWeight must be positive, got " + entityWeight);
    }
    if (keysPerArticle < 1 || postingsPerKey < 1 || candidates < 1 || centroidMembers < 1) {
      throw new IllegalArgumentException("keysPerArticle, postingsPerKey, candidates and"
          + " centroidMembers must be at least 1, got " + keysPerArticle + ", " + postingsPerKey
          + ", " + candidates + ", " + centroidMembers);
    }
  }

  /** These settings with other thresholds. */
  public LinkerConfig withThresholds(double story, double storyline) {
    return new LinkerConfig(story, storyline, storyDays, storylineDays, keysPerArticle,
        postingsPerKey, candidates, centroidMembers, entityWeight);
  }
}
