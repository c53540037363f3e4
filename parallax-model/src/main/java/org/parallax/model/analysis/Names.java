package org.parallax.model.analysis;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared: one folding for an article's entities and a story's actors. */
public final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern POSSESSIVE = Pattern.compile("'s$");
  private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N} ]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Names() {}

  /**
   * {@code name} with accents, case, a possessive and punctuation folded away, words separated
   * by one space: "Orbán's" → "orban", "Ocasio-Cortez" → "ocasio cortez".
   */
  public static String fold(String name) {
    String t = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT).replace('’', '\'');
    t = POSSESSIVE.matcher(t).replaceAll("");
    return SPACES.matcher(PUNCTUATION.matcher(t).replaceAll(" ")).replaceAll(" ").strip();
  }
}
