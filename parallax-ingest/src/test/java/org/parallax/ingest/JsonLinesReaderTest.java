package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.ReadOutcome;

class JsonLinesReaderTest {
  private final JsonLinesReader reader = new JsonLinesReader(OutletRegistry.bundled());

  private Article read(String line) {
    ReadOutcome out = reader.read("t.jsonl#line=1", line);
    assertThat(out).isInstanceOf(ReadOutcome.Extracted.class);
    return ((ReadOutcome.Extracted) out).article();
  }

  @Test
  void anUnregisteredOutletIsKeyedByItsDomainAndCalledByItsName() {
    Article a = read("{\"outlet\": \"Trellin Courier\", \"url\":"
        + " \"https://www.trellincourier.example/news/1\", \"title\": \"Tram line approved\","
        + " \"text\": \"The council approved the tram line on Monday.\"}");
    assertThat(a.outlet().id()).isEqualTo("trellincourier.example");
    assertThat(a.outlet().name()).isEqualTo("Trellin Courier");
  }

  @Test
  void aRegisteredOutletKeepsItsRegistryEntryAndANameWithoutUrlItsName() {
    Article tass = read("{\"outlet\": \"TASS\", \"url\": \"https://tass.com/world/1\","
        + " \"text\": \"Engineers finished the bridge.\"}");
    assertThat(tass.outlet().id()).isEqualTo("tass.com");
    Article bare = read("{\"outlet\": \"Trellin Courier\", \"text\": \"The council met.\"}");
    assertThat(bare.outlet().id()).isEqualTo("trellin-courier");
  }

  @Test
  void aNotSignInsideAWordIsASoftHyphen() {
    Article a = read("{\"outlet\": \"Trellin Courier\", \"text\": \"The Finance Secre\u00actary"
        + " said the \u00ac sign stays.\"}");
    assertThat(a.text()).isEqualTo("The Finance Secretary said the \u00ac sign stays.");
  }

  @Test
  void aPhotoCaptionBehindShareButtonsIsRemovedWhateverItsLength() {
    String caption = "Facebook Twitter Pinterest Dockers gather outside the Trellin harbour"
        + " office on the morning of the strike vote, as the council meets across the square"
        + " to discuss the levy that has divided the city for a year. Photograph: Ana Ruiz";
    Article a = read("{\"outlet\": \"Trellin Courier\", \"text\": \"The council met.\\n\\n"
        + caption + "\\n\\nThe levy stays.\"}");
    assertThat(a.text()).isEqualTo("The council met.\n\nThe levy stays.");
    assertThat(a.boilerplate()).contains(caption);
    // a long paragraph without a credit is kept: body text may run on after the buttons
    String run = "Facebook Twitter Pinterest Dockers gather outside the Trellin harbour office"
        + " on the morning of the strike vote, and the council meets across the square to discuss"
        + " the levy that has divided the city for a year.";
    assertThat(read("{\"outlet\": \"Trellin Courier\", \"text\": \"" + run + "\"}").text())
        .isEqualTo(run);
  }
}
