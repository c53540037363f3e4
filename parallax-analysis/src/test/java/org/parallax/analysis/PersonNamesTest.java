package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.analysis.Analysis;
import org.parallax.model.analysis.Attribution;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.EntityType;

/**
 * People the tagger gets wrong, through the real CoreNLP pipeline (fictional names): a person
 * after a title, one name as one kind of entity, and pronouns that agree with the first name.
 */
class PersonNamesTest {
  private static Analysis analyse(String text) {
    return EventExtractorTest.analyse(text, LocalDate.of(2025, 5, 2));
  }

  private static Entity named(Analysis a, String name) {
    return a.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(
        () -> new AssertionError("no entity '" + name + "' among " + a.entities().stream()
            .map(e -> e.name() + "/" + e.type()).toList()));
  }

  @Test
  void aPersonAfterATitleIsAPersonWhateverTheTaggerSaid() {
    Analysis a = analyse("“The gates stay shut,” Harbour Authority Chief Marta Okonkwo said on"
        + " Friday. Rep. Alexandria Vantongeren toured the docks.");
    assertThat(named(a, "Marta Okonkwo").type()).isEqualTo(EntityType.PERSON);
    assertThat(named(a, "Alexandria Vantongeren").type()).isEqualTo(EntityType.PERSON);
    assertThat(a.entities()).noneMatch(e -> e.name().contains("Chief")
        || e.name().equals("Alexandria"));
  }

  @Test
  void aSurnameIsThePersonEvenWhereTaggedOtherwiseOrNotAtAll() {
    Analysis a = analyse("Rep. Alexandria Vantongeren toured the docks on Monday."
        + " Vantongeren-Ruiz is not her name. Vantongeren said the cranes were idle."
        + " Vantongeren tweeted a photo of the empty quay.");
    Entity p = named(a, "Alexandria Vantongeren");
    assertThat(p.mentions()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(a.entities()).noneMatch(e -> e.name().equals("Vantongeren"));
  }

  @Test
  void pronounsAgreeWithTheFirstName() {
    Analysis a = analyse("Carla Mendravi met Donald Pemberton in Trellin on Monday. She said the"
        + " talks had gone well.");
    Entity carla = named(a, "Carla Mendravi");
    List<Attribution> said = a.attributions().stream()
        .filter(x -> x.cue().text().equals("said")).toList();
    assertThat(said).singleElement()
        .satisfies(x -> assertThat(x.source().entity()).isEqualTo(carla.id()));
  }
}
