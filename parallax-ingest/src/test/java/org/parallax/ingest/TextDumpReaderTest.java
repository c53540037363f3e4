package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

class TextDumpReaderTest {
  static final OutletRegistry REGISTRY = OutletRegistry.bundled();

  static Article read(String fixture) throws IOException {
    try (InputStream in = TextDumpReaderTest.class.getResourceAsStream("/fixtures/" + fixture)) {
      Decoded d = TextDecoding.decode(in.readAllBytes());
      return new TextDumpReader(REGISTRY).read(fixture, d).build();
    }
  }

  @Test
  void takesDateFromHeaderAndOutletFromAgencyMarker() throws IOException {
    Article a = read("agency-dump.txt");
    assertThat(a.published()).isEqualTo(LocalDate.of(2023, 3, 14));
    assertThat(a.dateline()).isEqualTo("SAMARA");
    assertThat(a.outlet().name()).isEqualTo("TASS");
    assertThat(a.title()).isNull();
    assertThat(a.text()).startsWith("Engineers finished repairing the bridge");
    assertThat(a.text()).doesNotContain("JOIN US", "date 2023", "/TASS/");
    assertThat(a.paragraphs()).hasSize(3);
  }

  @Test
  void takesOutletFromDomainLineAndTitleFromFirstLine() throws IOException {
    Article a = read("domain-dump.txt");
    assertThat(a.outlet().id()).isEqualTo("kyivpost.com");
    assertThat(a.outlet().name()).isEqualTo("Kyiv Post");
    assertThat(a.title()).isEqualTo("City Council Approves New Tram Line After Long Debate");
  }

  @Test
  void keepsDateUnknownWhenArticleHasNone() throws IOException {
    Article a = read("domain-dump.txt");
    assertThat(a.published()).isNull();
  }

  @Test
  void aRelatedArticleLinkOnOneLineIsResidue() {
    assertThat(ResidueFilter.isResidueLine("SEE ALSO: Report: Harbour levy doubles in Trellin"))
        .isTrue();
    assertThat(ResidueFilter.isResidueLine("Related: Ostmark recalls its envoy")).isTrue();
    assertThat(ResidueFilter.isResidueLine("See also the council's own report, which found the"
        + " levy fair.")).isFalse();
    assertThat(ResidueFilter.isResidueLine("Harbour levy: Trellin's mayor says the port must"
        + " pay its share Read more")).isTrue();
    assertThat(ResidueFilter.isResidueLine("Who runs the Trellin docks? Read more")).isTrue();
    assertThat(ResidueFilter.isResidueLine("The mayor wants children to read more")).isFalse();
    assertThat(ResidueFilter.isResidueLine("The levy doubled. Read more")).isFalse();
    assertThat(ResidueFilter.isResidueLine("The levy doubled.  Read more")).isFalse();
    assertThat(ResidueFilter.isResidueLine("He said: \u201cWe will pay.\u201d Read more"))
        .isFalse();
    assertThat(ResidueFilter.isResidueLine("Harbour levy: \u2018What are you waiting for?\u2019"
        + " Read more")).isTrue();
  }

  @Test
  void removesScraperResidueAndSplicedHeadlines() throws IOException {
    Article a = read("domain-dump.txt");
    assertThat(a.text()).doesNotContain("Follow our coverage", "Other Topics of Interest",
        "Read full news", "Mayor Opens Fourth Bridge", "The new bridge is the first in a decade");
    assertThat(a.text()).contains("Supporters said the line would cut traffic.",
        "\"We will build it within three years,\" the deputy mayor said.");
    assertThat(a.boilerplate()).contains("Other Topics of Interest",
        "Mayor Opens Fourth Bridge Across the River Ahead of Schedule");
  }

  @Test
  void joinsHardWrappedLinesIntoParagraphs() throws IOException {
    Article a = read("hard-wrapped.txt");
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.paragraph(0)).startsWith("The harbour reopened on Monday").endsWith("in the morning.");
    assertThat(a.outlet().id()).isEqualTo("example-news.org");
  }

  @Test
  void datelineWithoutYearLeavesDateUnknownWithProblem() {
    Article a = readText(
        "LAGOS, May 3. /Agency/. The port handled a record number of ships this month, officials said.");
    assertThat(a.published()).isNull();
    assertThat(a.dateline()).isEqualTo("LAGOS");
    assertThat(a.problems()).extracting(p -> p.code()).contains("date-incomplete");
  }

  @Test
  void datelineWithADoubleHyphenIsRemovedAndKept() {
    Article a = readText("Port record\n\nLAGOS, Nigeria -- The port handled a record number of"
        + " ships this month, officials said.\n\nMore ships are expected.\n");
    assertThat(a.dateline()).isEqualTo("LAGOS");
    assertThat(a.text()).startsWith("The port handled");
  }

  @Test
  void wireDatelinesOfSeveralPlacesOrWithANoBreakSpaceAreRemovedAndKept() {
    Article several = readText("Port record\n\nLAGOS/ACCRA/DAKAR (Agency) - The ports handled a"
        + " record number of ships this month, officials said.\n\nMore ships are expected.\n");
    assertThat(several.dateline()).isEqualTo("LAGOS/ACCRA/DAKAR");
    assertThat(several.text()).startsWith("The ports handled");
    Article noBreak = readText("Port record\n\nLAGOS\u00a0(AP) _ The port handled a record number"
        + " of ships this month, officials said.\n\nMore ships are expected.\n");
    assertThat(noBreak.dateline()).isEqualTo("LAGOS");
    assertThat(noBreak.text()).startsWith("The port handled");
    // a slashed name opening a sentence is no dateline
    Article band = readText("Tour news\n\nAC/DC — the band — will play the port this month,"
        + " officials said.\n\nMore dates are expected.\n");
    assertThat(band.dateline()).isNull();
  }

  @Test
  void readsPublishedLineAndDropsIt() {
    Article a = readText("Quake Shakes Coastal Town\n\nPublished 08 May 2025, 11:42 | Updated"
        + " 12:10\n\nA strong earthquake shook the coastal town on Thursday, damaging dozens of"
        + " houses.\n");
    assertThat(a.published()).isEqualTo(LocalDate.of(2025, 5, 8));
    assertThat(a.text()).doesNotContain("Published");
  }

  /** A scraped text dump of {@code text}, as the reader builds it. */
  private static Article readText(String text) {
    Decoded d = TextDecoding.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return new TextDumpReader(REGISTRY).read("x.txt", d).build();
  }
}
