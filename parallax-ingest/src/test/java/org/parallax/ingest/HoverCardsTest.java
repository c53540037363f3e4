package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.InputKind;

/** Fictional people and headlines, written for these tests. */
class HoverCardsTest {
  private final List<String> removed = new ArrayList<>();

  @Test
  void aCardAfterTheShownNameIsRemovedWithItsHeadlines() {
    String p = "Sen. Ada Brightwater Adaline (Ada) BrightwaterValdoria port talks stall"
        + " Overnight Tech: Panel advances harbour bill | Ostmark recalls envoy Brightwater:"
        + " 'We will not wait' MORE (D-Ore.) said Tuesday that the levy would fall.";
    assertThat(HoverCards.strip(p, removed::add))
        .isEqualTo("Sen. Ada Brightwater (D-Ore.) said Tuesday that the levy would fall.");
    assertThat(removed).singleElement().asString()
        .startsWith("Adaline (Ada) BrightwaterValdoria").endsWith("'We will not wait' MORE");
  }

  @Test
  void aCardGluedToTheShownNameAndBeforeAPossessive() {
    assertThat(HoverCards.strip("Gov. Tomas VerhoevenTomas Arjen VerhoevenTrellin mayor quits"
        + " Harbour levy doubles MORE (R) defended it.", removed::add))
        .isEqualTo("Gov. Tomas Verhoeven (R) defended it.");
    assertThat(HoverCards.strip("It was President Ostrova Mila Petrovna OstrovaCouncil votes"
        + " on tram line Bridge reopens MORE’s plan, and Rep. Kell Kell Lorimer Kell2026 docks strike"
        + " ends MORE backed it.", removed::add))
        .isEqualTo("It was President Ostrova’s plan, and Rep. Kell backed it.");
    assertThat(HoverCards.strip("Mayor Lina de Vries Lina de Vries'Trellin can wait' Harbour levy"
        + " doubles MORE (D) replied.", removed::add)).isEqualTo("Mayor Lina de Vries (D) replied.");
    assertThat(HoverCards.strip("said former Mayor Lina Vries Lina Vries Trellin can wait: the"
        + " harbour levy doubles MORE, the favourite.", removed::add))
        .isEqualTo("said former Mayor Lina Vries, the favourite.");
    assertThat(removed).hasSize(5);
  }

  @Test
  void aCardWithNoHeadlineEndsInAMoreGluedToTheFullName() {
    assertThat(HoverCards.strip("Campaign manager Tomas Verhoeven Tomas Arjen (Tom) VerhoevenMORE"
        + " had condemned the label, saying it was unfair.", removed::add))
        .isEqualTo("Campaign manager Tomas Verhoeven had condemned the label, saying it was"
            + " unfair.");
    assertThat(removed).containsExactly("Tomas Arjen (Tom) VerhoevenMORE");
  }

  @Test
  void runningTextIsLeftAlone() {
    List<String> texts = List.of(
        "MORE: Ostmark recalls its envoy after the vote.",
        "Brightwater said Brightwater Marine would appeal. MORE to come.",
        "Ada Brightwater, Adaline Brightwater's sister, wrote MORE than once.",
        "They sang New York New York Harbour at night. Then came MORE songs.",
        "Sen. Ada Brightwater Adaline (Ada) BrightwaterValdoria port talks stall, no link here.");
    for (String t : texts) {
      assertThat(HoverCards.strip(t, removed::add)).isEqualTo(t);
    }
    assertThat(removed).isEmpty();
  }

  @Test
  void theBuilderKeepsTheCardWithTheRemovedLinesAndTheIdFollowsTheCleanText() {
    Article withCard = new ArticleBuilder("a.txt", InputKind.TEXT_DUMP)
        .paragraph("Gov. Tomas VerhoevenTomas Arjen VerhoevenTrellin mayor quits Harbour levy"
            + " doubles MORE (R) defended it.")
        .build();
    Article clean = new ArticleBuilder("b.txt", InputKind.TEXT_DUMP)
        .paragraph("Gov. Tomas Verhoeven (R) defended it.")
        .build();
    assertThat(withCard.text()).isEqualTo(clean.text());
    assertThat(withCard.id()).isEqualTo(clean.id());
    assertThat(withCard.boilerplate()).containsExactly(
        "Tomas Arjen VerhoevenTrellin mayor quits Harbour levy doubles MORE");
  }
}
