package org.parallax.model.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An entity mentioned in an article, with every mention resolved to it — or one the article's
 * events name without a mention of its own (the country a capital stands for as an event's actor
 * or target), listed with no variants and no mentions.
 *
 * @param id stable id: the gazetteer id when the entity is in the gazetteer ({@code kyiv}), else a
 *     slug of its name prefixed with its type ({@code person:anna-berg})
 * @param name canonical name
 * @param type what it is
 * @param country gazetteer id of the country it belongs to, or null
 * @param variants the spellings this article used for it (names and short forms)
 * @param mentions its mentions, in text order
 */
public record Entity(String id, String name, EntityType type, @Nullable String country,
    List<Variant> variants, List<Mention> mentions) {
  public Entity {
    variants = List.copyOf(variants);
    mentions = List.copyOf(mentions);
  }
}
