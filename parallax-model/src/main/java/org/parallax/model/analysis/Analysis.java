package org.parallax.model.analysis;

import java.util.List;

/**
 * Everything analysis found in one article.
 *
 * @param articleId the article's content hash
 * @param version the analysis version that produced it (stored analyses of older versions are
 *     recomputed)
 * @param tokens how many tokens the article has
 * @param entities resolved entities
 * @param times temporal expressions
 * @param attributions attributions, in text order of their cues
 * @param events events, in text order of their triggers
 * @param framing framing cues (labels, naming variants, loaded terms, scare quotes, hedges) with
 *     their voice, in text order
 */
public record Analysis(String articleId, int version, int tokens, List<Entity> entities,
    List<TimeExpression> times, List<Attribution> attributions, List<Event> events,
    List<FramingCue> framing) {
  public Analysis {
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    attributions = List.copyOf(attributions);
    events = List.copyOf(events);
    framing = List.copyOf(framing);
  }
}
