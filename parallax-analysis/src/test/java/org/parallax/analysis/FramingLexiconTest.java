package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.analysis.Analysis;
import org.parallax.model.analysis.FramingCue;

/**
 * Lexicon terms with a part of speech (data/framing.tsv), through the real pipeline (invented
 * sentences): "blast" the verb judges, "blast" the noun is an explosion; "criminal" before a noun
 * of legal process is the law's term.
 */
class FramingLexiconTest {
  private static List<String> loaded(String text) {
    return cues(text, FramingCue.Kind.LOADED_TERM).stream().map(FramingCue::text).toList();
  }

  /** The cues of one kind in an invented text. */
  private static List<FramingCue> cues(String text, FramingCue.Kind kind) {
    Analysis a = EventExtractorTest.analyse(text, LocalDate.of(2025, 5, 2));
    return a.framing().stream().filter(c -> c.kind() == kind).toList();
  }

  @Test
  void aTermWithAPartOfSpeechCountsOnlyAsThat() {
    assertThat(loaded("The blast damaged the spillway gates of the Trellin dam on Monday."))
        .doesNotContain("blast");
    assertThat(loaded("Harbour ministers blasted the decision on Monday.")).contains("blasted");
  }

  @Test
  void anAdjectiveBeforeANounOfLegalProcessIsTheLawsTerm() {
    assertThat(loaded("Police opened a criminal investigation into the harbour fire."))
        .doesNotContain("criminal");
    assertThat(loaded("The minister called the harbour deal a criminal scheme."))
        .contains("criminal");
    assertThat(loaded("False statements could bring criminal or civil penalties, the port said."))
        .doesNotContain("criminal");
    assertThat(loaded("Lawyers of the Veldmark Criminal Legal Aid Scheme filed the appeal."))
        .doesNotContain("Criminal");
  }

  @Test
  void aFullStopMakesNoNamingVariant() {
    assertThat(cues("The minister flew to Kiev on Monday. The clip was shared by Donald Trump"
        + " Jr.", FramingCue.Kind.NAMING_VARIANT)).extracting(FramingCue::text)
        .containsExactly("Kiev");
  }

  @Test
  void aLabelWordInsideANameLabelsNoOne() {
    assertThat(cues("Pelosi briefed the Gang of Eight on Monday, and gangs fought in the"
        + " harbour.", FramingCue.Kind.LABEL)).extracting(FramingCue::text)
        .containsExactly("gangs");
  }

  @Test
  void claimingAThingIsNoHedge() {
    String text = "The Harbour Front claimed responsibility for the blast, the floods claimed"
        + " more than 30 lives and Olsen claimed the title, while the council claimed the record"
        + " shows no wrongdoing.";
    assertThat(cues(text, FramingCue.Kind.HEDGE)).extracting(FramingCue::begin)
        .containsExactly(text.indexOf("claimed the record"));
  }
}
