package org.parallax.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parallax.model.analysis.TimeExpression;
import org.parallax.model.nlp.NamedSpan;
import org.parallax.model.nlp.Sentence;
import org.parallax.model.nlp.Token;

/**
 * Resolves temporal expressions against the publication date, tense-aware: a month or weekday
 * without a year in a past-tense sentence is the latest one on or before publication ("traveled
 * in September", published 2024-10-10 → 2024-09), in a future-tense sentence the next one, and
 * otherwise the nearest. Relative expressions ("last year", "Thursday") stay unresolved, with the
 * reason, when the publication date is unknown: nothing is ever resolved against today.
 */
public final class TimeResolver {
  /**
   * A value that names its calendar time whole: a year, month or day (with a clock time or part
   * of day), or a year's season, quarter, half or week ("the summer of 2018", "the fourth quarter
   * of 2008").
   */
  private static final Pattern FULL = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T[\\d:.]+"
      + "|T(MO|AF|EV|NI|DT))?)?|-(SP|SU|FA|WI|Q[1-4]|H[12])|-W\\d{2}(-\\d|-WE)?)?");
  /** A decade without its century: "the '90s". */
  private static final Pattern DECADE = Pattern.compile("XX(\\d)X");
  private static final Pattern MONTH_DAY = Pattern.compile("XXXX-(\\d{2})(?:-(\\d{2}))?");
  private static final Pattern SEASON = Pattern.compile("XXXX-(SP|SU|FA|WI)");
  private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-(\\d)");
  private static final Pattern OFFSET = Pattern.compile(
      "(?:THIS P(1[YMWD]|3M) ?)?(?:OFFSET P(-?\\d+)([YMWDQ]))?");
  private static final Pattern PARTIAL_OFFSET = Pattern.compile(
      "XXXX-(\\d{2}|SP|SU|FA|WI|Q\\d)(?:-(\\d{2}))? OFFSET P(-?\\d+)Y");
  private static final Pattern QUARTER = Pattern.compile("XXXX-Q(\\d)");
  private static final Pattern CLOCK = Pattern.compile("(?:XXXX-XX-XX)?T(\\d{2}(?::\\d{2})?)");

  /** The tense of a clause, as far as it matters for dates. */
  enum Tense {
    PAST,
    FUTURE,
    OTHER
  }

  private TimeResolver() {}

  /**
   * Resolves one temporal span.
   *
   * @param span what the parser found
   * @param sentence its sentence (for tense)
   * @param published publication date, or null when unknown
   * @param sameSentenceDate a resolved date in the same sentence (for clock times), or null
   */
  public static TimeExpression resolve(NamedSpan span, Sentence sentence,
      @Nullable LocalDate published, @Nullable LocalDate sameSentenceDate) {
    return resolve(span, sentence, published, sameSentenceDate, null);
  }

  /**
   * Resolves one temporal span; a bare offset ("a year earlier", "the previous quarter") counts
   * from {@code reference}, the last calendar value the text mentioned (TimeML's reference time),
   * at its granularity, when there is one.
   */
  public static TimeExpression resolve(NamedSpan span, Sentence sentence,
      @Nullable LocalDate published, @Nullable LocalDate sameSentenceDate,
      @Nullable String reference) {
    try {
      return resolveChecked(span, sentence, published, sameSentenceDate, reference);
    } catch (java.time.DateTimeException | ArithmeticException | NumberFormatException e) {
      // "13.8 billion years ago": the parser's value overflows any calendar
      return unresolved(span, span.timexValue() != null ? span.timexValue() : span.timexAltValue(),
          "value out of range ('" + span.text() + "')");
    }
  }

  private static TimeExpression resolveChecked(NamedSpan span, Sentence sentence,
      @Nullable LocalDate published, @Nullable LocalDate sameSentenceDate,
      @Nullable String reference) {
    String v = span.timexValue();
    String alt = span.timexAltValue();
    String type = span.type();
    String anaphoric = anaphoric(span, sentence, reference);
    if (anaphoric != null) {
      return done(span, anaphoric);
    }
    Matcher yearPeriod = YEAR_PERIOD.matcher(span.text());
    if (yearPeriod.matches()) {
      // "the 1988 quarter" (read by the parser as 1,988 quarters): that year's quarter in focus
      return done(span, yearPeriod.group(1) + (yearPeriod.group(2).equalsIgnoreCase("quarter")
          && reference != null && reference.matches("\\d{4}-Q\\d") ? reference.substring(4) : ""));
    }
    Matcher decade = DECADE.matcher(v == null ? "" : v);
    if (decade.matches() && published != null) {
      // "the '90s": the latest such decade that has begun by publication
      int d = (published.getYear() / 100) * 10 + Integer.parseInt(decade.group(1));
      return done(span, String.valueOf(d * 10 > published.getYear() ? d - 10 : d));
    }
    if (v != null && v.matches("\\d{3}X|\\d{2}XX")) {
      // TimeML writes a decade ("1970s", however the parser types it) as its first three digits,
      // a century as its first two
      return done(span, v.replaceAll("X+$", ""));
    }
    String words = span.text().toLowerCase(Locale.ROOT);
    if (reference != null && reference.matches("\\d{4}-Q\\d")
        && words.matches("the (latest|most recent|same) quarter")) {
      return done(span, reference); // the quarter being reported
    }
    if (type.equals("DURATION")) {
      boolean vague = v == null || v.contains("X");
      return new TimeExpression(span.begin(), span.end(), span.text(), type, v, !vague,
          vague ? "vague duration" : null);
    }
    if (type.equals("SET")) {
      return new TimeExpression(span.begin(), span.end(), span.text(), type, v, v != null,
          v == null ? "no value" : null);
    }
    if (v != null && FULL.matcher(v).matches()) {
      return done(span, v);
    }
    String relative = v != null ? v : alt;
    if (relative == null) {
      relative = alt;
    }
    if (relative == null) {
      return unresolved(span, null, "the parser gave no value for '" + span.text() + "'");
    }
    if (relative.equals("PRESENT_REF")) {
      // TimeML keeps "now", "currently" as PRESENT_REF: the time of writing, not a calendar day;
      // without a publication date, the time of writing is unknown too
      return published == null ? unresolved(span, relative, noAnchor(span)) : done(span, relative);
    }
    if (relative.equals("PAST_REF") || relative.equals("FUTURE_REF")) {
      return unresolved(span, relative, "vague reference ('" + span.text() + "')");
    }
    Matcher clock = CLOCK.matcher(relative);
    if (clock.matches()) {
      LocalDate day = sameSentenceDate != null ? sameSentenceDate : published;
      if (day == null) {
        return unresolved(span, relative, noAnchor(span));
      }
      // a bare "at midnight" on the day of writing is the night before it, not the night after
      return sameSentenceDate != null ? done(span, day + "T" + clock.group(1))
          : resolved(span, day + "T" + clock.group(1));
    }
    if (published == null) {
      return unresolved(span, relative, noAnchor(span));
    }
    Tense tense = tense(sentence, span);
    Matcher m = MONTH_DAY.matcher(relative);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(1));
      if (month < 1 || month > 12) {
        return unresolved(span, relative, "month " + month + " is not a month");
      }
      if (m.group(2) == null) {
        YearMonth ym = pickMonth(YearMonth.from(published), month, tense);
        return done(span, ym.toString());
      }
      int day = Integer.parseInt(m.group(2));
      LocalDate named = onItsWeekday(span.text(), published, month, day);
      if (named != null) {
        return done(span, named.toString());
      }
      LocalDate d = pickDay(published, month, day, tense);
      return d == null ? unresolved(span, relative, "no such day") : done(span, d.toString());
    }
    m = SEASON.matcher(relative);
    if (m.matches()) {
      int start = switch (m.group(1)) {
        case "SP" -> 3;
        case "SU" -> 6;
        case "FA" -> 9;
        default -> 12;
      };
      YearMonth ym = pickMonth(YearMonth.from(published), start, tense);
      return done(span, ym.getYear() + "-" + m.group(1));
    }
    m = WEEKDAY.matcher(relative);
    if (m.matches()) {
      return done(span, weekday(published, DayOfWeek.of(Integer.parseInt(m.group(1))), tense)
          .toString());
    }
    m = QUARTER.matcher(relative);
    if (m.matches()) {
      int q = Integer.parseInt(m.group(1));
      if (q < 1 || q > 4) {
        return unresolved(span, relative, "quarter " + q + " is not a quarter");
      }
      return done(span, quarter(published, q, tense));
    }
    m = PARTIAL_OFFSET.matcher(relative);
    if (m.matches() && m.group(3).equals("-1") && m.group(2) == null
        && m.group(1).matches("\\d{2}") && span.text().toLowerCase(Locale.ROOT).startsWith("last ")
        && YearMonth.of(published.getYear(), Integer.parseInt(m.group(1)))
            .isBefore(YearMonth.from(published).minusMonths(1))) {
      // "last April" written in November: this year's (the month just ended is "last month")
      return done(span, published.getYear() + "-" + m.group(1));
    }
    if (m.matches()) {
      int year = published.getYear() + Integer.parseInt(m.group(3));
      if (m.group(2) != null && m.group(1).matches("\\d{2}")) {
        LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))); // a real day?
      }
      return done(span, year + "-" + m.group(1) + (m.group(2) == null ? "" : "-" + m.group(2)));
    }
    String compound = Compound.resolve(relative, span.text(), published, tense, reference);
    if (compound != null) {
      return compound.endsWith("_REF") || compound.matches("P\\d.*")
          ? vagueOrDuration(span, compound) : done(span, compound);
    }
    if (words.matches(".*\\b(several|few|many|some)\\b.*\\bago")
        || words.matches("(weeks|months|years|decades|centuries) ago")) {
      // no count ("many years ago" whose "many" the parser left out): no distance either
      return unresolved(span, "PAST_REF", "vague reference ('" + span.text() + "')");
    }
    if (relative.equals("THIS P3M") && words.startsWith("the ") && words.endsWith("quarter")
        && !words.contains("current")) {
      // "earned $2 in the quarter": the quarter being reported — the one the text last named, or
      // in past tense the last complete quarter
      if (reference != null && reference.matches("\\d{4}-Q\\d")) {
        return done(span, reference);
      }
      if (tense == Tense.PAST) {
        return done(span, format(published.minusMonths(3), "Q"));
      }
    }
    // "a year earlier" counts from the time talked about, and so does the comparison "up from
    // $2 a year ago" (the same quarter a year before); "four years ago" from the time of writing
    boolean distantPast = words.endsWith(" ago")
        && !relative.matches("OFFSET P-1[YQM]");
    if (reference != null && !distantPast && relative.startsWith("OFFSET ")) {
      TimeExpression fromReference = offsetFrom(span, relative, reference);
      if (fromReference != null) {
        return fromReference;
      }
    }
    for (String candidate : alt == null ? List.of(relative) : List.of(relative, alt)) {
      m = OFFSET.matcher(candidate);
      if (m.matches() && (m.group(1) != null || m.group(2) != null)) {
        int n = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String unit = m.group(1) != null ? (m.group(1).equals("3M") ? "Q" : m.group(1).substring(1))
            : m.group(3);
        String offsetUnit = m.group(3) == null ? unit : m.group(3);
        return done(span, format(plus(published, n, offsetUnit), unit));
      }
    }
    return unresolved(span, relative, "cannot resolve '" + relative + "'");
  }

  private static final Pattern REFERENCE =
      Pattern.compile("(\\d{4})(?:-(Q(\\d)|(\\d{2})(?:-(\\d{2}))?|(SP|SU|FA|WI)))?");

  /** "OFFSET P-1Y" from a reference value such as 1989-Q3 → 1988-Q3; null if not applicable. */
  private static @Nullable TimeExpression offsetFrom(NamedSpan span, String relative,
      String reference) {
    Matcher o = Pattern.compile("OFFSET P(-?\\d+)([YQM])").matcher(relative);
    Matcher r = REFERENCE.matcher(reference);
    if (!o.matches() || !r.matches()) {
      return null;
    }
    int n = Integer.parseInt(o.group(1));
    int year = Integer.parseInt(r.group(1));
    String unit = o.group(2);
    if (r.group(3) != null) {
      int q = Integer.parseInt(r.group(3)) - 1 + (unit.equals("Q") ? n : unit.equals("Y") ? 4 * n : 0);
      if (unit.equals("M")) {
        return null;
      }
      return done(span, (year + Math.floorDiv(q, 4)) + "-Q" + (Math.floorMod(q, 4) + 1));
    }
    if (r.group(6) != null && unit.equals("Y")) {
      return done(span, (year + n) + "-" + r.group(6));
    }
    if (r.group(4) != null && r.group(5) == null && !unit.equals("Q")) {
      YearMonth ym = YearMonth.of(year, Integer.parseInt(r.group(4)))
          .plusMonths(unit.equals("Y") ? 12L * n : n);
      return done(span, ym.toString());
    }
    return null;
  }

  private static final Pattern YEAR_PERIOD =
      Pattern.compile("(?i)the ((?:19|20)\\d{2}) (quarter|period|season)");
  private static final Pattern SAME_PERIOD = Pattern.compile("(?i)(that|the same) (year|month)");

  /**
   * Values that point back at the time the text was talking about: "that year", "the same month"
   * (the reference's year or month), "the year-earlier quarter", "the year-ago period" (the
   * reference a year before). Null when the span is none of these or there is no reference.
   */
  private static @Nullable String anaphoric(NamedSpan span, Sentence sentence,
      @Nullable String reference) {
    if (reference == null) {
      return null;
    }
    List<Token> tokens = sentence.tokens();
    String before = span.firstToken() > 0 ? tokens.get(span.firstToken() - 1).word() : "";
    String text = (before + " " + span.text()).toLowerCase(Locale.ROOT);
    Matcher same = SAME_PERIOD.matcher(text);
    if (same.find() && same.end() == text.length()) {
      boolean year = same.group(2).equals("year");
      return year ? reference.substring(0, 4)
          : reference.matches("\\d{4}-\\d{2}") ? reference : null;
    }
    StringBuilder after = new StringBuilder();
    for (int i = span.lastToken() + 1; i < tokens.size() && i <= span.lastToken() + 2; i++) {
      after.append(tokens.get(i).word().toLowerCase(Locale.ROOT));
    }
    String words = span.text().toLowerCase(Locale.ROOT);
    if (words.matches("(the )?year") && after.toString().matches("-?(earlier|ago).*")) {
      Matcher r = REFERENCE.matcher(reference);
      if (r.matches()) {
        int year = Integer.parseInt(r.group(1)) - 1;
        return r.group(2) == null ? String.valueOf(year) : year + "-" + r.group(2);
      }
    }
    return null;
  }

  /** A quarter named without its year: in news, the current or a recent one, or a coming one. */
  static String quarter(LocalDate published, int q, Tense tense) {
    int current = (published.getMonthValue() - 1) / 3 + 1;
    int year = published.getYear();
    if (q > current) {
      // a later quarter: this year's when the text looks ahead, last year's when it looks back,
      // else the nearer of the two
      boolean back = tense == Tense.PAST || tense == Tense.OTHER && q - current > 2;
      return (back ? year - 1 : year) + "-Q" + q;
    }
    // an earlier quarter: the one just ended is still reported on in future tense ("will report
    // third-quarter results"); an older one in future tense is next year's
    boolean justEnded = q == current - 1 || q == current;
    return (tense == Tense.FUTURE && !justEnded ? year + 1 : year) + "-Q" + q;
  }

  /**
   * The times a story last talked about, at each precision: the day, the month, the year. A
   * value of a coarser precision that disagrees with a finer one clears it ("on March 3 … in
   * 2015 …": the day no longer stands).
   */
  static final class Anchors {
    private static final Pattern MONTH_OR_DAY = Pattern.compile("(\\d{4}-\\d{2})(-\\d{2})?(T.*)?");

    private @Nullable String day;
    private @Nullable String month;
    private @Nullable String year;

    /** Takes a resolved value ("2019-07-02", "2019-07", "2019", "2019-Q3", "2019-SU"…). */
    void seen(@Nullable String value) {
      if (value == null || !value.matches("\\d{4}(-.*)?")) {
        return;
      }
      String y = value.substring(0, 4);
      Matcher m = MONTH_OR_DAY.matcher(value);
      if (m.matches()) {
        if (m.group(2) != null) {
          day = m.group(1) + m.group(2);
        } else if (day != null && !day.startsWith(m.group(1))) {
          day = null;
        }
        month = m.group(1);
      } else {
        if (month != null && !month.startsWith(y)) {
          month = null;
          day = null;
        }
        if (!value.matches("\\d{4}")) {
          day = null; // a quarter or season: no day or month within it stands
          month = null;
        }
      }
      year = y;
    }
  }

  private static final Pattern LATER = Pattern.compile("OFFSET P(-?\\d+)([YMWD])");
  private static final Pattern NEXT = Pattern.compile("(NEXT|PREV)_IMMEDIATE P1([YMWD])");

  /**
   * Offsets that count from the time a story talks about, not from its publication: "a decade
   * later", "two days later", "the next day", "the following month" (in past tense), "three days
   * earlier", "the previous week". "The firm won the contract in 1998. A decade later …" is 2008;
   * "On Tuesday … But the next day …" the Wednesday. Where the text has named no time of the
   * unit's precision before them, the ones that look forward are unresolved (a past narrative's
   * "the next month" is no month after publication), and the ones that look back fall to the
   * comparison rule ("up from a year earlier"). Null when the span is none of these.
   */
  static @Nullable TimeExpression narrativeOffset(NamedSpan span, Sentence sentence,
      Anchors anchors) {
    try {
      return narrativeOffsetChecked(span, sentence, anchors);
    } catch (java.time.DateTimeException | ArithmeticException | NumberFormatException e) {
      // "a billion years later", or an anchor the parser gave as no real day ("1999-02-30")
      String raw = span.timexValue() != null ? span.timexValue() : span.timexAltValue();
      return unresolved(span, raw, "value out of range ('" + span.text() + "')");
    }
  }

  private static @Nullable TimeExpression narrativeOffsetChecked(NamedSpan span,
      Sentence sentence, Anchors anchors) {
    String raw = span.timexValue() != null ? span.timexValue() : span.timexAltValue();
    if (raw == null) {
      return null;
    }
    String words = span.text().toLowerCase(Locale.ROOT);
    int n;
    String unit;
    Matcher m = LATER.matcher(raw);
    Matcher next = NEXT.matcher(raw);
    if (m.matches() && words.matches(".*\\b(later|earlier|afterwards?)")) {
      n = Integer.parseInt(m.group(1));
      unit = m.group(2);
      if (words.matches("(?:(?:some|several|a few|few|many) )?(days|weeks|months|years|decades)"
          + " (later|earlier|afterwards?)")) {
        // "weeks later": after the time talked about, by how much the text does not say
        return unresolved(span, raw, "vague offset ('" + span.text() + "')");
      }
    } else if (next.matches()
        && words.matches("the (next|following|previous|preceding) \\w*[^s\\W]")
        && (next.group(2).equals("D") || verbTense(sentence, span) == Tense.PAST)) {
      // "over the next year" in a sentence about the future counts from now
      n = next.group(1).equals("NEXT") ? 1 : -1;
      unit = next.group(2);
    } else {
      return null;
    }
    String anchor = switch (unit) {
      case "D", "W" -> anchors.day;
      case "M" -> anchors.month;
      default -> anchors.year;
    };
    if (anchor == null) {
      return n > 0 ? unresolved(span, raw, "counts from a time the text does not give ('"
          + span.text() + "')") : null;
    }
    if (n < 0 && !(unit.equals("D") || unit.equals("W"))) {
      return null; // "a year earlier" compares with the period reported: the rules below
    }
    LocalDate from = switch (unit) {
      case "D", "W" -> LocalDate.parse(anchor);
      case "M" -> YearMonth.parse(anchor).atDay(1);
      default -> LocalDate.of(Integer.parseInt(anchor), 1, 1);
    };
    LocalDate to = plus(from, n, unit);
    if (to.getYear() < 1 || to.getYear() > 9999) {
      // a TimeML year has four digits: "a trillion days earlier" is out of range
      throw new java.time.DateTimeException("year " + to.getYear());
    }
    return done(span, format(to, unit));
  }

  /** {@code d} moved by {@code n} units: Y, Q, M, W or D. */
  static LocalDate plus(LocalDate d, long n, String unit) {
    return switch (unit) {
      case "Y" -> d.plusYears(n);
      case "Q" -> d.plusMonths(3 * n);
      case "M" -> d.plusMonths(n);
      case "W" -> d.plusWeeks(n);
      default -> d.plusDays(n);
    };
  }

  /** A date at the granularity of {@code unit}: Y, Q, M, W or D. */
  static String format(LocalDate d, String unit) {
    return switch (unit) {
      case "Y" -> String.valueOf(d.getYear());
      case "Q" -> d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
      case "M" -> YearMonth.from(d).toString();
      case "W" -> String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
          d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      default -> d.toString();
    };
  }

  /**
   * "the past decade" (a duration, P10Y, typed so whatever the parser said: no event is dated by
   * it), "the coming years" (FUTURE_REF): a span with no calendar value.
   */
  private static TimeExpression vagueOrDuration(NamedSpan span, String value) {
    return value.endsWith("_REF")
        ? unresolved(span, value, "vague reference ('" + span.text() + "')")
        : new TimeExpression(span.begin(), span.end(), span.text(), "DURATION", value, true, null);
  }

  private static String noAnchor(NamedSpan span) {
    return "no publication date to anchor '" + span.text() + "'";
  }

  private static TimeExpression done(NamedSpan span, String value) {
    return resolved(span, endOfDay(span.text(), value));
  }

  private static TimeExpression resolved(NamedSpan span, String value) {
    return new TimeExpression(span.begin(), span.end(), span.text(), span.type(), value, true,
        null);
  }

  /** Midnight with a day: the clock time SUTime gives as the day's first moment. */
  private static final Pattern DAY_AT_MIDNIGHT = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)T00:00");

  /** Midnight as the start of what follows it: "after midnight", "since midnight Friday". */
  private static final Pattern FROM_MIDNIGHT =
      Pattern.compile("(?i)\\b(after|past|since|from)\\s+midnight\\b");

  /**
   * "Midnight Friday", "shortly before midnight on Monday" end that day (TimeML's {@code T24}), not
   * begin it; "after", "past", "since" and "from midnight" are left as the morning's first moment.
   */
  static String endOfDay(String text, String value) {
    Matcher m = DAY_AT_MIDNIGHT.matcher(value);
    return m.matches() && text.toLowerCase(Locale.ROOT).contains("midnight")
        && !FROM_MIDNIGHT.matcher(text).find() ? m.group(1) + "T24" : value;
  }

  private static TimeExpression unresolved(NamedSpan span, @Nullable String value, String reason) {
    return new TimeExpression(span.begin(), span.end(), span.text(), span.type(), value, false,
        reason);
  }

  static YearMonth pickMonth(YearMonth published, int month, Tense tense) {
    YearMonth same = YearMonth.of(published.getYear(), month);
    return switch (tense) {
      case PAST -> same.isAfter(published) ? same.minusYears(1) : same;
      case FUTURE -> same.isBefore(published) ? same.plusYears(1) : same;
      case OTHER -> {
        YearMonth best = same;
        for (YearMonth c : List.of(same.minusYears(1), same.plusYears(1))) {
          if (Math.abs(monthsBetween(c, published)) < Math.abs(monthsBetween(best, published))) {
            best = c;
          }
        }
        yield best;
      }
    };
  }

  private static long monthsBetween(YearMonth a, YearMonth b) {
    return (a.getYear() - b.getYear()) * 12L + a.getMonthValue() - b.getMonthValue();
  }

  private static final Pattern WEEKDAY_NAME = Pattern.compile(
      "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

  /**
   * "Tuesday, March 3": of the years around publication, the nearest in which the day falls on
   * the weekday the text names (SUTime keeps the day and drops the weekday); null when the text
   * names none, or no such year is near.
   */
  static @Nullable LocalDate onItsWeekday(String text, LocalDate published, int month, int day) {
    Matcher w = WEEKDAY_NAME.matcher(text);
    if (!w.find()) {
      return null;
    }
    DayOfWeek dow = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
    return closestYear(published, y -> {
      try {
        LocalDate d = LocalDate.of(y, month, day);
        return d.getDayOfWeek() == dow ? d : null;
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }, Tense.OTHER);
  }

  static @Nullable LocalDate pickDay(LocalDate published, int month, int day, Tense tense) {
    LocalDate byTense = closestDay(published, month, day, tense);
    LocalDate nearest = closestDay(published, month, day, Tense.OTHER);
    // a day written without its year is rarely more than half a year away in news ("payable
    // Nov. 20" after "declared": the tense is the declaration's, the date is weeks ahead)
    if (byTense != null && nearest != null
        && Math.abs(byTense.toEpochDay() - published.toEpochDay()) > 183
        && Math.abs(nearest.toEpochDay() - published.toEpochDay()) <= 60) {
      return nearest;
    }
    return byTense;
  }

  private static @Nullable LocalDate closestDay(LocalDate published, int month, int day,
      Tense tense) {
    return closestYear(published, y -> {
      try {
        return LocalDate.of(y, month, day);
      } catch (java.time.DateTimeException e) {
        return null; // no February 29 that year
      }
    }, tense);
  }

  /**
   * Of a day's occurrences in the year before, of and after publication ({@code inYear} gives
   * the one of a year, or null where there is none), the nearest the tense allows: on or before
   * publication in past tense, on or after in future tense. Null when the tense allows none.
   */
  static @Nullable LocalDate closestYear(LocalDate published,
      java.util.function.IntFunction<@Nullable LocalDate> inYear, Tense tense) {
    return closestYear(published, inYear, tense, 1);
  }

  /** As {@link #closestYear(LocalDate, java.util.function.IntFunction, Tense)}, over {@code years} either side. */
  static @Nullable LocalDate closestYear(LocalDate published,
      java.util.function.IntFunction<@Nullable LocalDate> inYear, Tense tense, int years) {
    LocalDate best = null;
    for (int y = published.getYear() - years; y <= published.getYear() + years; y++) {
      LocalDate c = inYear.apply(y);
      if (c == null) {
        continue;
      }
      boolean allowed = switch (tense) {
        case PAST -> !c.isAfter(published);
        case FUTURE -> !c.isBefore(published);
        case OTHER -> true;
      };
      if (!allowed) {
        continue;
      }
      if (best == null || Math.abs(c.toEpochDay() - published.toEpochDay())
          < Math.abs(best.toEpochDay() - published.toEpochDay())) {
        best = c;
      }
    }
    return best;
  }

  /** A weekday without a date: the last one in past tense, the next in future tense. */
  static LocalDate weekday(LocalDate published, DayOfWeek dow, Tense tense) {
    return switch (tense) {
      case PAST -> published.with(TemporalAdjusters.previousOrSame(dow));
      case FUTURE -> published.with(TemporalAdjusters.nextOrSame(dow));
      case OTHER -> nearest(published, dow);
    };
  }

  private static LocalDate nearest(LocalDate published, DayOfWeek dow) {
    LocalDate before = published.with(TemporalAdjusters.previousOrSame(dow));
    LocalDate after = published.with(TemporalAdjusters.nextOrSame(dow));
    return published.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - published.toEpochDay()
        ? before : after;
  }

  /**
   * The tense of the clause around a span, from the nearest verb that is not a speech verb (in
   * "said it would close on Jan. 14" the date belongs to "close"): future after will, would,
   * shall, 'll or "going to", or with "next"; past for a past form; else other.
   */
  static Tense tense(Sentence sentence, NamedSpan span) {
    List<Token> tokens = sentence.tokens();
    for (int i = Math.max(0, span.firstToken() - 1); i <= span.lastToken() && i < tokens.size(); i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (w.equals("next") || w.equals("upcoming") || w.equals("coming")) {
        return Tense.FUTURE;
      }
    }
    return verbTense(sentence, span);
  }

  /** Verbs whose infinitive looks ahead: "hopes to win in November", "plans to vote in March". */
  private static final java.util.Set<String> INTENT = java.util.Set.of("hope", "plan", "want",
      "intend", "expect", "aim", "seek", "vow", "promise", "pledge", "prepare", "threaten",
      "wish", "try", "mean");

  /** Words that put an infinitive on a timetable: "is scheduled to close", "is due to meet". */
  private static final java.util.Set<String> SCHEDULED = java.util.Set.of("scheduled", "set",
      "slated", "due", "poised", "expected", "supposed");

  /**
   * Whether the words ending at {@code i} put the infinitive after them on a timetable in the
   * present: "is", "are" ("is to resume"), or one of them before "scheduled", "set", "due" ….
   */
  private static boolean scheduled(List<Token> tokens, int i) {
    if (i < 0) {
      return false;
    }
    String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
    if (w.matches("is|are|am|'s|'re")) {
      return true;
    }
    return SCHEDULED.contains(w) && i > 0
        && tokens.get(i - 1).word().toLowerCase(Locale.ROOT).matches("is|are|am|'s|'re");
  }

  /** The tense of the verb a span belongs to, whatever words of time the span holds. */
  static Tense verbTense(Sentence sentence, NamedSpan span) {
    List<Token> tokens = sentence.tokens();
    // "ahead of Sunday's match": what is awaited
    if (span.firstToken() > 1 && tokens.get(span.firstToken() - 1).word().equalsIgnoreCase("of")
        && tokens.get(span.firstToken() - 2).word().equalsIgnoreCase("ahead")) {
      return Tense.FUTURE;
    }
    // "back in February": a look back
    if (span.firstToken() > 1 && tokens.get(span.firstToken() - 1).word().matches("(?i)in|on")
        && tokens.get(span.firstToken() - 2).word().equalsIgnoreCase("back")) {
      return Tense.PAST;
    }
    // "since entering the race in February", "Since losing the election in March, he has …":
    // what happened since a time happened before now
    for (int i = span.firstToken() - 1; i >= 0 && i >= span.firstToken() - 8; i--) {
      Token t = tokens.get(i);
      if (t.word().equalsIgnoreCase("since")) {
        return Tense.PAST;
      }
      if (t.pos().matches("VBD|VBZ|VBP|MD")) {
        break;
      }
    }
    // "said on Thursday", "told reporters on Monday", "said on Fox News in June": the date
    // belongs to the speech act
    for (int i = span.firstToken() - 1; i >= 0 && i >= span.firstToken() - 6; i--) {
      Token t = tokens.get(i);
      if (t.isVerb()) {
        if (Cues.VERBS.containsKey(t.lemma().toLowerCase(Locale.ROOT))
            && (t.pos().equals("VBD") || t.pos().equals("VBN"))) {
          return Tense.PAST;
        }
        break;
      }
      if (!(t.pos().equals("IN") || t.pos().startsWith("NN") || t.pos().equals("DT")
          || t.pos().equals("PRP"))) {
        break;
      }
    }
    // "On Tuesday, the office said it would …", "And in June, the State Department confirmed
    // …": a time opening the sentence before its speaker and a speech verb dates the speech
    boolean opening = true;
    for (int i = 0; i < span.firstToken(); i++) {
      opening &= tokens.get(i).pos().matches("IN|CC|RB|,|``|DT");
    }
    for (int i = span.lastToken() + 1; opening && i < tokens.size()
        && i <= span.lastToken() + 7; i++) {
      Token t = tokens.get(i);
      if (t.isVerb()) {
        if (Cues.VERBS.containsKey(t.lemma().toLowerCase(Locale.ROOT))
            && t.pos().equals("VBD")) {
          return Tense.PAST;
        }
        break;
      }
      if (!t.pos().matches(",|DT|NNP?S?|JJ|POS|PRP\\$?|CD")) {
        break;
      }
    }
    Token nearest = null;
    int distance = Integer.MAX_VALUE;
    for (Token t : tokens) {
      // a speech verb reporting ("said it would close on Jan. 14") is not the date's verb; one
      // in the infinitive or the present is ("supposed to conclude by May", "decided to admit
      // them in March")
      if (t.isVerb() && !(Cues.VERBS.containsKey(t.lemma().toLowerCase(Locale.ROOT))
          && (t.pos().equals("VBD") || t.pos().equals("VBN")))) {
        int d = t.index() < span.firstToken() ? span.firstToken() - t.index()
            : t.index() - span.lastToken();
        if (d > 0 && d < distance) {
          distance = d;
          nearest = t;
        }
      }
    }
    if (nearest == null) {
      // no verb but speech verbs ("Early one morning in March, she showed up"): theirs
      for (Token t : tokens) {
        if (t.isVerb() && (t.pos().equals("VBD") || t.pos().equals("VBN"))) {
          return Tense.PAST;
        }
      }
      return Tense.OTHER;
    }
    for (int i = nearest.index() - 1; i >= 0 && i >= nearest.index() - 4; i--) {
      Token t = tokens.get(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.pos().equals("MD")) {
        return w.equals("will") || w.equals("would") || w.equals("shall") || w.equals("'ll")
            || w.equals("wo") ? Tense.FUTURE : Tense.OTHER;
      }
      if (w.equals("to") && i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("going")) {
        return Tense.FUTURE;
      }
    }
    int to = nearest.index() - 1;
    if (nearest.pos().equals("VB") && to > 0 && tokens.get(to).word().equalsIgnoreCase("to")
        && scheduled(tokens, to - 1)) {
      return Tense.FUTURE; // "is to resume trading Tuesday", "is scheduled to close Monday"
    }
    if (nearest.pos().equals("VB") && to > 0 && tokens.get(to).word().equalsIgnoreCase("to")
        && tokens.get(to - 1).pos().matches("VBZ|VBP")
        && INTENT.contains(tokens.get(to - 1).lemma().toLowerCase(Locale.ROOT))) {
      return Tense.FUTURE; // "hopes to win on Election Day", "plans to vote in March"
    }
    if (nearest.pos().equals("VBG")) {
      // "had been rising in February", "was meeting in May": a past progressive
      for (int i = nearest.index() - 1; i >= 0 && i >= nearest.index() - 3; i--) {
        String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
        if (w.matches("had|was|were")) {
          return Tense.PAST;
        }
        if (!(tokens.get(i).pos().equals("RB") || w.equals("been"))) {
          break; // not "was seen wearing a mask ahead of Sunday's match"
        }
      }
    }
    if (nearest.pos().equals("VBN")) {
      // "when the case is heard in May": the present passive, not a past
      for (int i = nearest.index() - 1; i >= 0 && i >= nearest.index() - 2; i--) {
        String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
        if (w.matches("is|are|am|'re|be|being")) {
          return Tense.OTHER;
        }
        if (!tokens.get(i).pos().equals("RB")) {
          break;
        }
      }
    }
    return nearest.pos().equals("VBD") || nearest.pos().equals("VBN") ? Tense.PAST : Tense.OTHER;
  }
}
