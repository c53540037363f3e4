package org.parallax.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {
  @Test
  void cutsSiteNameSuffixes() {
    assertThat(Titles.clean("Steigende Zinsen setzen Dax zu | Börsen-Zeitung", "Börsen-Zeitung", null))
        .isEqualTo("Steigende Zinsen setzen Dax zu");
    assertThat(Titles.clean("Akkus für ein Motorrad? - Golem.de", null, null))
        .isEqualTo("Akkus für ein Motorrad?");
    assertThat(Titles.clean("DW | Gegenoffensive: Ziele und Risiken", "DW", null))
        .isEqualTo("Gegenoffensive: Ziele und Risiken");
  }

  @Test
  void prefersThePagesOwnHeadlineWhenTheTitleExtendsIt() {
    assertThat(Titles.clean("Ukrainische Gegenoffensive: Ziele, Chancen | DW | 28.04.2023", null,
        "Ukrainische Gegenoffensive: Ziele, Chancen"))
        .isEqualTo("Ukrainische Gegenoffensive: Ziele, Chancen");
  }

  @Test
  void keepsTitlesWhoseDashesArePartOfTheHeadline() {
    assertThat(Titles.clean("Russia - Ukraine talks resume in Istanbul", "Example Times", null))
        .isEqualTo("Russia - Ukraine talks resume in Istanbul");
  }

  @Test
  void undoesDoubleEscapedEntities() {
    assertThat(Titles.clean("Samsung soll Smartphones zerst&ouml;ren", null, null))
        .isEqualTo("Samsung soll Smartphones zerstören");
    assertThat(Titles.clean("Schubert: &quot;Nicht mehr viel zu verlieren&quot;", null, null))
        .isEqualTo("Schubert: \"Nicht mehr viel zu verlieren\"");
  }
}
