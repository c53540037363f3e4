package edu.stanford.nlp.ling.tokensregex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SUTime with its rules guarded against SUTime as shipped: the same expressions, the same values. */
class FirstNodeGuardTest {
  private static StanfordCoreNLP tokens;
  private static TimeAnnotator stock;
  private static TimeAnnotator guarded;
  private static FirstNodeGuard.Installed installed;

  @BeforeAll
  static void load() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    tokens = new StanfordCoreNLP(p);
    stock = new TimeAnnotator("sutime", new Properties());
    guarded = new TimeAnnotator("sutime", new Properties());
    installed = FirstNodeGuard.install(guarded);
  }

  /** Each expression as begin, end, type and value, sentence by sentence. */
  private static List<String> times(TimeAnnotator sutime, String text, String docDate) {
    Annotation doc = new Annotation(text);
    tokens.annotate(doc);
    List<String> out = new ArrayList<>();
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (CoreMap m : sutime.annotateSingleSentence(sentence, docDate, new SUTime.TimeIndex())) {
        var timex = m.get(TimeAnnotations.TimexAnnotation.class);
        out.add(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + "-"
            + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) + " "
            + m.get(CoreAnnotations.TextAnnotation.class) + " "
            + (timex == null ? "-" : timex.timexType() + " " + timex.value() + " "
                + timex.altVal()));
      }
    }
    return out;
  }

  @Test
  void mostRulesAreGuardedAndInstallingTwiceChangesNothing() {
    assertThat(installed.guarded()).isGreaterThan(3 * installed.unguarded());
    assertThat(FirstNodeGuard.install(guarded).guarded()).isZero();
  }

  @Test
  void aPatternThatCanMatchNothingOrStartsWithAPhraseIsNotGuarded() {
    Env env = TokenSequencePattern.getNewEnv();
    assertThat(FirstNodeGuard.firstNodes(TokenSequencePattern.compile(env, "/a/? /b/*"))).isNull();
    assertThat(FirstNodeGuard.firstNodes(TokenSequencePattern.compile(env, "/a/? /b/")))
        .hasSize(2);
    assertThat(FirstNodeGuard.firstNodes(TokenSequencePattern.compile(env, "( /a/ | /c/+ ) /b/")))
        .hasSize(2);
    assertThat(FirstNodeGuard.firstNodes(TokenSequencePattern.compile(env, "^ /a/"))).hasSize(1);
  }

  @Test
  void theSameExpressionsOnSentencesWrittenForThisTest() {
    String text = "The talks began on Thursday, July 2, 2019, and ended three weeks later."
        + " Last year the ministry said it had spent the first half of 2018 on the review."
        + " In the 1990s, and again since mid-2000s, the ceasefire held from May to July."
        + " At 10:30 a.m. GMT on 7/4 the minister left; by the end of next month he will return."
        + " Every Tuesday, twice a week, the council meets for about two hours each morning."
        + " The company's fiscal year 2020 results come out in the fourth quarter, before Christmas."
        + " He was 45 years old, and 3,000 people attended the 5th anniversary at noon yesterday."
        + " Currently, the present rules, recently changed, apply until further notice.";
    List<String> expected = times(stock, text, "2019-07-10");
    assertThat(expected).hasSizeGreaterThan(20);
    assertThat(times(guarded, text, "2019-07-10")).isEqualTo(expected);
    assertThat(times(guarded, text, null)).isEqualTo(times(stock, text, null));
  }

  private static final Pattern TEXT = Pattern.compile("(?s)<TEXT>(.*?)</TEXT>");
  private static final Pattern DCT = Pattern.compile("value=\"(\\d{4}-\\d\\d-\\d\\d)\"");

  @Test
  void theSameExpressionsOnTempEvalNews() throws IOException {
    Path dir = Path.of("..", "..", "shared", "eval", "tempeval3", "train", "TBAQ-cleaned");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("..", "shared", "eval", "tempeval3", "train", "TBAQ-cleaned");
    }
    assumeTrue(Files.isDirectory(dir),
        "../shared is not beside the repository: skipping a test that reads real articles");
    int limit = Integer.getInteger("parallax.guard.documents", 25);
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(f -> f.toString().endsWith(".tml")).sorted().toList();
    }
    int compared = 0;
    int expressions = 0;
    for (Path f : files.subList(0, Math.min(limit, files.size()))) {
      String xml = Files.readString(f);
      Matcher m = TEXT.matcher(xml);
      if (!m.find()) {
        continue;
      }
      String text = m.group(1).replaceAll("<[^>]+>", "");
      Matcher d = DCT.matcher(xml);
      String dct = d.find() ? d.group(1) : null;
      List<String> expected = times(stock, text, dct);
      assertThat(times(guarded, text, dct)).as(f.getFileName().toString()).isEqualTo(expected);
      compared++;
      expressions += expected.size();
    }
    assertThat(compared).isGreaterThan(Math.min(limit, files.size()) / 2);
    assertThat(expressions).isGreaterThan(compared);
  }
}
