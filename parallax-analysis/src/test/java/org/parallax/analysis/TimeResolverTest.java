package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.analysis.TimeExpression;
import org.parallax.model.nlp.NamedSpan;
import org.parallax.model.nlp.Sentence;
import org.parallax.model.nlp.Token;

/** Resolution rules on hand-built sentences (word/POS pairs), no parser needed. */
class TimeResolverTest {
  static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 10); // a Thursday

  /** A sentence from "word/POS" pairs; the span covers tokens [first, last]. */
  static TimeExpression resolve(String tagged, int first, int last, String value, String alt,
      LocalDate published) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    String[] parts = tagged.split(" ");
    for (int i = 0; i < parts.length; i++) {
      String[] wp = parts[i].split("/");
      tokens.add(new Token(i, offset, offset + wp[0].length(), wp[0], wp[0].toLowerCase(java.util.Locale.ROOT), wp[1], "O"));
      offset += wp[0].length() + 1;
    }
    Sentence s = new Sentence(0, 0, offset, tokens, List.of());
    StringBuilder text = new StringBuilder();
    for (int i = first; i <= last; i++) {
      text.append(i > first ? " " : "").append(tokens.get(i).word());
    }
    NamedSpan span = new NamedSpan(0, first, last, tokens.get(first).begin(),
        tokens.get(last).end(), text.toString(), "DATE", value, alt);
    return TimeResolver.resolve(span, s, published, null);
  }

  @Test
  void monthWithoutYearInPastTenseIsTheLatestBeforePublication() {
    TimeExpression t = resolve("They/PRP traveled/VBD in/IN September/NNP ./.", 3, 3, "XXXX-09",
        null, PUBLISHED);
    assertThat(t.value()).isEqualTo("2024-09");
    assertThat(t.resolved()).isTrue();
    // November in a past-tense sentence published in October: last year's November
    assertThat(resolve("It/PRP fell/VBD in/IN November/NNP", 3, 3, "XXXX-11", null, PUBLISHED)
        .value()).isEqualTo("2023-11");
  }

  @Test
  void monthInFutureTenseIsTheNextOne() {
    assertThat(resolve("Talks/NNS will/MD resume/VB in/IN March/NNP", 4, 4, "XXXX-03", null,
        PUBLISHED).value()).isEqualTo("2025-03");
    // the date belongs to "close", not to the speech verb "said"
    assertThat(resolve("He/PRP said/VBD it/PRP would/MD close/VB on/IN December/NNP 1/CD", 6, 7,
        "XXXX-12-01", null, PUBLISHED).value()).isEqualTo("2024-12-01");
  }

  @Test
  void dayAndWeekdayFollowTense() {
    assertThat(resolve("On/IN August/NNP 20/CD they/PRP sent/VBD a/DT letter/NN", 1, 2,
        "XXXX-08-20", null, PUBLISHED).value()).isEqualTo("2024-08-20");
    assertThat(resolve("They/PRP met/VBD Thursday/NNP", 2, 2, "XXXX-WXX-4", null, PUBLISHED)
        .value()).isEqualTo("2024-10-10");
    assertThat(resolve("They/PRP met/VBD Monday/NNP", 2, 2, "XXXX-WXX-1", null, PUBLISHED)
        .value()).isEqualTo("2024-10-07");
  }

  @Test
  void relativeExpressionsCountFromPublication() {
    assertThat(resolve("Mali/NNP last/JJ year/NN broke/VBD off/RP ties/NNS", 1, 2, null,
        "THIS P1Y OFFSET P-1Y", PUBLISHED).value()).isEqualTo("2023");
    assertThat(resolve("It/PRP rained/VBD yesterday/NN", 2, 2, "OFFSET P-1D", null, PUBLISHED)
        .value()).isEqualTo("2024-10-09");
    assertThat(resolve("Sales/NNS rose/VBD in/IN the/DT third/JJ quarter/NN", 3, 5, "XXXX-Q3",
        null, PUBLISHED).value()).isEqualTo("2024-Q3");
  }

  @Test
  void keepsRelativeExpressionsUnresolvedWithoutAPublicationDate() {
    TimeExpression t = resolve("At/IN a/DT meeting/NN Thursday/NNP they/PRP met/VBD", 3, 3,
        "XXXX-WXX-4", null, null);
    assertThat(t.resolved()).isFalse();
    assertThat(t.value()).isEqualTo("XXXX-WXX-4");
    assertThat(t.reason()).isEqualTo("no publication date to anchor 'Thursday'");
    assertThat(resolve("Mali/NNP last/JJ year/NN broke/VBD", 1, 2, null, "THIS P1Y OFFSET P-1Y",
        null).resolved()).isFalse();
  }

  @Test
  void fullDatesNeedNoAnchor() {
    TimeExpression t = resolve("In/IN November/NNP 2023/CD Kidal/NNP fell/VBD", 1, 2, "2023-11",
        null, null);
    assertThat(t.value()).isEqualTo("2023-11");
    assertThat(t.resolved()).isTrue();
  }

  @Test
  void regressionBillionsOfYearsStayUnresolvedInsteadOfOverflowing() {
    TimeExpression t = resolve("It/PRP formed/VBD 13.8/CD billion/CD years/NNS ago/RB", 2, 5,
        "OFFSET P-2147483647Y", null, PUBLISHED);
    assertThat(t.resolved()).isFalse();
    assertThat(t.reason()).startsWith("value out of range");
  }

  @Test
  void regressionDateRightAfterASpeechVerbTakesItsTense() {
    // published on a Thursday; "said on Tuesday" is the Tuesday before, whatever the clause says
    assertThat(resolve("He/PRP said/VBD on/IN Tuesday/NNP talks/NNS will/MD resume/VB", 3, 3,
        "XXXX-WXX-2", null, PUBLISHED).value()).isEqualTo("2024-10-08");
  }

  @Test
  void nowIsUnresolvedWithoutAPublicationDate() {
    assertThat(resolve("It/PRP is/VBZ now/RB over/RB", 2, 2, "PRESENT_REF", null, null).resolved())
        .isFalse();
    assertThat(resolve("It/PRP is/VBZ now/RB over/RB", 2, 2, "PRESENT_REF", null, PUBLISHED)
        .value()).isEqualTo("PRESENT_REF");
  }

  @Test
  void compositeValuesResolveAgainstPublication() {
    // published Thursday 2024-10-10
    assertThat(resolve("They/PRP met/VBD Tuesday/NNP night/NN", 2, 3, "XXXX-WXX-2TNI", null,
        PUBLISHED).value()).isEqualTo("2024-10-08TNI");
    assertThat(resolve("They/PRP met/VBD at/IN 9/CD a.m./NN EST/NNP Tuesday/NNP", 3, 6, null,
        "XXXX-WXX-2T09:00-0500", PUBLISHED).value()).isEqualTo("2024-10-08T09:00");
    // "last Friday": the Friday of the week before
    assertThat(resolve("They/PRP met/VBD last/JJ Friday/NNP", 2, 3, null,
        "XXXX-WXX-5 OFFSET P-1W", PUBLISHED).value()).isEqualTo("2024-10-04");
    assertThat(resolve("Sales/NNS fell/VBD in/IN June/NNP last/JJ year/NN", 3, 5, null,
        "THIS P1Y OFFSET P-1Y INTERSECT XXXX-06", PUBLISHED).value()).isEqualTo("2023-06");
    assertThat(resolve("Talks/NNS ended/VBD this/DT morning/NN", 2, 3, null, "THIS MO",
        PUBLISHED).value()).isEqualTo("2024-10-10TMO");
    assertThat(resolve("It/PRP rained/VBD last/JJ night/NN", 2, 3, null, "TNI OFFSET P-1D",
        PUBLISHED).value()).isEqualTo("2024-10-09TNI");
    assertThat(resolve("in/IN this/DT century/NN", 1, 2, null, "THIS P100Y", PUBLISHED).value())
        .isEqualTo("20");
    assertThat(resolve("They/PRP met/VBD on/IN Thanksgiving/NNP", 3, 3, "THANKSGIVING", null,
        PUBLISHED).value()).isEqualTo("2023-11-23");
    assertThat(resolve("They/PRP met/VBD at/IN Easter/NNP", 3, 3, "EASTER", null, PUBLISHED)
        .value()).isEqualTo("2024-03-31");
    assertThat(resolve("They/PRP met/VBD over/IN the/DT weekend/NN", 3, 4, "XXXX-WE", null,
        PUBLISHED).value()).isEqualTo("2024-W40-WE");
  }

  @Test
  void vagueStretchesAreDurationsOrReferences() {
    TimeExpression decade = resolve("Prices/NNS fell/VBD over/IN the/DT past/JJ decade/NN", 3, 5,
        null, "PREV_IMMEDIATE P10Y", PUBLISHED);
    assertThat(decade.value()).isEqualTo("P10Y");
    TimeExpression coming = resolve("It/PRP will/MD grow/VB in/IN the/DT coming/VBG years/NNS", 4,
        6, null, "NEXT_IMMEDIATE P1Y", PUBLISHED);
    assertThat(coming.value()).isEqualTo("FUTURE_REF");
    assertThat(coming.resolved()).isFalse();
  }

  @Test
  void aDayWithoutItsYearIsRarelyHalfAYearAway() {
    // the past-tense "declared" would put Nov. 1 in 2023; a payment date weeks ahead is meant
    assertThat(resolve("It/PRP declared/VBD a/DT dividend/NN payable/JJ Nov./NNP 1/CD", 5, 6,
        "XXXX-11-01", null, PUBLISHED).value()).isEqualTo("2024-11-01");
    // but a past-tense day within half a year stays in the past
    assertThat(resolve("On/IN August/NNP 20/CD they/PRP sent/VBD a/DT letter/NN", 1, 2,
        "XXXX-08-20", null, PUBLISHED).value()).isEqualTo("2024-08-20");
  }

  @Test
  void yearsAgoCountFromPublicationWhateverTheTextTalkedAbout() {
    List<Token> tokens = new ArrayList<>();
    String[] words = {"He", "left", "four", "years", "ago"};
    String[] tags = {"PRP", "VBD", "CD", "NNS", "RB"};
    int offset = 0;
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(i, offset, offset + words[i].length(), words[i],
          words[i].toLowerCase(java.util.Locale.ROOT), tags[i], "O"));
      offset += words[i].length() + 1;
    }
    Sentence s = new Sentence(0, 0, offset, tokens, List.of());
    NamedSpan span = new NamedSpan(0, 2, 4, tokens.get(2).begin(), tokens.get(4).end(),
        "four years ago", "DATE", null, "OFFSET P-4Y");
    assertThat(TimeResolver.resolve(span, s, PUBLISHED, null, "2024-03").value())
        .isEqualTo("2020");
  }

  @Test
  void regressionNoSuchDayStaysUnresolvedInsteadOfThrowing() {
    // published 2024-10-10: "Feb. 29 last year" would be 2023-02-29
    TimeExpression t = resolve("It/PRP opened/VBD on/IN Feb./NNP 29/CD last/JJ year/NN", 3, 6,
        null, "THIS P1Y OFFSET P-1Y INTERSECT XXXX-02-29", PUBLISHED);
    assertThat(t.resolved()).isFalse();
    assertThat(t.reason()).startsWith("value out of range");
  }

  @Test
  void pluralUnitsAgoWithNoCountAreAVaguePast() {
    // "should have been killed many years ago", the parser's span without "many"
    TimeExpression t = resolve("killed/VBN many/JJ years/NNS ago/RB", 2, 3, null,
        "OFFSET P-1Y", PUBLISHED);
    assertThat(t.value()).isEqualTo("PAST_REF");
    assertThat(t.resolved()).isFalse();
  }
}
