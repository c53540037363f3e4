package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parallax.model.analysis.Analysis;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.EntityType;

/**
 * Names the gazetteer does not know get one type per article, from the tagger's votes and the
 * text around them, through the real CoreNLP pipeline (fictional countries, papers and people).
 */
class NameTypesTest {
  private static Analysis analyse(String text) {
    return EventExtractorTest.analyse(text, LocalDate.of(2025, 5, 2));
  }

  @Test
  void aCountryThatActsIsOnePlaceNotAPerson() {
    Analysis a = analyse("Brennland says the pipeline was sabotaged. Brennland rejects the"
        + " accusation and Brennland calls the report a provocation. Brennland's government"
        + " recalled its envoy, and Brennlandish officials said talks were over.");
    assertThat(a.entities()).filteredOn(e -> e.name().equals("Brennland"))
        .extracting(Entity::type).containsExactly(EntityType.LOCATION);
  }

  @Test
  void aPaperIsAnOrganisationAndItsShortNameIsIt() {
    Analysis a = analyse("The Tarsk Herald reported on Monday that the mill had closed. The"
        + " Herald said it had seen the letter.");
    Entity paper = a.entities().stream().filter(e -> e.name().equals("Tarsk Herald"))
        .findFirst().orElseThrow(() -> new AssertionError(a.entities()));
    assertThat(paper.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(paper.mentions()).extracting(m -> m.text()).contains("Herald");
    assertThat(a.entities()).noneMatch(e -> e.type() == EntityType.PERSON
        && e.name().contains("Herald"));
  }

  @Test
  void aPersonNamedInFullStaysAPersonWhateverHisGovernment() {
    Analysis a = analyse("Prime Minister Oskar Velmund's government fell on Monday. Velmund"
        + " said he would stand again.");
    assertThat(a.entities()).filteredOn(e -> e.name().equals("Oskar Velmund"))
        .extracting(Entity::type).containsExactly(EntityType.PERSON);
  }

  private static final String CAPITALS = "X calls the report \u201cfabricated\u201d. The paper said"
      + " Rada Sel had evidence that the attack was planned in X. In X, government spokesman Ivo"
      + " Drast rejected the report. Relations between Weber and X have been poor since last year."
      + " Former minister Jan Orel said the junta in X had \u201ccrossed a line\u201d. A spokesman"
      + " for the Foreign Ministry in Weber said that Sel stood by her words.";

  @Test
  void aCapitalWhereGovernmentsSitIsAPlace() {
    // the tagger calls these capitals people; "the junta in X", "the Foreign Ministry in Weber"
    // and a sentence opening "In X," say they are places
    Analysis a = analyse(CAPITALS.replace("X", "Halder"));
    assertThat(a.entities()).filteredOn(e -> e.name().equals("Halder"))
        .extracting(Entity::type).containsExactly(EntityType.LOCATION);
    assertThat(a.entities()).filteredOn(e -> e.name().equals("Weber"))
        .extracting(Entity::type).containsExactly(EntityType.LOCATION);
  }

  @Test
  void aGivenNameStaysOnePersonEvenWhereTheTextSaysPlace() {
    // "Marisa" is a given name: the vote leaves its person mentions alone, and the one the
    // tagger calls a place follows them rather than becoming a second entity
    Analysis a = analyse(CAPITALS.replace("X", "Marisa"));
    assertThat(a.entities()).filteredOn(e -> e.name().equals("Marisa"))
        .extracting(Entity::type).containsExactly(EntityType.PERSON);
  }

  @Test
  void aDashSetOffBySpacesPartsTwoNamesAHyphenJoinsOne() {
    Analysis a = analyse("In Kessel, Foreign Minister Irena Vasko - Irina Vaskova, as our state"
        + " media insist on spelling her - has said that she holds proof. Rep. Maria Lenz-Aubry"
        + " agreed.");
    assertThat(a.entities()).extracting(Entity::name)
        .contains("Irena Vasko", "Irina Vaskova", "Maria Lenz-Aubry")
        .noneMatch(n -> n.contains(" - "));
  }

  @Test
  void aBodyWhoseNameEndsInAKnownOneIsItsOwn() {
    // the gazetteer knows the UN's "Security Council"; this one is another body
    Analysis a = analyse("Brennland is ruled by a Federal Security Council chaired by"
        + " Marshal Ivo Drast.");
    assertThat(a.entities()).extracting(Entity::name).contains("Federal Security Council")
        .doesNotContain("Federal");
  }
}
