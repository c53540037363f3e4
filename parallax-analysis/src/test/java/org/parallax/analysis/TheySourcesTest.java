package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.InputKind;
import org.parallax.model.Outlet;
import org.parallax.model.analysis.Attribution;
import org.parallax.model.analysis.Span;

/** What a "they" that speaks stands for, on sentences written for these tests. */
class TheySourcesTest {
  private static Attribution.Source theySaid(String text) {
    Article a = new Article("test-" + Integer.toHexString(text.hashCode()), "test",
        InputKind.TEXT_DUMP, Outlet.unregistered("example.org"), null, LocalDate.of(2025, 5, 2),
        null, null, "en", List.of(), text, List.of(), List.of(), List.of());
    return SharedAnalyzer.get().analyze(a).attributions().stream()
        .map(Attribution::source)
        .filter(s -> s.span() != null && s.span().text().equalsIgnoreCase("they"))
        .findFirst().orElseThrow(() -> new AssertionError("no 'they' source in " + text));
  }

  private static String refersTo(Attribution.Source s) {
    Span r = s.refersTo();
    return r == null ? null : r.text();
  }

  @Test
  void theyIsThePluralSubjectBeforeItInItsSentence() {
    Attribution.Source s = theySaid("On Monday the governments of Velka and Ostmark sent a letter"
        + " to the council in which they condemned the raid on the border post.");
    assertThat(refersTo(s)).isEqualTo("the governments of Velka and Ostmark");
    assertThat(s.text()).isEqualTo("they (the governments of Velka and Ostmark)");
  }

  @Test
  void theyOpeningASentenceIsThePluralSubjectOfTheOneBefore() {
    assertThat(refersTo(theySaid("The farmers of the valley sold their land on Monday. They said"
        + " the drought had left them no choice."))).isEqualTo("The farmers of the valley");
  }

  @Test
  void aPhraseBeforeTheSubjectIsNoPartOfIt() {
    assertThat(refersTo(theySaid("Yesterday, the farmers of the valley sold their land. They"
        + " said the drought had left them no choice."))).isEqualTo("the farmers of the valley");
  }

  @Test
  void theyWithNothingToStandForStaysAPronoun() {
    Attribution.Source s = theySaid("The drought is over, they said on Monday.");
    assertThat(s.refersTo()).isNull();
    assertThat(s.text()).isEqualTo("they");
  }
}
