package org.parallax.model.analysis;

/**
 * A spelling of an entity's name as an outlet used it.
 *
 * @param text the spelling ("Kiev")
 * @param outlet the id of the outlet that used it
 * @param count how many of its mentions in the article use this spelling
 */
public record Variant(String text, String outlet, int count) {}
