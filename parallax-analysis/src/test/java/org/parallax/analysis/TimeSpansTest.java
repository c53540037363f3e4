package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.analysis.TimeExpression;

/**
 * What the time tagger finds in running text, through the real CoreNLP pipeline: which spans are
 * times at all, and the values of the ones that need the whole text (fictional sentences).
 */
class TimeSpansTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 10); // a Thursday

  private static List<String> values(String text) {
    return SharedAnalyzer.get().timesOnly(text, PUBLISHED).stream()
        .map(t -> t.text() + "=" + t.value()).toList();
  }

  @Test
  void midnightWithADayEndsThatDay() {
    assertThat(values("The polls closed at midnight Friday.")).containsExactly(
        "midnight Friday=2024-10-04T24");
    assertThat(TimeResolver.endOfDay("just after midnight Friday", "2024-10-04T00:00"))
        .isEqualTo("2024-10-04T00:00");
    assertThat(TimeResolver.endOfDay("Friday", "2024-10-04T00:00")).isEqualTo("2024-10-04T00:00");
    assertThat(TimeResolver.endOfDay("since midnight Friday", "2024-10-04T00:00"))
        .isEqualTo("2024-10-04T00:00");
    // no day in the text: the midnight before the day of writing
    assertThat(values("Police raided the house at midnight.")).containsExactly(
        "midnight=2024-10-10T00:00");
  }

  @Test
  void aSeasonInANameIsNoTime() {
    assertThat(values("Protests spread from the Arab Spring to Silver Spring, and the town held"
        + " its festival in the spring."))
        .containsExactly("spring=2024-SP");
  }

  @Test
  void halfACenturyAgoIsFiftyYearsAgo() {
    assertThat(values("The riots were the worst since the killing of the mayor more than half a"
        + " century ago. Half a decade ago the port closed; half a year ago it reopened."))
        .containsExactly("half a century ago=1974", "Half a decade ago=2019",
            "half a year ago=2024-04");
  }

  @Test
  void agesRatesFractionsAndAcronymsAreNotTimes() {
    assertThat(values("The 6-year-old boy and his 52 years old father earn $5 a day, the SEC"
        + " said, and won three-quarters of the vote. The board raised the quarterly dividend."))
        .isEmpty();
  }

  @Test
  void aPartOfTheDayBeforeAThingAndAFallThatIsADropAreNoTimes() {
    assertThat(values("The late night host mocked the morning show. After a sudden fall in"
        + " prices and the fall of the old guard, trading resumed in the fall of 2019."))
        .containsExactly("the fall of 2019=2019-FA");
    assertThat(values("The fall came as Varga met the bankers at the palace.")).isEmpty();
  }

  @Test
  void futureBeforeAThingIsAKindOfThingButBeforeAUnitATime() {
    assertThat(values("The reserves cover future payments, and the port plans future"
        + " dredging; losses will shrink in future quarters."))
        .containsExactly("future=FUTURE_REF");
  }

  @Test
  void presentIsATimeOnlyAsTheNoun() {
    assertThat(values("The minister will present the report; envoys were present at the"
        + " ceremony. At present the port is shut, as it has been from 1990 to the present."))
        .containsExactly("present=PRESENT_REF", "1990=1990", "present=PRESENT_REF");
  }

  @Test
  void laterAndTheNextDayCountFromTheTimeTheStoryTalksAbout() {
    // published Thursday 2024-10-10
    assertThat(values("The dam at Orlen opened in 1998. A decade later, it cracked. On Tuesday"
        + " the agency said it would reopen the port. The next day, the minister resigned."
        + " Three days earlier, the engineers had warned him."))
        .containsExactly("1998=1998", "A decade later=2008", "Tuesday=2024-10-08",
            "The next day=2024-10-09", "Three days earlier=2024-10-06");
  }

  @Test
  void regressionANarrativeOffsetBeyondAnyCalendarIsUnresolvedNotAFailure() {
    // "A billion years later" counted from 1999 overflowed the year and failed the article
    List<TimeExpression> times = SharedAnalyzer.get().timesOnly("The dam opened in 1999. A"
        + " billion years later the sun died.", PUBLISHED);
    assertThat(times).extracting(t -> t.text() + "=" + t.resolved())
        .containsExactly("1999=true", "billion years later=false");
    assertThat(times.get(1).reason()).contains("out of range");
  }

  @Test
  void anOffsetFromATimeTheTextDoesNotGiveIsUnresolved() {
    List<TimeExpression> times = SharedAnalyzer.get().timesOnly("The next month, the envoys"
        + " were invited to Tarsk. Weeks later the talks collapsed. Over the next year the port"
        + " will hire 200 dockers.", PUBLISHED);
    assertThat(times).extracting(t -> t.text() + "=" + t.resolved()).containsExactly(
        "The next month=false", "Weeks later=false", "the next year=true");
    assertThat(times.get(0).reason()).contains("counts from a time the text does not give");
    assertThat(times.get(2).value()).as("a sentence about the future counts from now")
        .isEqualTo("2025");
  }

  @Test
  void aTimeOpeningASentenceBeforeItsSpeakerDatesTheSpeech() {
    // "would reopen" is the nearest verb, but Saturday is when the agency spoke
    assertThat(values("On Saturday morning, the governor said the port would reopen."))
        .containsExactly("Saturday morning=2024-10-05TMO");
  }

  @Test
  void sinceAndASpeechVerbLookBack() {
    // published 2024-10-10: each month is the one before publication, not the one after
    assertThat(values("The mayor has toured the docks since entering the race in December."
        + " \"They will flood the port,\" the mayor said on Radio Orlen in November. Early one"
        + " morning in December, a ferry showed up at the pier."))
        .containsExactly("December=2023-12", "November=2023-11", "morning in December=2023-12");
  }

  @Test
  void aPresentPassiveOrASpeechVerbInTheInfinitiveLooksAhead() {
    // published 2024-10-10: next month, not last year's
    assertThat(values("The families will wait until the appeal is heard in November. The talks,"
        + " which are supposed to conclude by November, resumed. The alliance has decided to"
        + " admit Ardena in early November. The envoys were deemed to present a threat."))
        .containsExactly("November=2024-11", "November=2024-11", "early November=2024-11");
  }

  @Test
  void anInfinitiveOnATimetableLooksAhead() {
    // published Thursday 2024-10-10: the coming Monday, not the last one
    assertThat(values("The sale is scheduled to close Monday. The board is to meet Monday."
        + " The sale was completed Monday."))
        .containsExactly("Monday=2024-10-14", "Monday=2024-10-14", "Monday=2024-10-07");
  }

  @Test
  void weekdaysBackInAndAheadOfDecideTheYear() {
    // published Thursday 2024-10-10; March 4 is a Tuesday in 2025, not in 2024
    assertThat(values("Protests are planned for Tuesday, March 4. Dock wages had been rising"
        + " back in February. The striker was seen training ahead of Sunday's match. The cleric"
        + " led the Tarsk March."))
        .containsExactly("Tuesday, March 4=2025-03-04", "February=2024-02", "Sunday=2024-10-13");
  }

  @Test
  void lowerCaseMayAndMarchAreNoMonths() {
    assertThat(values("The mayor's greatest gift this year may be patience; the dockers planned"
        + " an Oct. 31 march."))
        .containsExactly("this year=2024", "Oct. 31=2024-10-31");
  }

  @Test
  void partsOfMonthsAndYearsWrittenAsOneWord() {
    assertThat(values("The ferry resumed in mid-March and the port will reopen in early-2025;"
        + " the envoy stayed at his Mar-a-Vista villa."))
        .containsExactly("mid-March=2024-03", "2025=2025");
  }

  @Test
  void aMonthsLongDisputeLastsMonthsNotOne() {
    assertThat(values("The talks deepened a months-long dispute and a years-long feud."))
        .containsExactly("months-long=PXM", "years-long=PXY");
  }

  @Test
  void daysOfTheNewsCalendarAreDatedByTheirRule() {
    // published Thursday 2024-10-10; SUTime read "Super Tuesday" as a Tuesday and "Election
    // Day" as a day's duration
    assertThat(values("Voters go to the polls on Election Day. Senator Vell won big on Super"
        + " Tuesday and will speak on Inauguration Day. Stores will open on Black Friday. The 2016"
        + " Election Day was close, and so was Super Tuesday 2016. The vote on Election Day next"
        + " year matters too."))
        .containsExactly("Election Day=2024-11-05", "Super Tuesday=2024-03-05",
            "Inauguration Day=2025-01-20", "Black Friday=2024-11-29",
            "2016 Election Day=2016-11-08", "Super Tuesday 2016=2016-03-01",
            "Election Day next year=2025-11-04");
  }

  @Test
  void seasonsQuartersDecadesAndWeekendsAreResolved() {
    // published Thursday 2024-10-10
    assertThat(values("In the late summer of 2006 the mill closed; output fell in the fourth"
        + " quarter of 2008. The rules changed in the '90s. The dockers struck last weekend and"
        + " will rally this weekend."))
        .containsExactly("the late summer of 2006=2006-SU", "the fourth quarter of 2008=2008-Q4",
            "the '90s=199", "last weekend=2024-W40-WE", "this weekend=2024-W41-WE");
    assertThat(values("It was essential that the port reopened by this weekend."))
        .as("this weekend is the week's own whatever the tense")
        .containsExactly("this weekend=2024-W41-WE");
  }

  @Test
  void aHolidayKeepsItsDay() {
    assertThat(values("The parade was held on Thanksgiving Day."))
        .containsExactly("Thanksgiving Day=2023-11-23");
  }

  @Test
  void aYearAgoComparesWithTheQuarterTalkedAbout() {
    // both "a year ago" count from the third quarter, not from each other
    assertThat(values("Orlen Widgets earned $2 million in the third quarter, up from $1 million"
        + " a year ago. Sales rose to $9 million from $8 million a year ago."))
        .containsExactly("the third quarter=2024-Q3", "a year ago=2023-Q3", "a year ago=2023-Q3");
  }

  @Test
  void thatYearIsTheYearTalkedAbout() {
    assertThat(values("The plant opened in March 2019. Exports doubled that year."))
        .contains("year=2019");
  }

  @Test
  void theYearQuarterIsThatYearsQuarterInFocus() {
    assertThat(values("Orlen Widgets earned $2 million in the third quarter, against $1 million"
        + " in the 2021 quarter."))
        .containsExactly("the third quarter=2024-Q3", "the 2021 quarter=2021-Q3");
  }

  @Test
  void theLatestQuarterAndDecades() {
    assertThat(values("Orlen Widgets earned $2 million in the third quarter. Sales in the latest"
        + " quarter were the best since the 1970s."))
        .containsExactly("the third quarter=2024-Q3", "the latest quarter=2024-Q3",
            "the 1970s=197");
  }

  @Test
  void aMorningOfANamedMonthIsThatMonth() {
    assertThat(values("On a cold January morning the ferry sank off Trellin."))
        .anyMatch(v -> v.endsWith("=2024-01"));
  }
}
