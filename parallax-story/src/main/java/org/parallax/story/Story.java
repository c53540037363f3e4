package org.parallax.story;

import java.util.List;

/**
 * One story: a real-world event and the articles that report it.
 *
 * @param id stable while the same articles are linked in the same order: {@code story-} and its
 *     first article's id
 * @param storylineId the storyline it belongs to ({@code line-} and the storyline's first
 *     article's id)
 * @param articleIds its articles, in the order they were linked
 */
public record Story(String id, String storylineId, List<String> articleIds) {
  public Story {
    if (articleIds.isEmpty()) {
      throw new IllegalArgumentException("story " + id + " has no articles");
    }
    articleIds = List.copyOf(articleIds);
  }
}
