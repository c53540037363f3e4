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
      Pattern.compile("(?iu)(?<![\\p{L}])(\\p{L}{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?iu)\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?(\\p{L}{3,9})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b");
  private static final Map<String, Month> MONTHS = Map.ofEntries(
      Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY),
      Map.entry("mar", Month.MARCH), Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY),
      Map.entry("jun", Month.JUNE), Map.entry("jul", Month.JULY), Map.entry("aug", Month.AUGUST),
      Map.entry("sep", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER),
      Map.entry("oct", Month.OCTOBER), Map.entry("nov", Month.NOVEMBER),
      Map.entry("dec", Month.DECEMBER));

  private Dates() {}

  /**
   * Month names and abbreviations in French, German, Spanish, Portuguese, Italian, Dutch and
   * Russian (genitive, as dates write them), for dates written in those languages.
   */
  private static final Map<String, Month> FOREIGN_MONTHS = foreignMonths();

  private static Map<String, Month> foreignMonths() {
    String[][] names = {
        {"janvier", "janv", "januar", "jän", "jänner", "enero", "ene", "janeiro", "gennaio", "gen",
            "januari", "января", "янв"},
        {"février", "fevrier", "févr", "fevr", "februar", "febrero", "fevereiro", "fev",
            "febbraio", "februari", "февраля", "фев"},
        {"mars", "märz", "maerz", "mär", "marzo", "março", "marco", "maart", "mrt", "марта", "мар"},
        {"avril", "avr", "abril", "abr", "aprile", "апреля", "апр"},
        {"mai", "mayo", "maio", "maggio", "mei", "мая"},
        {"juin", "juni", "junio", "junho", "giugno", "giu", "июня", "июн"},
        {"juillet", "juil", "juli", "julio", "julho", "luglio", "lug", "июля", "июл"},
        {"août", "aout", "august", "agosto", "ago", "augustus", "августа", "авг"},
        {"septembre", "sept", "september", "septiembre", "setiembre", "setembro", "set",
            "settembre", "сентября", "сен"},
        {"octobre", "oktober", "okt", "octubre", "outubro", "out", "ottobre", "ott", "октября",
            "окт"},
        {"novembre", "november", "noviembre", "novembro", "ноября", "ноя"},
        {"décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dezembro",
            "dicembre", "december", "декабря", "дек"}};
    Map<String, Month> out = new java.util.HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        out.putIfAbsent(n, Month.of(i + 1));
      }
    }
    return Map.copyOf(out);
  }

  /** A month name or its usual abbreviation ("Oct", "Sept.", "März", "Set"), or null. */
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
    Month english = w.length() <= 4 ? MONTHS.get(w) : null;
    return english != null ? english : FOREIGN_MONTHS.get(w);
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
      while (m.find()) {
        Month month = month(m.group(1));
        int year = Integer.parseInt(m.group(3));
        if (month != null && year >= 1800 && year <= 2200) {
          return LocalDate.of(year, month, Integer.parseInt(m.group(2)));
        }
      }
      m = DAY_MONTH_YEAR.matcher(v);
      while (m.find()) {
        Month month = month(m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (month != null && year >= 1800 && year <= 2200) {
          return LocalDate.of(year, month, Integer.parseInt(m.group(1)));
        }
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
