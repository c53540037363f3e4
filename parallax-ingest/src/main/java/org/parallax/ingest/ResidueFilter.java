package org.parallax.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes scraper residue from a list of body paragraphs, returning what it kept and what it
 * removed:
 *
 * <ul>
 *   <li>lines matching the patterns in {@code residue.txt} ("JOIN US ON TELEGRAM", "Read full news
 *       in source page", share and subscribe prompts);
 *   <li>related-article headlines spliced into the body: headline-cased lines without sentence
 *       punctuation, and a short teaser sentence that directly follows such a headline after a
 *       "related"/"topics of interest" marker;
 *   <li>paragraphs repeated verbatim within the same article.
 * </ul>
 *
 * Headline detection is only for inputs whose body has no markup to tell headings apart ({@code
 * headlines = true}); HTML bodies keep their sub-headings.
 */
public final class ResidueFilter {
  static final int MAX_RESIDUE_LENGTH = 160;
  private static final List<Pattern> PATTERNS = loadPatterns();
  /**
   * A photo caption behind its share buttons: "Facebook Twitter Pinterest Passers-by look at …
   * Photograph: …" (a page's buttons, scraped as text before each caption); a long one only with
   * its credit, lest body text run on after it.
   */
  private static final Pattern SHARED_CAPTION =
      Pattern.compile("Facebook\\s+Twitter\\s+Pinterest\\b");
  /** A picture's credit, which ends a caption: "Photograph: Ana Ruiz/Reuters". */
  private static final Pattern CREDIT =
      Pattern.compile("\\b(?:Photograph|Photo|Composite|Illustration|Image|Video)\\s*:");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”’'»:;…)]$");
  private static final Pattern MARKER =
      Pattern.compile("(?i)((other )?topics of interest|related( articles| stories| news)?|read more|see also"
          + "|recommended( for you| stories)?|more (stories|news|articles)( on this topic)?)[:.]?");

  /** What the filter kept and removed, both in input order. */
  public record Result(List<String> kept, List<String> removed) {}

  private ResidueFilter() {}

  private static List<Pattern> loadPatterns() {
    List<Pattern> out = new ArrayList<>();
    try (InputStream in = ResidueFilter.class.getResourceAsStream("residue.txt")) {
      if (in == null) {
        throw new IllegalStateException("residue.txt is missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(Pattern.compile(line.trim(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read residue.txt", e);
    }
    return List.copyOf(out);
  }

  /** True when {@code paragraph} is one of the residue lines of {@code residue.txt}. */
  public static boolean isResidueLine(String paragraph) {
    String p = paragraph.strip();
    if (SHARED_CAPTION.matcher(p).lookingAt()
        && (p.length() <= MAX_RESIDUE_LENGTH || CREDIT.matcher(p).find())) {
      return true;
    }
    if (p.length() > MAX_RESIDUE_LENGTH) {
      return false;
    }
    for (Pattern pattern : PATTERNS) {
      if (pattern.matcher(p).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code paragraph} reads as a headline: 3 to 25 words, no sentence punctuation at
   * the end, and most longer words capitalised.
   */
  public static boolean looksLikeHeadline(String paragraph) {
    String p = paragraph.strip();
    if (p.isEmpty() || SENTENCE_END.matcher(p).find()) {
      return false;
    }
    String[] words = p.split("\\s+");
    if (words.length < 3 || words.length > 25) {
      return false;
    }
    int longWords = 0;
    int capitalised = 0;
    for (String w : words) {
      String letters = w.replaceAll("[^\\p{L}]", "");
      if (letters.length() >= 4) {
        longWords++;
        if (Character.isUpperCase(letters.charAt(0))) {
          capitalised++;
        }
      }
    }
    return longWords >= 2 && capitalised >= 0.7 * longWords;
  }

  /**
   * Filters {@code paragraphs}.
   *
   * @param title the article's title, never removed as a spliced headline if it recurs
   * @param headlines whether to remove headline-like lines (plain-text bodies only)
   */
  public static Result filter(List<String> paragraphs, String title, boolean headlines) {
    List<String> kept = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String p : paragraphs) {
      seen.merge(key(p), 1, Integer::sum);
    }
    Map<String, Boolean> emitted = new HashMap<>();
    boolean afterMarker = false;
    boolean afterSplicedHeadline = false;
    for (String p : paragraphs) {
      String k = key(p);
      boolean marker = MARKER.matcher(p.strip()).matches();
      if (marker || isResidueLine(p)) {
        removed.add(p);
        afterMarker = afterMarker || marker;
        afterSplicedHeadline = false;
        continue;
      }
      boolean headline = headlines && looksLikeHeadline(p) && !k.equals(key(title));
      if (headline) {
        removed.add(p);
        afterSplicedHeadline = afterMarker;
        continue;
      }
      if (afterSplicedHeadline && isTeaser(p)) {
        removed.add(p);
        afterSplicedHeadline = false;
        afterMarker = false;
        continue;
      }
      afterSplicedHeadline = false;
      afterMarker = false;
      if (seen.get(k) > 1 && emitted.containsKey(k) && p.length() < 400) {
        removed.add(p);
        continue;
      }
      emitted.put(k, true);
      kept.add(p);
    }
    return new Result(kept, removed);
  }

  /** A one-sentence standfirst under a related-article headline: short, no quotes. */
  private static boolean isTeaser(String p) {
    String s = p.strip();
    int words = s.split("\\s+").length;
    int sentenceEnds = s.replaceAll("[^.!?]", "").length();
    return words <= 30 && sentenceEnds <= 1 && !s.matches(".*[\"“”«»].*");
  }

  private static String key(String p) {
    return p.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
