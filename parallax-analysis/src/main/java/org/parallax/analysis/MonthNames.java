package org.parallax.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.model.nlp.NamedSpan;
import org.parallax.model.nlp.Token;

/**
 * Months that are names: "Theresa May", "Prime Minister May", "Jan Kavan", "April Ryan". The time
 * tagger reads every capitalised month as a month (a Brexit story had Theresa May dated to May of
 * its year in every other sentence), and the entity resolver reads a known person's surname in
 * "in May" as the person. Which one a month word is follows from the words around it.
 */
final class MonthNames {
  private MonthNames() {}

  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
      "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /**
   * Words before a month that make it the month: "in May", "since April", "last June", "early
   * March", "the end of May". Not "by", "to", "from", "after" or "before", which stand before a
   * person as often ("a speech by May", "a letter from May", "after May resigned").
   */
  private static final Set<String> DATE_BEFORE = Set.of("in", "on", "since", "until", "till",
      "through", "throughout", "during", "of", "last", "next", "this", "early", "late", "mid",
      "between", "each", "every");

  static boolean isMonth(Token t) {
    return MONTHS.contains(t.word().toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /** Words that join two months: "April and May", "March to June", "April, May". */
  private static final Set<String> BETWEEN_MONTHS = Set.of("and", "or", "to", "through", ",",
      "-", "–", "—");

  /**
   * Whether the month word at {@code i} reads as a month by what stands around it: a word before
   * it that dates ("in May", "last April"), a number after it ("May 5", "June 2019"), or another
   * month joined to it ("dates in April and May").
   */
  static boolean datedByContext(List<Token> t, int i) {
    return i > 0 && DATE_BEFORE.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT))
        || i + 1 < t.size() && t.get(i + 1).pos().equals("CD")
        || i > 1 && BETWEEN_MONTHS.contains(t.get(i - 1).word()) && isMonth(t.get(i - 2));
  }

  /**
   * Whether a span the time tagger found is a person's name: every word of it tagged a person by
   * the entity tagger ("Jan" of "Jan Kavan", "May" of "Theresa May"), or a month after a title
   * ("Prime Minister May", "Mrs May") or before a person's name ("April Ryan asked"), or the end
   * or the start of a name ("the Azadi March", "the March for Life", "the March on Washington")
   * — unless what stands around it dates it ("In April Trump
   * said", "May 5").
   */
  static boolean isName(List<Token> t, NamedSpan span) {
    int first = span.firstToken();
    int last = span.lastToken();
    if (first == last && t.get(first).word().equals("Jan") && last + 1 < t.size()
        && (first == 0 || !DATE_BEFORE.contains(t.get(first - 1).word().toLowerCase(Locale.ROOT))
            || t.get(first - 1).word().equalsIgnoreCase("of"))
        && (t.get(last + 1).ner().equals("PERSON") || t.get(last + 1).pos().equals("NNP")
            && !isMonth(t.get(last + 1)) && !(last + 2 < t.size()
                && t.get(last + 2).pos().startsWith("NNP")))
        && Character.isUpperCase(t.get(last + 1).word().charAt(0))) {
      // "after the killing of Jan Veltrak": a given name (the month is "Jan." or dated: "In Jan
      // Trump signed"; the other abbreviations are no names: "Oct Nonfarm Payrolls +128,000" is
      // a table's month, and so is "Jan Retail Sales")
      return true;
    }
    if (datedByContext(t, first)) {
      return false;
    }
    boolean person = true;
    for (int i = first; i <= last; i++) {
      person &= t.get(i).ner().equals("PERSON");
    }
    if (person) {
      return true;
    }
    if (first != last || !isMonth(t.get(first))
        || !Character.isUpperCase(t.get(first).word().charAt(0))) {
      return false;
    }
    return first > 0 && EntityResolver.isTitle(t.get(first - 1))
        || last + 1 < t.size() && t.get(last + 1).ner().equals("PERSON")
            && Character.isUpperCase(t.get(last + 1).word().charAt(0))
        || first > 0 && t.get(first).word().equals("March") && endsAName(t.get(first - 1))
        || t.get(first).word().equals("March") && last + 2 < t.size()
            && t.get(last + 1).word().matches("for|on|against|to")
            && Character.isUpperCase(t.get(last + 2).word().charAt(0))
            && !isMonth(t.get(last + 2));
  }

  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday");

  /**
   * A proper noun before "March" that no number follows makes it the end of a name: the "Azadi
   * March", the "Selma March" (not "Tuesday, March 3", which a number dates anyway). Only March
   * is also a walk: "U.S. Oct payrolls" is October's.
   */
  private static boolean endsAName(Token before) {
    return before.pos().startsWith("NNP") && Character.isUpperCase(before.word().charAt(0))
        && !isMonth(before) && !WEEKDAYS.contains(before.word().toLowerCase(Locale.ROOT));
  }
}
