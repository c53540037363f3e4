package org.parallax.model.nlp;

/**
 * A dependency edge between tokens of one sentence (Universal Dependencies relations).
 *
 * @param head index of the governing token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation relation name, e.g. {@code nsubj}, {@code ccomp}, {@code obl:tmod}
 */
public record Dependency(int head, int dependent, String relation) {}
