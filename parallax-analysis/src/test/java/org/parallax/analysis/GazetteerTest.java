package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.analysis.EntityType;
import org.parallax.model.analysis.Mention;

class GazetteerTest {
  @Test
  void bundledGazetteerKnowsVariantsShortFormsDemonymsAndCapitals() {
    Gazetteer g = Gazetteer.bundled();
    assertThat(g.lookUp(List.of("Kiev")).entry().id()).isEqualTo("kyiv");
    assertThat(g.lookUp(List.of("Kiev")).entry().metonymOf()).isEqualTo("ukraine");
    assertThat(g.lookUp(List.of("Sergey", "Lavrov")).entry().id())
        .isEqualTo(g.lookUp(List.of("Sergei", "Lavrov")).entry().id());
    assertThat(g.lookUp(List.of("Malian")).kind()).isEqualTo(Mention.Kind.DEMONYM);
    assertThat(g.lookUp(List.of("Malian")).entry().id()).isEqualTo("mali");
    assertThat(g.lookUp(List.of("Burkina")).entry().id()).isEqualTo("burkina-faso");
    assertThat(g.lookUp(List.of("AES")).entry().type()).isEqualTo(EntityType.ORGANIZATION);
    // acronyms keep their case: the word "aes" is not the alliance
    assertThat(g.lookUp(List.of("aes"))).isNull();
  }

  @Test
  void rejectsMalformedRowsNamingTheLine() {
    String bad = "id\ttype\tname\tvariants\tshort\tdemonyms\tmetonym_of\troles\tcountry\n"
        + "x\tPLANET\tX\t\t\t\t\t\t\n";
    assertThatThrownBy(() -> Gazetteer.parse(new StringReader(bad), "g.tsv"))
        .hasMessageStartingWith("g.tsv:2: type must be PERSON");
  }
}
