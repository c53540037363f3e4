package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parallax.model.analysis.Analysis;
import org.parallax.model.analysis.FramingCue;

/** Scare quotes against quoted titles, through the real pipeline (invented sentences). */
class ScareQuotesTest {
  private static java.util.List<String> scareQuoted(String text) {
    Analysis a = EventExtractorTest.analyse(text, LocalDate.of(2025, 5, 2));
    return a.framing().stream().filter(c -> c.kind() == FramingCue.Kind.SCARE_QUOTES)
        .map(FramingCue::text).toList();
  }

  @Test
  void aQuotedTitleIsNoScareQuote() {
    assertThat(scareQuoted("Varga told Harbour TV's “Face the Port” that the levy was a"
        + " “witch hunt” against dockers.")).containsExactly("witch hunt");
    assertThat(scareQuoted("In her book “Tides of Trellin” Varga calls the council “cowards”."))
        .containsExactly("cowards");
    assertThat(scareQuoted("Olsen appeared on “The Morning Dock Show” to defend the plan."))
        .isEmpty();
  }

  @Test
  void aShortTitleBeforeOrAfterAWordForAWorkIsNoScareQuote() {
    assertThat(scareQuoted("The singer ended his ‘Tidal’ tour and praised the third album"
        + " ‘Harbour’, which critics called ‘lazy’.")).containsExactly("lazy");
  }

  @Test
  void aWorkItsMakerOrHostIsOfOrAPartOfAShowIsNoScareQuote() {
    assertThat(scareQuoted("Olsen, the co-host of “Dock Talk,” and Varga, author of “Primary"
        + " Politics,” called the levy a “scam”.")).containsExactly("scam");
    assertThat(scareQuoted("Berek insulted dockers on his “Harbour Corner” segment, and the"
        + " “Tide” episode aired anyway.")).isEmpty();
  }

  @Test
  void aProgrammeAGuestSpeaksOnIsNoScareQuote() {
    assertThat(scareQuoted("Varga said on “Harbour News Sunday” that the levy was a “witch"
        + " hunt”, and Olsen told “Dockside & Friends” the port would stay open.")).containsExactly(
            "witch hunt");
    // said without "on": the nickname is the outlet's label at a distance, not a programme
    assertThat(scareQuoted("Olsen said “Crooked Varga” had lied about the levy."))
        .containsExactly("Crooked Varga");
  }

  @Test
  void aCapitalisedNicknameStaysAScareQuote() {
    assertThat(scareQuoted("Olsen again called his rival “Crooked Varga” at the rally."))
        .containsExactly("Crooked Varga");
    assertThat(scareQuoted("Olsen repeated Varga's “big lie” at the rally."))
        .containsExactly("big lie");
  }

  @Test
  void doubledApostrophesAreQuotationMarks() {
    // archives print quotation marks as two apostrophes (or backticks and apostrophes)
    assertThat(scareQuoted("Varga called the levy a ''witch hunt'' against dockers."))
        .containsExactly("witch hunt");
    assertThat(scareQuoted("Olsen dismissed the ``reform'' as a tax on dockers."))
        .containsExactly("reform");
  }

  @Test
  void anUtteranceIsNoScareQuote() {
    assertThat(scareQuoted("He had “Will you marry me?” tattooed on his arm, and fans chanted"
        + " “Olsen out!” as the council met its “reformers”.")).containsExactly("reformers");
    assertThat(scareQuoted("‘You’re nothing to me,’ she claimed the senator said to her."))
        .isEmpty();
    assertThat(scareQuoted("“The perfect storm”: small harbour firms brace for the levy"))
        .isEmpty();
  }

  @Test
  void aTitleBeforeItsCastOrAfterAParagraphBreakIsNoScareQuote() {
    assertThat(scareQuoted("“Harbour Nights” actor Piet Olsen said the levy was a “reform”"
        + " that would ruin the docks.")).containsExactly("reform");
    assertThat(scareQuoted("The levy passed on Monday.\n\nAppearing on “Dockside Tonight News”"
        + " with Varga, Olsen said the levy was a “reform” that would ruin the docks."))
        .containsExactly("reform");
  }
}
