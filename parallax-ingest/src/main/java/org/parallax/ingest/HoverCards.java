package org.parallax.ingest;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes a person's hover card that a page spliced into the running text after their name: the
 * person's full name glued to the first of a few headlines about them, ending in a "MORE" link.
 * Scraped text reads "President Trump Donald John TrumpGOP senators balk at … veterans' votes
 * MORE said Thursday"; a page's own paragraph reads "Gov. Kristi NoemKristi Lynn NoemSouth Dakota
 * … MORE (R) is defending". What is left is the name as the page showed it: "President Trump said
 * Thursday".
 *
 * <p>A card is recognised by its shape alone: the shown name's last word, up to five more name
 * words (the full name's given and middle names, particles such as "de"), and the same last word
 * again immediately followed by a capital letter, a digit or an opening quote (no space: the
 * headline starts there, "Sanders2020 Democrats …") — or the whole shown name written twice with
 * the headline after a space, when no sentence ends before the "MORE" — then a standalone "MORE"
 * within {@value #MAX_CARD} characters, or glued to the full name where the card has no headline
 * ("Brad Parscale Bradley (Brad) James ParscaleMORE had condemned"). Running text that merely
 * repeats a name never has the second glued to a capital letter; a card without its "MORE" is
 * left alone.
 */
final class HoverCards {
  static final int MAX_CARD = 800;
  private static final Pattern START = Pattern.compile(
      "\\b(\\p{Lu}[\\p{L}'’-]*\\p{Ll})\\s*((?:(?:[\\p{Lu}(][\\p{L}.'’()-]*|\\p{Ll}{1,3})\\s+){0,5})"
          + "\\1(?=[\\p{Lu}\\d'‘\"“])");
  /** The whole shown name written twice, the card after a space: "Joe Biden Joe Biden Parnas". */
  private static final Pattern REPEATED = Pattern.compile(
      "\\b((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]*\\p{Ll})\\s+\\1\\s+"
          + "(?=[\\p{Lu}\\d'‘\"“])");
  /** Headlines end without a full stop; running text between a name and "MORE" has one. */
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<!\\p{L})\\p{Ll}{3,}\\.[\"”’]?\\s+\\p{Lu}");
  private static final Pattern MORE = Pattern.compile("\\sMORE(?=[\\s’'),.;]|$)");
  /** The "MORE" glued to the full name of a card that has no headline. */
  private static final Pattern BARE_MORE = Pattern.compile("MORE(?=[\\s’'),.;]|$)");

  private HoverCards() {}

  /**
   * {@code paragraph} without its hover cards; each removed card is passed to {@code removed}.
   */
  static String strip(String paragraph, Consumer<String> removed) {
    if (!paragraph.contains("MORE")) {
      return paragraph;
    }
    StringBuilder out = new StringBuilder();
    int copied = 0;
    Matcher glued = START.matcher(paragraph);
    Matcher repeated = REPEATED.matcher(paragraph);
    Matcher more = MORE.matcher(paragraph).useAnchoringBounds(false).useTransparentBounds(true);
    int from = 0;
    while (from < paragraph.length()) {
      boolean g = glued.find(from);
      boolean r = repeated.find(from);
      if (!g && !r) {
        break;
      }
      Matcher start = !r || (g && glued.start() <= repeated.start()) ? glued : repeated;
      int cardBegin = start.end(1);
      int glue = start.end();
      int cardEnd;
      if (start == glued && BARE_MORE.matcher(paragraph).region(glue, paragraph.length())
          .lookingAt()) {
        cardEnd = glue + 4; // a card with no headline
      } else {
        more.region(glue, Math.min(paragraph.length(), glue + MAX_CARD));
        if (!more.find() || start == repeated
            && SENTENCE_END.matcher(paragraph).region(glue, more.start()).find()) {
          from = start.end(1);
          continue;
        }
        cardEnd = more.end();
      }
      out.append(paragraph, copied, cardBegin);
      removed.accept(paragraph.substring(cardBegin, cardEnd).strip());
      copied = cardEnd;
      from = cardEnd;
    }
    if (copied == 0) {
      return paragraph;
    }
    out.append(paragraph, copied, paragraph.length());
    return out.toString();
  }
}
