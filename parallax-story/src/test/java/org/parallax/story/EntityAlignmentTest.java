package org.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.EntityType;
import org.parallax.model.analysis.FramingCue;
import org.parallax.model.analysis.Stance;

class EntityAlignmentTest {

  /** A fictional Valdorian outlet: its own spellings. */
  static Analysed courier() {
    String text = "Foreign Minister Irena Vasko said Kessel would take the matter to the"
        + " council. Vasko spoke after the spokesman Teodor Halm rejected the claim. Paul Berg"
        + " and Kim Jong Un were not mentioned.";
    return new Fixtures("c1", "courier.example", "Kessel Courier", LocalDate.of(2031, 5, 7),
        "Vasko takes dam dispute to the council", text)
        .entity("person:irena-vasko", "Irena Vasko", EntityType.PERSON, "Irena Vasko", "Vasko")
        .entity("location:kessel", "Kessel", EntityType.LOCATION, "Kessel")
        .entity("person:teodor-halm", "Teodor Halm", EntityType.PERSON, "Teodor Halm")
        .entity("person:paul-berg", "Paul Berg", EntityType.PERSON, "Paul Berg")
        .entity("person:kim-jong-un", "Kim Jong Un", EntityType.PERSON, "Kim Jong Un")
        .attribution("a1", "Foreign Minister Irena Vasko", "person:irena-vasko", "said",
            "Kessel would take the matter to the council", Stance.ASSERT)
        .build();
  }

  /** A fictional Ostmark outlet: the other side's transliterations, quoted and in narration. */
  static Analysed ostpress() {
    String text = "The Kessl regime, in the words of Irina Vaskova, “will not let Kessl be"
        + " ignored”. Theodor Halm said Ostmark had nothing to do with it. Paula Berg and Kim"
        + " Jong Il were not mentioned. Ardena blamed the Valdorian irregulars.";
    return new Fixtures("o1", "ostpress.example", "OSTPRESS", LocalDate.of(2031, 5, 7),
        "Ardena rejects Kessl claims", text)
        .entity("location:kessl", "Kessl", EntityType.LOCATION, "Kessl")
        .entity("person:irina-vaskova", "Irina Vaskova", EntityType.PERSON, "Irina Vaskova")
        .entity("person:theodor-halm", "Theodor Halm", EntityType.PERSON, "Theodor Halm")
        .entity("person:paula-berg", "Paula Berg", EntityType.PERSON, "Paula Berg")
        .entity("person:kim-jong-il", "Kim Jong Il", EntityType.PERSON, "Kim Jong Il")
        .entity("person:ardena", "Ardena", EntityType.PERSON, "Ardena")
        .entity("location:valdorian", "Valdorian", EntityType.LOCATION, "Valdorian")
        .quotation("a1", "Irina Vaskova", "person:irina-vaskova", "in the words of",
            "“will not let Kessl be ignored”")
        .cue(FramingCue.Kind.LABEL, "regime", "location:kessl", FramingCue.Voice.NARRATION)
        .build();
  }

  /** A third outlet: Ardena as the place it is, Valdoria by name. */
  static Analysed wire() {
    String text = "Officials in Ardena and Valdoria met in Ardena on Monday, far from Kessel.";
    return new Fixtures("w1", "wire.example", "Lenne Wire", LocalDate.of(2031, 5, 8),
        "Talks in Ardena", text)
        .entity("location:ardena", "Ardena", EntityType.LOCATION, "Ardena")
        .entity("location:valdoria", "Valdoria", EntityType.LOCATION, "Valdoria")
        .entity("location:kessel", "Kessel", EntityType.LOCATION, "Kessel")
        .build();
  }

  @Test
  void transliterationsOfOneNameAcrossOutletsBecomeOneActor() {
    EntityAlignment.Result r = EntityAlignment.align(List.of(courier(), ostpress(), wire()));
    Analysed ost = r.items().get(1);
    assertThat(ost.analysis().entities()).extracting(Entity::id)
        .contains("person:irena-vasko", "person:teodor-halm")
        .doesNotContain("person:irina-vaskova", "person:theodor-halm");
    assertThat(ost.analysis().attributions().get(0).source().entity())
        .isEqualTo("person:irena-vasko");
    assertThat(ost.analysis().framing().get(0).target())
        .as("the label follows its target to the spelling two outlets use")
        .isEqualTo("location:kessel");
    assertThat(r.preferred()).containsKey("person:irena-vasko");
  }

  @Test
  void differentPeopleWithSimilarNamesStayApart() {
    EntityAlignment.Result r = EntityAlignment.align(List.of(courier(), ostpress(), wire()));
    assertThat(r.items().get(1).analysis().entities()).extracting(Entity::id)
        .contains("person:paula-berg", "person:kim-jong-il");
    assertThat(r.names()).containsKeys("person:paul-berg", "person:kim-jong-un");
  }

