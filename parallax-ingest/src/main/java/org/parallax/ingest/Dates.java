package org.parallax.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses the publication dates that inputs carry (ISO 8601 dates and timestamps, RFC 822/1123 feed
 * dates, "October 10, 2024", "10 October 2024"). A timestamp keeps the calendar date in its own
 * offset: an article stamped {@code 2024-10-10T23:30:00-05:00} was published on 10 October where it
 * was published. Anything else gives null: a date is never guessed.
 */
public final class Dates {
  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern ISO_BASIC = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T|$)");
  private static final Pattern SLASHED = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
  private static final Map<String, Month> MONTHS = Map.ofEntries(
      Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY),
      Map.entry("mar", Month.MARCH), Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY),
      Map.entry("jun", Month.JUNE), Map.entry("jul", Month.JULY), Map.entry("aug", Month.AUGUST),
      Map.entry("sep", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER),
      Map.entry("oct", Month.OCTOBER), Map.entry("nov", Month.NOVEMBER),
      Map.entry("dec", Month.DECEMBER));

  private Dates() {}

  /** A month name or its usual abbreviation ("Oct", "Sept."), or null. */
  public static @Nullable Month month(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(".", "");
    if (w.length() < 3) {
      return null;
    }
    for (Month m : Month.values()) {
      String full = m.name().toLowerCase(Locale.ROOT);
      if (full.equals(w)) {
        return m;
      }
    }
    return w.length() <= 4 ? MONTHS.get(w) : null;
  }

  /** Parses {@code value} as a publication date, or returns null when it is not one. */
  public static @Nullable LocalDate parse(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    if (v.isEmpty()) {
      return null;
    }
    try {
      if (v.length() > 10 && Character.isDigit(v.charAt(0)) && v.charAt(4) == '-'
          && (v.charAt(10) == 'T' || v.charAt(10) == ' ')) {
        String iso = v.replace(' ', 'T');
        try {
          return OffsetDateTime.parse(iso).toLocalDate();
        } catch (DateTimeParseException e) {
          // no offset, or odd fraction: fall through to the date part
        }
      }
      Matcher m = ISO_DATE.matcher(v);
      if (m.find()) {
        return date(m.group(1), m.group(2), m.group(3));
      }
      m = ISO_BASIC.matcher(v);
      if (m.find()) {
        return date(m.group(1), m.group(2), m.group(3));
      }
      m = SLASHED.matcher(v);
      if (m.find()) {
        return date(m.group(1), m.group(2), m.group(3));
      }
      try {
        return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
      } catch (DateTimeParseException e) {
        // not RFC 1123
      }
      m = MONTH_DAY_YEAR.matcher(v);
      if (m.find() && month(m.group(1)) != null) {
        return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)),
            Integer.parseInt(m.group(2)));
      }
      m = DAY_MONTH_YEAR.matcher(v);
      if (m.find() && month(m.group(2)) != null) {
        return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)),
            Integer.parseInt(m.group(1)));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static @Nullable LocalDate date(String y, String m, String d) {
    int year = Integer.parseInt(y);
    if (year < 1800 || year > 2200) {
      return null;
    }
    return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
  }
}
