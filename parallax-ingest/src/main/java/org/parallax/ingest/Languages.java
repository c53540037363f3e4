package org.parallax.ingest;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Guesses the language of a text from its script and its commonest function words. Good enough
 * to route an article to the right models; a declared language (HTML {@code lang}, a feed's
 * {@code <language>}) is preferred when an input gives one. A text long enough to tell whose
 * script or words match no language known here is {@code und} (undetermined, ISO 639-2), not
 * unknown: it is surely not English.
 */
public final class Languages {
  /** Function words, in a fixed order (the first wins a tie; English is first). */
  private static final List<Map.Entry<String, Set<String>>> STOPWORDS = List.of(
      Map.entry("en", Set.of("the", "and", "of", "to", "in", "that", "is", "was", "for", "with",
          "said", "on")),
      Map.entry("fr", Set.of("le", "la", "les", "des", "et", "est", "une", "dans", "que", "pour",
          "du", "au")),
      Map.entry("de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "von",
          "ein", "zu", "sich")),
      Map.entry("es", Set.of("el", "los", "las", "y", "que", "del", "por", "una", "con", "para",
          "se", "es")),
      Map.entry("it", Set.of("il", "di", "che", "e", "della", "per", "un", "una", "sono", "gli",
          "del", "nel")),
      Map.entry("pt", Set.of("o", "os", "as", "e", "que", "do", "da", "em", "um", "uma", "para",
          "com")),
      Map.entry("nl", Set.of("de", "het", "een", "en", "van", "dat", "niet", "zijn", "op", "voor",
          "met", "wordt")),
      Map.entry("sv", Set.of("och", "att", "det", "som", "är", "för", "på", "med", "inte", "av",
          "till", "har")),
      Map.entry("no", Set.of("og", "det", "er", "på", "som", "ikke", "av", "etter", "mot", "hva",
          "også", "har")),
      Map.entry("da", Set.of("og", "det", "er", "på", "som", "ikke", "af", "efter", "mod", "hvad",
          "også", "har")),
      Map.entry("pl", Set.of("się", "nie", "że", "jest", "przez", "oraz", "jak", "który", "są",
          "został", "została", "tym")),
      Map.entry("cs", Set.of("je", "se", "že", "jsou", "které", "také", "podle", "není", "jako",
          "byl", "bylo", "pro")),
      Map.entry("ro", Set.of("și", "în", "la", "cu", "care", "este", "pe", "din", "nu", "pentru",
          "să", "fost")),
      Map.entry("hu", Set.of("az", "és", "hogy", "nem", "egy", "meg", "van", "ez", "már", "csak",
          "még", "volt")),
      Map.entry("fi", Set.of("ja", "ei", "että", "oli", "myös", "kun", "hän", "mutta", "ovat",
          "joka", "sekä", "mukaan")),
      Map.entry("tr", Set.of("ve", "bir", "bu", "için", "ile", "olarak", "çok", "daha", "gibi",
          "olan", "değil", "ise")),
      Map.entry("id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari",
          "tidak", "akan", "pada", "dalam")),
      Map.entry("vi", Set.of("của", "và", "các", "là", "có", "được", "trong", "cho", "không",
          "những", "người", "với")));

  /** Scripts written for one language (or one above all others in news). */
  private static final Map<Character.UnicodeScript, String> SCRIPTS = Map.ofEntries(
      Map.entry(Character.UnicodeScript.GREEK, "el"),
      Map.entry(Character.UnicodeScript.HEBREW, "he"),
      Map.entry(Character.UnicodeScript.HANGUL, "ko"),
      Map.entry(Character.UnicodeScript.THAI, "th"),
      Map.entry(Character.UnicodeScript.LAO, "lo"),
      Map.entry(Character.UnicodeScript.KHMER, "km"),
      Map.entry(Character.UnicodeScript.MYANMAR, "my"),
      Map.entry(Character.UnicodeScript.GEORGIAN, "ka"),
      Map.entry(Character.UnicodeScript.ARMENIAN, "hy"),
      Map.entry(Character.UnicodeScript.ETHIOPIC, "am"),
      Map.entry(Character.UnicodeScript.DEVANAGARI, "hi"),
      Map.entry(Character.UnicodeScript.BENGALI, "bn"),
      Map.entry(Character.UnicodeScript.GURMUKHI, "pa"),
      Map.entry(Character.UnicodeScript.GUJARATI, "gu"),
      Map.entry(Character.UnicodeScript.ORIYA, "or"),
      Map.entry(Character.UnicodeScript.TAMIL, "ta"),
      Map.entry(Character.UnicodeScript.TELUGU, "te"),
      Map.entry(Character.UnicodeScript.KANNADA, "kn"),
      Map.entry(Character.UnicodeScript.MALAYALAM, "ml"),
      Map.entry(Character.UnicodeScript.SINHALA, "si"),
      Map.entry(Character.UnicodeScript.TIBETAN, "bo"));

  private Languages() {}

  /**
   * ISO 639-1 code of the language of {@code text}; {@code und} when there is text enough to
   * tell but its script or words match no language known here; null when too little text.
   */
  public static @Nullable String guess(String text) {
    int n = Math.min(text.length(), 5000);
    String sample = Normalizer.normalize(text.substring(0, n), Normalizer.Form.NFC);
    Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
    int letters = 0;
    int ukrainianOnly = 0;
    int russianOnly = 0;
    int persianOnly = 0;
    int arabicOnly = 0;
    int urduOnly = 0;
    for (int i = 0; i < sample.length(); ) {
      int c = sample.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      scripts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
      int l = Character.toLowerCase(c);
      if (l == 'і' || l == 'ї' || l == 'є' || l == 'ґ') {
        ukrainianOnly++;
      } else if (l == 'ы' || l == 'э' || l == 'ъ' || l == 'ё') {
        russianOnly++;
      } else if (c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == 'ی' || c == 'ک') {
        persianOnly++;
      } else if (c == 'ي' || c == 'ك' || c == 'ة') {
        arabicOnly++;
      }
      if (c == 'ے' || c == 'ٹ' || c == 'ڈ' || c == 'ڑ' || c == 'ں') {
        urduOnly++;
      }
    }
    if (letters < 20) {
      return null;
    }
    Character.UnicodeScript main = Character.UnicodeScript.LATIN;
    int mainCount = -1;
    for (Map.Entry<Character.UnicodeScript, Integer> e : scripts.entrySet()) {
      if (e.getValue() > mainCount) {
        main = e.getKey();
        mainCount = e.getValue();
      }
    }
    switch (main) {
      case LATIN:
        return byWords(sample);
      case CYRILLIC:
        return ukrainianOnly > russianOnly ? "uk" : "ru";
      case ARABIC:
        // Urdu writes the letters Persian adds and its own ("ے", "ٹ", "ں")
        return urduOnly * 20 > mainCount ? "ur" : persianOnly > arabicOnly ? "fa" : "ar";
      case HAN:
      case HIRAGANA:
      case KATAKANA:
        // Japanese writes its grammar in kana; Chinese has none
        int kana = scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
            + scripts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
        return kana * 10 >= kana + scripts.getOrDefault(Character.UnicodeScript.HAN, 0)
            ? "ja" : "zh";
      default:
        return SCRIPTS.getOrDefault(main, "und");
    }
  }

  /** A text in Latin letters: the language whose function words it uses most. */
  private static @Nullable String byWords(String sample) {
    String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Set<String>> e : STOPWORDS) {
      int count = 0;
      for (String w : words) {
        if (e.getValue().contains(w)) {
          count++;
        }
      }
      if (count > bestCount) {
        best = e.getKey();
        bestCount = count;
      }
    }
    // every language listed writes one word in ten or more of these; a long text where the best
    // of them is rarer than one in twenty is in a language not listed ("in" or "de" of a name)
    // — but English tables and listings ("Norwich City vs Watford") are English when they
    // write "the" more than once, which no other language does
    if (words.length >= 60 && bestCount * 20 < words.length) {
      return "en".equals(best) && Arrays.stream(words).filter("the"::equals).count() > 1
          ? "en" : "und";
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
