package org.parallax.model.analysis;

import org.jspecify.annotations.Nullable;

/**
 * A word choice that frames an actor, with the voice it is in.
 *
 * @param kind what sort of cue
 * @param begin first character, inclusive
 * @param end last character, exclusive
 * @param text the covered text
 * @param target the entity the cue applies to (a capital standing for its government is
 *     resolved to the government's entity), or null when none is near
 * @param voice whose words these are
 * @param attribution the attribution whose content holds the cue, or null in narration
 */
public record FramingCue(Kind kind, int begin, int end, String text, @Nullable String target,
    Voice voice, @Nullable String attribution) {

  /** The kinds of framing cues (see docs/CODEBOOK.md). */
  public enum Kind {
    /** A label for an actor: "terrorists", "junta", "regime", "militants". */
    LABEL,
    /** A spelling that takes a side or follows a convention: "Kiev" where others write "Kyiv". */
    NAMING_VARIANT,
    /** A word that carries a judgement: "liberated", "aggression", "atrocity". */
    LOADED_TERM,
    /** A short quoted word or phrase inside the outlet's own sentence: a “terrorist” state. */
    SCARE_QUOTES,
    /** A word that distances the writer from a claim: "reportedly", "so-called", "alleged". */
    HEDGE
  }

  /** Whose words a cue is in. */
  public enum Voice {
    /** The outlet's own, unattributed words. */
    NARRATION,
    /** The outlet's wording of what someone said (indirect speech): still its word choice. */
    PARAPHRASE,
    /** Inside quotation marks: the source's words. */
    QUOTE
  }

  public FramingCue {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("cue needs 0 <= begin <= end, got [" + begin + ", " + end
          + ") for '" + text + "'");
    }
  }
}