  @Test
  void oneNameWithTwoTypesTakesTheTypeMostMentionsHaveAndAnAdjectiveJoinsItsPlace() {
    EntityAlignment.Result r = EntityAlignment.align(List.of(courier(), ostpress(), wire()));
    List<Entity> ost = r.items().get(1).analysis().entities();
    Entity ardena = ost.stream().filter(e -> e.name().equals("Ardena")).findFirst().orElseThrow();
    assertThat(ardena.type()).as("two mentions as a place against one as a person")
        .isEqualTo(EntityType.LOCATION);
    assertThat(ardena.id()).isEqualTo(r.items().get(2).analysis().entities().get(0).id());
    assertThat(ost).extracting(Entity::id).contains("location:valdoria")
        .doesNotContain("location:valdorian");
  }

  @Test
  void theReportShowsEachOutletsOtherSpellingAsANamingVariantInItsVoice() {
    Comparison c = Comparison.of("line-c1", List.of(courier(), ostpress(), wire()),
        name -> false);
    List<Comparison.FramingRow> variants = c.framing().stream()
        .filter(f -> f.kind() == FramingCue.Kind.NAMING_VARIANT).toList();
    assertThat(variants).allMatch(f -> f.outletId().equals("ostpress.example"));
    assertThat(variants).extracting(Comparison.FramingRow::label, Comparison.FramingRow::voice)
        .contains(org.assertj.core.groups.Tuple.tuple("irina vaskova",
            FramingCue.Voice.NARRATION),
            org.assertj.core.groups.Tuple.tuple("theodor halm", FramingCue.Voice.NARRATION));
    // "Kessl" in narration ("The Kessl regime") and inside the quotation
    assertThat(variants).filteredOn(f -> f.label().equals("kessl"))
        .extracting(Comparison.FramingRow::voice)
        .containsExactlyInAnyOrder(FramingCue.Voice.NARRATION, FramingCue.Voice.QUOTE);
    assertThat(variants).extracting(Comparison.FramingRow::targetName)
        .as("named by the spelling more outlets use (one each: the more mentions)")
        .contains("Irena Vasko");
    String md = Reports.markdown(List.of(new Reports.Section("storyline", "line-c1",
        List.of(new Story("story-c1", "line-c1", List.of("c1", "o1", "w1"))), c)));
    assertThat(md).as("shown as the outlet wrote it").contains("Irina Vaskova ×1 (naming variant)")
        .doesNotContain("irina vaskova ×");
  }

  @Test
  void foldsCommonTransliterationDifferences() {
    assertThat(EntityAlignment.respells("Sergey Lavrov", "Sergei Lavrov", EntityType.PERSON))
        .isTrue();
    assertThat(EntityAlignment.respells("Vaskova", "Irena Vasko", EntityType.PERSON)).isTrue();
    assertThat(EntityAlignment.respells("Vasko", "Irena Vasko", EntityType.PERSON)).isFalse();
    assertThat(EntityAlignment.respells("Maria Lind", "Mario Lind", EntityType.PERSON))
        .isFalse();
    assertThat(EntityAlignment.respells("Valdorian", "Valdoria", EntityType.LOCATION))
        .isFalse();
  }

  /** One article of its own naming {@code names} (each a person entity of that name). */
  static Analysed naming(String id, String... names) {
    String text = String.join(" met ", names) + ".";
    Fixtures f = new Fixtures(id, id + ".example", "Outlet " + id, LocalDate.of(2031, 6, 1),
        "Meeting", text);
    for (String n : names) {
      f.entity("person:" + n.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), n,
          EntityType.PERSON, n);
    }
    return f.build();
  }

  static String actorOf(EntityAlignment.Result r, String articleId, String name) {
    return r.items().stream().filter(a -> a.article().id().equals(articleId)).findFirst()
        .orElseThrow().analysis().entities().stream().filter(e -> e.mentions().stream()
            .anyMatch(m -> m.text().equals(name))).findFirst().orElseThrow().id();
  }

  @Test
  void aSurnameAloneIsThePersonMostOutletsNameInFullButNotWhenTwoAreAsProminent() {
    // three outlets name the general in full, one his daughter, two only "Sulamani"/"Sulamany"
    EntityAlignment.Result r = EntityAlignment.align(List.of(
        naming("a", "Kasim Sulamani", "Lenne"), naming("b", "Qasim Sulamani", "Lenne"),
        naming("c", "Kasim Sulamani", "Zeyna Sulamani"), naming("d", "Sulamani", "Lenne"),
        naming("e", "Sulamany", "Lenne")));
    String general = actorOf(r, "a", "Kasim Sulamani");
    assertThat(actorOf(r, "b", "Qasim Sulamani")).isEqualTo(general);
    assertThat(actorOf(r, "d", "Sulamani")).isEqualTo(general);
    assertThat(actorOf(r, "e", "Sulamany")).isEqualTo(general);
    assertThat(actorOf(r, "c", "Zeyna Sulamani")).isNotEqualTo(general);
    // two people of that surname, each in two outlets: the surname alone is neither
    EntityAlignment.Result even = EntityAlignment.align(List.of(
        naming("a", "Kasim Sulamani"), naming("b", "Kasim Sulamani"),
        naming("c", "Zeyna Sulamani"), naming("d", "Zeyna Sulamani"), naming("e", "Sulamani")));
    assertThat(actorOf(even, "e", "Sulamani")).isNotIn(actorOf(even, "a", "Kasim Sulamani"),
        actorOf(even, "c", "Zeyna Sulamani"));
  }
}
