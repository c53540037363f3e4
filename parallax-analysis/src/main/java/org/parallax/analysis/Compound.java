package org.parallax.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parallax.analysis.TimeResolver.Tense;

/**
 * SUTime's composite underspecified values, read against the publication date: a weekday with a
 * part of day or a clock time ("Thursday night" {@code XXXX-WXX-4TNI}), a weekday of another
 * week ("last Friday" {@code XXXX-WXX-5 OFFSET P-1W}), a month, quarter, season or holiday of a
 * named year ("June last year" {@code THIS P1Y OFFSET P-1Y INTERSECT XXXX-06}), the current
 * century or decade, "the past decade" and "the coming years", "this morning", "last night",
 * holidays by name, "the weekend". Values follow TimeML ({@code 1998-08-07TMO},
 * {@code 1998-W33-WE}, {@code 19} for the twentieth century). Returns null for what it does not
 * know, so the caller's other rules get their turn.
 */
final class Compound {
  private static final Pattern ZONE = Pattern.compile("(.*T\\d{2}:\\d{2})-\\d{4}");
  private static final Pattern DAY_AND_TIME =
      Pattern.compile("(XXXX-(?:WXX-\\d|\\d{2}-\\d{2}))T(MO|AF|EV|NI|DT|\\d{2}:\\d{2})");
  private static final Pattern TODAY_PART =
      Pattern.compile("(?:THIS )?T?(MO|AF|EV|NI)(?: OFFSET P(-?\\d+)D)?");
  private static final Pattern WEEKDAY_OF_WEEK =
      Pattern.compile("XXXX-WXX-(\\d) OFFSET P(-?\\d+)W");
  private static final Pattern OF_YEAR =
      Pattern.compile("THIS P1Y(?: OFFSET P(-?\\d+)Y)? INTERSECT (.+)");
  private static final Pattern HOLIDAY_OFFSET = Pattern.compile("([A-Z_]+) OFFSET P(-?\\d+)Y");
  private static final Pattern OF_DAY =
      Pattern.compile("THIS P1D INTERSECT (XXXX-\\d{2}-\\d{2}|XXXX-WXX-\\d)");
  private static final Pattern THIS_PARTIAL =
      Pattern.compile("THIS (?:XXXX-)?(\\d{2}|SP|SU|FA|WI)");
  private static final Pattern THIS_PERIOD = Pattern.compile("THIS P(10|100|1000)Y");
  private static final Pattern IMMEDIATE =
      Pattern.compile("(PREV|NEXT)_IMMEDIATE (?:P(\\d+|X)([YQMWD])|XXXX-WXX-(\\d))");
  private static final Pattern PLURAL =
      Pattern.compile("(?i).*\\b(years|months|weeks|days|decades|quarters|few|several)\\b.*");
  private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-(\\d)");
  private static final Pattern PARTIAL =
      Pattern.compile("XXXX-(\\d{2}(?:-\\d{2})?|Q[1-4]|SP|SU|FA|WI)");
  private static final Pattern MONTH_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH_PART =
      Pattern.compile("(?:THIS )?XXXX-(\\d{2})T(?:MO|AF|EV|NI)");

