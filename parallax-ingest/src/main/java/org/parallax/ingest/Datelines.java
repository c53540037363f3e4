package org.parallax.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the dateline at the start of a body: {@code NAIROBI, October 10. /TASS/.}, {@code
 * WASHINGTON (Reuters) -}, {@code KYIV, Ukraine (AP) —}, {@code MOSCOW, Oct 10 —}, {@code LONDON
 * —}, {@code PHNOM PENH, Cambodia --}, {@code WASHINGTON/BAGHDAD/DUBAI (Reuters) -}, {@code
 * CLEVELAND (AP) _} (the underscore old AP copy types for a dash).
 */
public final class Datelines {
  private static final String PLACE = "([A-Z][A-Z'’.\\-]+(?: [A-Z][A-Z'’.\\-]+){0,3})";
  /**
   * A place in capitals, or, before an agency's name, several joined by slashes
   * ("WASHINGTON/BAGHDAD/DUBAI (Reuters)"; not "AC/DC —" opening a sentence).
   */
  private static final String PLACES = "([A-Z][A-Z'’.\\-]+(?:[ /][A-Z][A-Z'’.\\-]+){0,3})";
  private static final String REGION = "(?:,\\s*([A-Z][\\p{L}.\\-]+(?: [A-Z][\\p{L}.\\-]+){0,2}))?";
  private static final String MONTH_DAY = "([A-Z][a-z]{2,8}\\.?)\\s+(\\d{1,2})(?:,?\\s*(\\d{4}))?";
  /**
   * Patterns read any white space as white space: wire copy scraped from the web often puts a
   * no-break space between the place and the agency's parenthesis.
   */
  private static final int WHITE = Pattern.UNICODE_CHARACTER_CLASS;
  private static final List<Pattern> PATTERNS = List.of(
      // NAIROBI, October 10. /TASS/.
      Pattern.compile("^" + PLACE + REGION + ",\\s+" + MONTH_DAY
          + "\\s*[.,]?\\s*/([\\p{L}][\\p{L} \\-]{0,30})/\\s*[.:]?\\s*", WHITE),
      // WASHINGTON (Reuters) - / KYIV, Ukraine (AP) — / MOSCOW, Oct 10 (Reuters) -
      Pattern.compile("^" + PLACES + REGION + "(?:,\\s+" + MONTH_DAY + ")?"
          + "\\s*\\(([\\p{L}][\\p{L}. \\-]{0,30})\\)\\s*[-—–:_]+\\s*", WHITE),
      // MOSCOW, Oct 10 —
      Pattern.compile("^" + PLACE + REGION + ",\\s+" + MONTH_DAY + "\\s*[-—–]+\\s*", WHITE),
      // LONDON — / PHNOM PENH, Cambodia -- (a double hyphen for the dash, as wire copy types it)
      Pattern.compile("^" + PLACE + REGION + "\\s+(?:[—–]|--)\\s+", WHITE));

  /**
   * A dateline found at the start of a paragraph.
   *
   * @param place the place, e.g. {@code NAIROBI}
   * @param month month, or null when the dateline has none
   * @param day day of month, or 0 when none
   * @param year year, or 0 when the dateline gives none
   * @param agency the agency named in it ({@code TASS}, {@code Reuters}), or null
   * @param length characters of the paragraph the dateline takes, including trailing punctuation
   */
  public record Dateline(String place, @Nullable Month month, int day, int year,
      @Nullable String agency, int length) {

    /** The date the dateline gives, when it gives a year too; else null. */
    public @Nullable LocalDate date() {
      if (month == null || year == 0) {
        return null;
      }
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        return null;
      }
    }
  }

  private Datelines() {}

  /** The dateline at the start of {@code paragraph}, or null. */
  public static @Nullable Dateline find(String paragraph) {
    for (int i = 0; i < PATTERNS.size(); i++) {
      Matcher m = PATTERNS.get(i).matcher(paragraph);
      if (!m.lookingAt() || m.end() >= paragraph.length()) {
        continue;
      }
      String place = m.group(1).replaceAll("[.’']+$", "");
      if (place.length() < 3 && i == 3) {
        continue;
      }
      Month month = null;
      int day = 0;
      int year = 0;
      String agency = null;
      if (i == 0 || i == 2 || (i == 1 && m.group(3) != null)) {
        month = Dates.month(m.group(3));
        if (month == null) {
          continue;
        }
        day = Integer.parseInt(m.group(4));
        year = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
      }
      if (i == 0 || i == 1) {
        agency = m.group(6).trim();
      }
      return new Dateline(place, month, day, year, agency, m.end());
    }
    return null;
  }
}
