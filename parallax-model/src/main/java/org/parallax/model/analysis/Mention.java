package org.parallax.model.analysis;

import org.jspecify.annotations.Nullable;

/**
 * One mention of an entity.
 *
 * @param begin first character, inclusive
 * @param end last character, exclusive
 * @param text the covered text ("Kiev", "the minister", "Malian")
 * @param kind how it names the entity
 * @param standsFor for a metonymic mention ("Moscow said", "the Kiev regime"), the id of the
 *     entity meant (the country's government); else null
 */
public record Mention(int begin, int end, String text, Kind kind, @Nullable String standsFor) {

  /** How a mention names its entity. */
  public enum Kind {
    /** A full name or spelling variant. */
    NAME,
    /** A short form: surname, acronym, shortened name. */
    SHORT,
    /** A nationality or adjective ("Malian", "Russian"). */
    DEMONYM,
    /** A role or description ("the minister", "the newspaper"). */
    ROLE,
    /** A pronoun ("he", "she"). */
    PRONOUN
  }

  public Mention {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("mention needs 0 <= begin <= end, got [" + begin + ", "
          + end + ") for '" + text + "'");
    }
  }
}
