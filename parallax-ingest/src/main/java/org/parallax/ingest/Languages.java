package org.parallax.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Guesses the language of a text from its script and its commonest function words. Good enough
 * to route an article to the right models; a declared language (HTML {@code lang}, a feed's
 * {@code <language>}) is preferred when an input gives one.
 */
public final class Languages {
  private static final Map<String, Set<String>> STOPWORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "that", "is", "was", "for", "with", "said", "on"),
      "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "dans", "que", "pour", "du", "au"),
      "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "ein", "zu", "sich"),
      "es", Set.of("el", "los", "las", "y", "que", "del", "por", "una", "con", "para", "se", "es"),
      "it", Set.of("il", "di", "che", "e", "della", "per", "un", "una", "sono", "gli", "del", "nel"),
      "pt", Set.of("o", "os", "as", "e", "que", "do", "da", "em", "um", "uma", "para", "com"));

  private Languages() {}

  /** ISO 639-1 code of the language of {@code text}, or null when too little text to tell. */
  public static @Nullable String guess(String text) {
    int latin = 0;
    int cyrillic = 0;
    int arabic = 0;
    int ukrainianOnly = 0;
    int russianOnly = 0;
    int n = Math.min(text.length(), 5000);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.LATIN) {
        latin++;
      } else if (script == Character.UnicodeScript.CYRILLIC) {
        cyrillic++;
        char l = Character.toLowerCase(c);
        if (l == 'і' || l == 'ї' || l == 'є' || l == 'ґ') {
          ukrainianOnly++;
        } else if (l == 'ы' || l == 'э' || l == 'ъ' || l == 'ё') {
          russianOnly++;
        }
      } else if (script == Character.UnicodeScript.ARABIC) {
        arabic++;
      }
    }
    int letters = latin + cyrillic + arabic;
    if (letters < 20) {
      return null;
    }
    if (cyrillic > latin && cyrillic >= arabic) {
      return ukrainianOnly > russianOnly ? "uk" : "ru";
    }
    if (arabic > latin) {
      return "ar";
    }
    String best = null;
    int bestCount = 0;
    String[] words = text.substring(0, n).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
      int count = 0;
      for (String w : words) {
        if (e.getValue().contains(w)) {
          count++;
        }
      }
      if (count > bestCount || (count == bestCount && "en".equals(e.getKey()))) {
        best = e.getKey();
        bestCount = count;
      }
    }
    return bestCount >= 2 ? best : null;
  }

  /** The primary subtag of a declared language ({@code en-GB} → {@code en}), or null. */
  public static @Nullable String normalise(@Nullable String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    String primary = declared.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }
}