  /** Holidays SUTime names rather than dating: the day in a given year (United States rules). */
  private static final Map<String, IntFunction<@Nullable LocalDate>> HOLIDAYS = Map.ofEntries(
      Map.entry("THANKSGIVING", y -> nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4)),
      Map.entry("EASTER", Compound::easter),
      Map.entry("GOOD_FRIDAY", y -> easter(y).minusDays(2)),
      Map.entry("MEMORIAL",
          y -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
      Map.entry("LABOUR_DAY", y -> nth(y, Month.SEPTEMBER, DayOfWeek.MONDAY, 1)),
      Map.entry("MOTHERS_DAY", y -> nth(y, Month.MAY, DayOfWeek.SUNDAY, 2)),
      Map.entry("FATHERS_DAY", y -> nth(y, Month.JUNE, DayOfWeek.SUNDAY, 3)),
      Map.entry("MARTIN_LUTHER_KING", y -> nth(y, Month.JANUARY, DayOfWeek.MONDAY, 3)),
      // days of the news calendar CoreNlpParser names: the US general election (the Tuesday
      // after the first Monday of November), the primaries of a presidential year (the first
      // Tuesday of March since 2012; 2008's was February 5), the inauguration after it
      Map.entry("ELECTION_DAY", y -> nth(y, Month.NOVEMBER, DayOfWeek.MONDAY, 1).plusDays(1)),
      Map.entry("SUPER_TUESDAY", y -> y % 4 != 0 ? null
          : y == 2008 ? LocalDate.of(2008, 2, 5) : nth(y, Month.MARCH, DayOfWeek.TUESDAY, 1)),
      Map.entry("INAUGURATION_DAY", y -> y % 4 == 1 ? LocalDate.of(y, 1, 20) : null),
      Map.entry("BLACK_FRIDAY", y -> nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4).plusDays(1)),
      Map.entry("CYBER_MONDAY", y -> nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4).plusDays(4)),
      Map.entry("JUNETEENTH", y -> LocalDate.of(y, 6, 19)));
  private static final Pattern HOLIDAY_IN_YEAR = Pattern.compile("([A-Z_]+) IN (\\d{4})");

  private Compound() {}

  /**
   * The TimeML value of {@code expr}, or null when it is not one of the composite forms.
   *
   * @param text the expression's words ("the coming years" is plural, so vague)
   * @param reference the last calendar value the text mentioned, or null
   */
  static @Nullable String resolve(String expr, String text, LocalDate published, Tense tense,
      @Nullable String reference) {
    String e = expr;
    Matcher m = ZONE.matcher(e);
    if (m.matches()) {
      e = m.group(1); // "4 a.m. EDT": TimeML values carry no zone
    }
    m = DAY_AND_TIME.matcher(e);
    if (m.matches()) {
      String day = day(m.group(1), published, tense);
      return day == null ? null : day + "T" + m.group(2);
    }
    m = TODAY_PART.matcher(e);
    if (m.matches()) {
      int days = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      return published.plusDays(days) + "T" + m.group(1);
    }
    m = WEEKDAY_OF_WEEK.matcher(e);
    if (m.matches()) {
      LocalDate monday = published.plusWeeks(Integer.parseInt(m.group(2)))
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      return monday.plusDays(Integer.parseInt(m.group(1)) - 1L).toString();
    }
    m = OF_YEAR.matcher(e);
    if (m.matches()) {
      int year = published.getYear() + (m.group(1) == null ? 0 : Integer.parseInt(m.group(1)));
      return inYear(m.group(2), year);
    }
    m = HOLIDAY_IN_YEAR.matcher(e);
    if (m.matches() && HOLIDAYS.containsKey(m.group(1))) {
      return inYear(m.group(1), Integer.parseInt(m.group(2))); // "Super Tuesday 2016"
    }
    m = HOLIDAY_OFFSET.matcher(e);
    if (m.matches() && HOLIDAYS.containsKey(m.group(1))) {
      return inYear(m.group(1), published.getYear() + Integer.parseInt(m.group(2)));
    }
    m = OF_DAY.matcher(e);
    if (m.matches()) {
      return day(m.group(1), published, tense);
    }
    m = MONTH_PART.matcher(e);
    if (m.matches()) {
      // "a late January morning": a day of that month, so the month (TimeML has no month with a
      // part of day), in the year the tense allows
      int month = Integer.parseInt(m.group(1));
      if (month < 1 || month > 12) {
        return null;
      }
      // past: the month has begun by publication; future: it has not yet ended
      LocalDate day = TimeResolver.closestYear(published, y -> tense == Tense.FUTURE
          ? LocalDate.of(y, month, 1).with(TemporalAdjusters.lastDayOfMonth())
          : LocalDate.of(y, month, 1), tense);
      return day == null ? null : day.toString().substring(0, 7);
    }
    m = THIS_PARTIAL.matcher(e);
    if (m.matches()) {
      return inYear("XXXX-" + m.group(1), published.getYear());
    }
    m = THIS_PERIOD.matcher(e);
    if (m.matches()) {
      return String.valueOf(published.getYear() / Integer.parseInt(m.group(1)));
    }
    m = IMMEDIATE.matcher(e);
    if (m.matches()) {
      return immediate(m, text, published, reference);
    }
    if (e.equals("XXXX-WE")) {
      return weekend(published, tense); // "the weekend"
    }
    if (e.equals("THIS WE")) {
      // "this weekend" is the week's own, whatever the tense ("it was essential to pass it by
      // this weekend"); the one just gone is "this past weekend"
      return weekend(published, Tense.FUTURE);
    }
    if (e.equals("PREV_IMMEDIATE WE") || e.equals("XXXX-WE OFFSET P-1W")) {
      return weekend(published, Tense.PAST); // "last weekend", "this past weekend"
    }
    if (e.equals("NEXT_IMMEDIATE WE") || e.equals("XXXX-WE OFFSET P1W")) {
      return weekend(published, Tense.FUTURE); // "next weekend"
    }
    IntFunction<@Nullable LocalDate> holiday = HOLIDAYS.get(e);
    if (holiday != null) {
      LocalDate day = holiday(holiday, published, tense);
      return day == null ? null : day.toString();
    }
    return null;
  }

  /** "the past decade" → P10Y, "the previous Monday", "the following year", "the coming years". */
  private static @Nullable String immediate(Matcher m, String text, LocalDate published,
      @Nullable String reference) {
    boolean previous = m.group(1).equals("PREV");
    if (m.group(4) != null) {
      DayOfWeek dow = DayOfWeek.of(Integer.parseInt(m.group(4)));
      return (previous ? published.with(TemporalAdjusters.previous(dow))
          : published.with(TemporalAdjusters.next(dow))).toString();
    }
    if (m.group(2).equals("X") || PLURAL.matcher(text).matches()) {
      return previous ? "PAST_REF" : "FUTURE_REF";
    }
    int n = Integer.parseInt(m.group(2));
    String unit = m.group(3);
    String words = text.toLowerCase(Locale.ROOT);
    boolean anaphoric = words.matches(".*\\b(following|previous|prior|preceding)\\b.*");
    if (anaphoric) {
      // "the following year", "the previous year" count from the year the text was last talking
      // about; for other units (or without such a year) the parser's reading is not trusted
      if (!unit.equals("Y") || reference == null || !reference.matches("\\d{4}.*")) {
        return null;
      }
      return String.valueOf(Integer.parseInt(reference.substring(0, 4)) + (previous ? -n : n));
    }
    if (previous) {
      return "P" + n + unit; // TimeML: "the past decade", "the last 12 months" are durations
    }
    return TimeResolver.format(TimeResolver.plus(published, n, unit), unit);
  }

  /** A month, quarter, season, month-day or holiday of a known year; null for anything else. */
  private static @Nullable String inYear(String partial, int year) {
    Matcher m = PARTIAL.matcher(partial);
    if (m.matches()) {
      String value = year + "-" + m.group(1);
      if (value.length() == 10) {
        LocalDate.parse(value); // "Feb. 29 last year" in a common year: no such day (caught above)
      }
      return value;
    }
    IntFunction<@Nullable LocalDate> holiday = HOLIDAYS.get(partial);
    LocalDate day = holiday == null ? null : holiday.apply(year);
    return day == null ? null : day.toString();
  }

  /** A weekday or month-day without a year, as a full date by tense. */
  private static @Nullable String day(String partial, LocalDate published, Tense tense) {
    Matcher m = WEEKDAY.matcher(partial);
    if (m.matches()) {
      return TimeResolver.weekday(published, DayOfWeek.of(Integer.parseInt(m.group(1))), tense)
          .toString();
    }
    m = MONTH_DAY.matcher(partial);
    if (m.matches()) {
      LocalDate d = TimeResolver.pickDay(published, Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)), tense);
      return d == null ? null : d.toString();
    }
    return null;
  }

  /** The weekend meant: the last one in past tense, the next in future tense, else the nearer. */
  private static String weekend(LocalDate published, Tense tense) {
    LocalDate before = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    if (published.getDayOfWeek() == DayOfWeek.SUNDAY) {
      before = published.minusDays(1);
    }
    LocalDate after = published.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    LocalDate saturday = switch (tense) {
      case PAST -> before;
      case FUTURE -> published.getDayOfWeek() == DayOfWeek.SUNDAY ? before : after;
      case OTHER -> published.toEpochDay() - before.toEpochDay()
          <= after.toEpochDay() - published.toEpochDay() ? before : after;
    };
    return TimeResolver.format(saturday, "W") + "-WE";
  }

  /**
   * The holiday's date in the year before, of, or after publication, chosen by tense; for a day
   * of every fourth year (Super Tuesday, the inauguration) the nearest the tense allows within
   * four years. Null when there is none.
   */
  private static @Nullable LocalDate holiday(IntFunction<@Nullable LocalDate> rule,
      LocalDate published, Tense tense) {
    LocalDate best = TimeResolver.closestYear(published, rule::apply, tense);
    if (best == null) {
      best = TimeResolver.closestYear(published, rule::apply, tense, 4);
    }
    return best != null ? best : rule.apply(published.getYear());
  }

  private static LocalDate nth(int year, Month month, DayOfWeek dow, int n) {
    return YearMonth.of(year, month).atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
  }

  /** Western Easter Sunday (the anonymous Gregorian computus). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
