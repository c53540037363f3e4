package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.InputKind;

class HtmlReaderTest {
  static Article page() throws IOException {
    try (InputStream in = HtmlReaderTest.class.getResourceAsStream("/fixtures/page.html")) {
      return new HtmlReader(OutletRegistry.bundled())
          .read("page.html", TextDecoding.decode(in.readAllBytes()), null, InputKind.HTML).build();
    }
  }

  @Test
  void readsMetadataFromJsonLdAndMetaTags() throws IOException {
    Article a = page();
    assertThat(a.title()).isEqualTo("Harbour reopens after three-day storm");
    // the calendar date where it was published, not in UTC
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 2, 3));
    assertThat(a.authors()).containsExactly("Jane Roe", "John Doe");
    assertThat(a.url()).isEqualTo("https://www.reuters.com/world/harbour-reopens-2024-02-03/");
    assertThat(a.outlet().name()).isEqualTo("Reuters");
    assertThat(a.language()).isEqualTo("en");
  }

  @Test
  void keepsArticleBodyAndDropsPageFurniture() throws IOException {
    Article a = page();
    assertThat(a.paragraphs()).hasSize(5);
    assertThat(a.paragraph(0)).startsWith("The harbour reopened on Saturday");
    assertThat(a.text()).contains("Repairs ahead", "the harbour master told reporters",
        "too late for the season.");
    assertThat(a.text()).doesNotContain("cookies", "Home", "Share on", "Advertisement",
        "Storm closes harbour", "Celebrity chef", "Great article", "Copyright", "Subscribe");
  }

  @Test
  void survivesDeeplyNestedHostileMarkup() {
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(20_000));
    html.append("<p>A paragraph buried under twenty thousand divs, long enough to count as text.</p>");
    html.append("</div>".repeat(20_000)).append("</body></html>");
    Article a = new HtmlReader(OutletRegistry.empty()).read("deep.html",
        TextDecoding.decode(html.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        null, InputKind.HTML).build();
    assertThat(a.text()).contains("buried under twenty thousand divs");
  }

  static Article html(String markup) {
    return new HtmlReader(OutletRegistry.empty()).read("p.html",
        TextDecoding.decode(markup.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null,
        InputKind.HTML).build();
  }

  @Test
  void regressionTodayWidgetInTheHeaderIsNotThePublicationDate() {
    Article a = html("<html><body><header><time datetime=\"2026-11-24\">Today</time></header>"
        + "<aside class=\"related\"><time datetime=\"2019-03-01\">old</time></aside>"
        + "<article><p>The council approved the budget on Monday after a long debate, officials"
        + " said, and the opposition promised to fight on.</p></article></body></html>");
    assertThat(a.published()).isNull();
  }

  @Test
  void regressionTurkishDottedCapitalIInTitleDoesNotBreakCleaning() {
    Article a = html("<html><head><title>İstanbul'da İlk Kar Yağışı | Örnek Gazete</title>"
        + "<meta property=\"og:site_name\" content=\"Örnek Gazete\"></head><body><article><p>"
        + "İstanbul'da yılın ilk kar yağışı bugün sabah saatlerinde etkili oldu, yetkililer açıkladı."
        + "</p></article></body></html>");
    assertThat(a.title()).isEqualTo("İstanbul'da İlk Kar Yağışı");
  }
}
