package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parallax.model.analysis.Analysis;
import org.parallax.model.analysis.Entity;

/** Political parties and their members, through the real pipeline (fictional people). */
class PartiesTest {
  private static Analysis analyse(String text) {
    return EventExtractorTest.analyse(text, LocalDate.of(2025, 5, 2));
  }

  private static boolean has(Analysis a, String id) {
    return a.entities().stream().map(Entity::id).anyMatch(id::equals);
  }

  @Test
  void membersAndNicknamesAreTheirParty() {
    Analysis a = analyse("Republican lawmakers met on Monday. The GOP leader, Tam Vale, said"
        + " Democrats had stalled the bill.");
    Entity gop = a.entities().stream().filter(e -> e.id().equals("republican-party")).findFirst()
        .orElseThrow();
    assertThat(gop.mentions()).extracting(m -> m.text()).contains("Republican", "GOP");
    assertThat(has(a, "democratic-party")).isTrue();
  }

  @Test
  void otherPartiesNamedDemocraticAreNotTheAmericanOne() {
    Analysis a = analyse("The Social Democrats and the Liberal Democrats both lost seats, while"
        + " the Christian Democratic Union gained. Japan's Liberal Democratic Party held on, and"
        + " Taiwan's Democratic Progressive Party lost.");
    assertThat(has(a, "democratic-party")).isFalse();
    assertThat(has(a, "liberal-democrats-uk")).isTrue();
    assertThat(has(a, "cdu")).isTrue();
    assertThat(has(analyse("Oman's Labour Ministry raised the wage."), "labour-party-uk"))
        .isFalse();
  }

  @Test
  void aLegislatorsTagNamesTheParty() {
    Analysis a = analyse("Rep. Ana Ruiz (D-Calif.) and Sen. Tam Vale, R-Neb., said the bill was"
        + " dead. The D-Day anniversary is on Friday.");
    assertThat(has(a, "democratic-party")).isTrue();
    assertThat(has(a, "republican-party")).isTrue();
    assertThat(a.entities()).noneMatch(e -> e.name().startsWith("D-") || e.name().startsWith("R-"));
  }
}
