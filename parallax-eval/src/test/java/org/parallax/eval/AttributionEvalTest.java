package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.analysis.Attribution;
import org.parallax.model.analysis.Span;
import org.parallax.model.analysis.Stance;

/** The PolNeAR scorer on an article written for the test, in PolNeAR's layout. */
class AttributionEvalTest {
  private static final String TEXT =
      "“They told us it was safe,” the mayor said. “We checked,” she said, “every gate.”";

  private static Span span(String words, int from) {
    int at = TEXT.indexOf(words, from);
    return new Span(at, at + words.length(), words);
  }

  private static String t(String id, String type, Span s) {
    return id + "\t" + type + " " + s.begin() + " " + s.end() + "\t" + s.text() + "\n";
  }

  /** Gold: the mayor's quotation, and hers in two fragments (scored by their hull). */
  private static Path corpus(Path dir) throws Exception {
    Path dev = dir.resolve("data/dev");
    Files.createDirectories(dev.resolve("text"));
    Files.createDirectories(dev.resolve("attributions"));
    Files.writeString(dev.resolve("text/article.txt"), TEXT, StandardCharsets.UTF_8);
    Span first = span("We checked", 0);
    Span second = span("every gate", 0);
    String ann = t("T1", "Source", span("the mayor", 0)) + t("T2", "Cue", span("said", 0))
        + t("T3", "Content", span("They told us it was safe", 0))
        + t("T4", "Source", span("she", 0)) + t("T5", "Cue", span("said", 40))
        + "T6\tContent " + first.begin() + " " + first.end() + ";" + second.begin() + " "
        + second.end() + "\tWe checked every gate\n"
        + "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
        + "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6\n";
    Files.writeString(dev.resolve("attributions/article_ann1.ann"), ann, StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void aReportInsideAQuotationIsOutsidePolnearsScopeAndPartsAreScoredByTheirHull(
      @TempDir Path dir) throws Exception {
    Span mayorContent = span("They told us it was safe", 0);
    Span hers = new Span(TEXT.indexOf("We checked"), TEXT.indexOf("every gate") + 10,
        TEXT.substring(TEXT.indexOf("We checked"), TEXT.indexOf("every gate") + 10));
    List<Attribution> ours = List.of(
        new Attribution("a1", null, new Attribution.Source(span("the mayor", 0), null),
            span("said", 0), mayorContent, true, Stance.ASSERT),
        // "They told us …", reported inside the mayor's quotation: PolNeAR marks none there
        new Attribution("a2", "a1", new Attribution.Source(span("They", 0), null),
            span("told", 0), span("us it was safe", 0), true, Stance.ASSERT),
        new Attribution("a3", null, new Attribution.Source(span("she", 0), null),
            span("said", 40), hers, true, Stance.ASSERT,
            List.of(span("We checked", 0), span("every gate", 0))));
    AttributionEval.Result r = AttributionEval.run(corpus(dir), text -> ours);
    for (AttributionEval.ElementScore e : r.elements()) {
      assertThat(e.precision()).as(e.element()).isEqualTo(1.0);
      assertThat(e.recall()).as(e.element()).isEqualTo(1.0);
    }
    assertThat(AttributionEval.inScope(ours)).extracting(Attribution::id)
        .containsExactly("a1", "a3");
  }
}
