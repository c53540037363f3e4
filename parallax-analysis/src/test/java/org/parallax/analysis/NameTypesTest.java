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
  void aPlaceNamedAloneIsNotTheUniversityNamedAfterIt() {
    // the tagger calls the "Ardena" that calls the militia something an organisation; the
    // article names the city before and the university after
    Analysis a = analyse("Officials said the attack had been planned in Ardena. Ostmark has"
        + " pointed to the Lenne Volunteer Guard, a militia that Ardena calls a terrorist group."
        + " Dr Elsa Krant, a lecturer at Ardena University, said neither side had shown its"
        + " evidence.");
    assertThat(a.entities()).filteredOn(e -> e.name().equals("Ardena"))
        .singleElement().satisfies(e -> {
          assertThat(e.type()).isEqualTo(EntityType.LOCATION);
          assertThat(e.mentions()).hasSize(2);
        });
    assertThat(a.entities()).filteredOn(e -> e.name().equals("Ardena University"))
        .singleElement().satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text())
            .containsExactly("Ardena University"));
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
  void aRiverNamedByItsNounIsNoShortFormOfTheGroupNamedAfterIt() {
    Analysis a = analyse("The Marn Volunteer Guard denied any part in the blast. The explosion"
        + " damaged a dam on the river Marn late on Monday. Farmers say the flow of the Marn"
        + " into Tarsk has fallen by a third.");
    Entity guard = a.entities().stream().filter(e -> e.name().equals("Marn Volunteer Guard"))
        .findFirst().orElseThrow(() -> new AssertionError(a.entities()));
    assertThat(guard.mentions()).extracting(m -> m.text()).containsExactly(
        "Marn Volunteer Guard");
    assertThat(a.entities()).filteredOn(e -> e.name().equals("Marn"))
        .extracting(Entity::type).containsExactly(EntityType.LOCATION);
  }

  @Test
  void theFirstWordOfANameIsItWhenItIsTheNamesHead() {
    Analysis a = analyse("The Federation of Tarsk recalled its envoy on Monday. The Senate"
        + " Budget Committee met the same day. Officials said the Federation would not"
        + " negotiate, and the Senate will vote on Friday.");
    assertThat(a.entities()).filteredOn(e -> e.name().equals("Federation of Tarsk"))
        .singleElement().satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text())
            .contains("Federation"));
    assertThat(a.entities()).filteredOn(e -> e.name().equals("Senate Budget Committee"))
        .singleElement().satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text())
            .as("the Senate is not its budget committee").doesNotContain("Senate"));
  }

  @Test
  void aGivenNameAfterTownOfIsThePlaceInEveryMention() {
    Analysis a = analyse("Police were called to the suspect's home town of Allen, a suburb of"
        + " Tarsk. His mother had called the Allen Police Department in June. Sgt. Ivo Drast,"
        + " Allen police spokesman, said he could not comment. The man drove 500 miles from"
        + " Allen to Selm.");
    assertThat(a.entities()).filteredOn(e -> e.mentions().stream()
        .anyMatch(m -> m.text().equals("Allen")))
        .singleElement().satisfies(e -> {
          assertThat(e.type()).isEqualTo(EntityType.LOCATION);
          assertThat(e.mentions()).extracting(m -> m.text()).containsOnly("Allen");
        });
  }

  @Test
  void aUnitNamedByItsNumberIsOneNameAndTheUnitIsIt() {
    Analysis a = analyse("The paper said a reconnaissance team from the Military Intelligence"
        + " Directorate's Unit 7741 photographed the gates in April. One source said the unit"
        + " had obtained drawings of the machinery.");
    Entity unit = a.entities().stream().filter(e -> e.name().endsWith("Unit 7741"))
        .findFirst().orElseThrow(() -> new AssertionError(a.entities()));
    assertThat(unit.mentions()).extracting(m -> m.text()).endsWith("the unit");
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

  @Test
  void aCompanyNamedWithADemonymAndAReporterAfterAnOutletsPossessive() {
    Analysis a = analyse("American Airlines announced Thursday that one of its pilots tested"
        + " positive. The Daily Beast’s Ilse Varga explained that the risk was real.");
    assertThat(a.entities()).extracting(Entity::name)
        .contains("American Airlines", "The Daily Beast", "Ilse Varga").doesNotContain("Airlines");
    assertThat(a.entities()).filteredOn(e -> e.name().equals("Ilse Varga"))
        .extracting(Entity::type).containsExactly(EntityType.PERSON);
  }

  @Test
  void aSurnameOfSomeoneNamedInFullIsNoCountryAndAGroupNamedForOneIsNone() {
    Analysis a = analyse("Ohio Republican Jim Jordan questioned the witness. “And you’re the star"
        + " witnesses,” Jordan said. King Abdullah of Jordan met the envoy. Priorities USA argues"
        + " that the laws are illegal.");
    assertThat(a.entities()).filteredOn(e -> e.name().equals("Jim Jordan"))
        .singleElement().satisfies(e -> assertThat(e.mentions()).hasSizeGreaterThanOrEqualTo(2));
    assertThat(a.entities()).filteredOn(e -> e.name().equals("Jordan"))
        .extracting(Entity::type).containsExactly(EntityType.LOCATION);
    assertThat(a.entities()).extracting(Entity::name).contains("Priorities USA")
        .doesNotContain("United States");
    assertThat(analyse("Yesterday Russia launched 90 drones at the port.").entities())
        .extracting(Entity::name).contains("Russia").doesNotContain("Yesterday Russia");
  }

  @Test
  void anAmericanCityOrStateIsAPlaceUnlessItNamesATeamOrASchool() {
    // fictional events in real places (the gazetteer's facts): the tagger calls "El Paso" an
    // organisation
    Analysis a = analyse("The shooting in El Paso killed three people. Officials in Texas said"
        + " the Houston Rockets would play, and the University of Mississippi closed. Calif. and"
        + " other parts of Southern California were calm.");
    assertThat(a.entities()).filteredOn(e -> e.id().equals("el-paso")).singleElement()
        .satisfies(e -> {
          assertThat(e.type()).isEqualTo(EntityType.LOCATION);
          assertThat(e.country()).isEqualTo("united-states");
        });
    assertThat(a.entities()).anyMatch(e -> e.id().equals("texas"));
    assertThat(a.entities()).filteredOn(e -> e.id().equals("california"))
        .singleElement().satisfies(e -> assertThat(e.mentions()).hasSize(2));
    assertThat(a.entities()).anyMatch(e -> e.name().equals("Houston Rockets")
        && e.type() == EntityType.ORGANIZATION);
    assertThat(a.entities()).anyMatch(e -> e.name().equals("University of Mississippi")
        && e.type() == EntityType.ORGANIZATION);
    assertThat(a.entities()).noneMatch(e -> e.id().equals("mississippi"));
    // on a sports page the city is the team, as the tagger says
    Analysis b = analyse("BASEBALL - MAJOR LEAGUE RESULTS. Results of Major League Baseball"
        + " games. American League. DETROIT 4 Kansas City 1. SEATTLE 9 Baltimore 6.");
    assertThat(b.entities()).noneMatch(e -> e.id().equals("detroit") || e.id().equals("seattle"));
    // a longer place's name, and a name's "League", are no such thing
    Analysis c = analyse("Fires burned in Los Angeles County. The Arab League met in Cairo, the"
        + " Arab League said, and the Arab League's envoy flew to Detroit.");
    assertThat(c.entities()).anyMatch(e -> e.name().equals("Los Angeles County"));
    assertThat(c.entities()).anyMatch(e -> e.id().equals("detroit"));
  }

  @Test
  void aTitleBeforeANameIsNoPartOfTheBodysName() {
    // fictional people
    Analysis a = analyse("Senate Minority Leader Karl Brenner said the vote would fail. The"
        + " ruling drew a rebuke from Supreme Court Chief Justice Anna Weller. He met former"
        + " National Security Adviser John Velder. The Senate adjourned.");
    assertThat(a.entities()).noneMatch(e -> e.name().contains("Minority")
        || e.name().contains("Chief") || e.name().contains("Adviser"));
    assertThat(a.entities()).filteredOn(e -> e.name().equals("Senate")).singleElement()
        .satisfies(e -> assertThat(e.mentions()).hasSize(2));
    assertThat(a.entities()).anyMatch(e -> e.name().equals("Supreme Court"));
    assertThat(a.entities()).anyMatch(e -> e.name().equals("John Velder")
        && e.type() == EntityType.PERSON);
  }

  @Test
  void aPhotographersCreditIsNoEntity() {
    Analysis a = analyse("Karl Brenner speaks to reporters. (Jonas Ardel/Reuters)\n\nMira"
        + " Holt/AP Photo\n\nHe said the vote would fail.");
    assertThat(a.entities()).noneMatch(e -> e.name().contains("Ardel")
        || e.name().contains("Holt"));
    // two organisations a slash joins are no credit
    assertThat(analyse("A new Suffolk University/USA Today poll found the race tied.")
        .entities()).anyMatch(e -> e.name().contains("Suffolk"));
  }

  @Test
  void georgiaBesideAmericanPlacesIsTheStateAndBesideTheCaucasusTheCountry() {
    // fictional events in real places
    assertThat(analyse("Voters in Georgia and Arizona will decide the race. Atlanta was calm.")
        .entities()).anyMatch(e -> e.id().equals("georgia-us-state"))
        .noneMatch(e -> e.id().equals("georgia"));
    assertThat(analyse("Georgia protested to Russia over South Ossetia, officials in Tbilisi"
        + " said.").entities()).anyMatch(e -> e.id().equals("georgia"))
        .noneMatch(e -> e.id().equals("georgia-us-state"));
  }
}
