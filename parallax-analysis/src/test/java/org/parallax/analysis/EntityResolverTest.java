package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.analysis.EntityType;

class EntityResolverTest {
  @Test
  void regressionIdsKeepLettersOfEveryScript() {
    assertThat(EntityResolver.slug(EntityType.PERSON, "борис джонсон"))
        .isEqualTo("person:борис-джонсон");
    assertThat(EntityResolver.slug(EntityType.PERSON, "дональд трамп"))
        .isNotEqualTo(EntityResolver.slug(EntityType.PERSON, "борис джонсон"));
  }

  @Test
  void regressionTransliterationFoldingOnlyForPersons() {
    assertThat(EntityResolver.fold("Federal Water Agency")).isEqualTo("federal water agency");
    assertThat(EntityResolver.foldPerson("Sergey Lavrov"))
        .isEqualTo(EntityResolver.foldPerson("Sergei Lavrov"));
  }
}
