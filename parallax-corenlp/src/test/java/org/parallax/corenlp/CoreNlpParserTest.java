package org.parallax.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.nlp.NamedSpan;
import org.parallax.model.nlp.ParsedText;
import org.parallax.model.nlp.Sentence;

class CoreNlpParserTest {
  static CoreNlpParser parser;

  @BeforeAll
  static void load() {
    parser = new CoreNlpParser(CoreNlpParser.Config.defaults());
  }

  static final String TEXT = "The minister Anna Berg said on Tuesday that the talks in Geneva had failed."
      + "\n\nIn September, Example Corp cut 200 jobs, according to officials.";

  @Test
  void givesSentencesTokensAndOffsetsIntoTheText() {
    ParsedText p = parser.parse(TEXT, t -> false);
    assertThat(p.sentences()).hasSize(2);
    Sentence s = p.sentences().get(0);
    assertThat(s.tokens().get(2).word()).isEqualTo("Anna");
    assertThat(TEXT.substring(s.tokens().get(2).begin(), s.tokens().get(2).end())).isEqualTo("Anna");
    assertThat(s.tokens().get(4).lemma()).isEqualTo("say");
    assertThat(s.parsed()).isFalse();
  }

  @Test
  void findsTimesNearTimeWordsAndTimeShapedNumbersOnly() {
    String text = "Some 3,000 people marched for 12 miles. The vote was 52 to 48. The law of 1998 "
        + "was amended on the 5th at 5 pm. It dates from the mid-1990s. Talks resume at 10:30. "
        + "Profits fell in the fiscal year that ended on Tuesday, July 2, 2019, and for at least "
        + "the next three quarters.";
    ParsedText p = parser.parse(text, t -> false);
    // SUTime sees the words around each anchor that a time phrase can hold, not the sentence
    assertThat(p.spans().stream().filter(NamedSpan::isTemporal).map(NamedSpan::text))
        .contains("1998", "5 pm", "10:30", "the mid-1990s", "the fiscal year",
            "Tuesday, July 2, 2019", "at least the next three quarters")
        .noneMatch(t -> t.contains("3,000") || t.contains("12") || t.contains("52"));
  }

  @Test
  void anchorsAreTimeWordsAndTimeShapedNumbers() {
    List<String> words = List.of("3,000", "people", "in", "2019", "and", "the", "1990s", "on",
        "the", "5th", "at", "5", "pm", "and", "10:30", "'90s", "12", "miles", "years");
    List<edu.stanford.nlp.ling.CoreLabel> labels = new java.util.ArrayList<>();
    for (String w : words) {
      edu.stanford.nlp.ling.CoreLabel l = new edu.stanford.nlp.ling.CoreLabel();
      l.setWord(w);
      labels.add(l);
    }
    List<String> anchors = new java.util.ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      if (CoreNlpParser.temporalAnchor(labels, i)) {
        anchors.add(words.get(i));
      }
    }
    assertThat(anchors).containsExactly("2019", "1990s", "5th", "5", "10:30", "'90s", "years");
  }

  @Test
  void givesEntityAndTemporalSpansWithUnderspecifiedValues() {
    ParsedText p = parser.parse(TEXT, t -> false);
    assertThat(p.spans()).extracting(NamedSpan::text).contains("Anna Berg", "Geneva", "Tuesday",
        "September", "Example Corp");
    NamedSpan september = p.spans().stream().filter(x -> x.text().equals("September")).findFirst()
        .orElseThrow();
    assertThat(september.type()).isEqualTo("DATE");
    assertThat(september.timexValue()).isEqualTo("XXXX-09");
    assertThat(TEXT.substring(september.begin(), september.end())).isEqualTo("September");
  }

  @Test
  void parsesDependenciesOnlyWhereAsked() {
    ParsedText p = parser.parse(TEXT, tokens -> tokens.stream().anyMatch(t -> t.lemma().equals("say")));
    assertThat(p.sentences().get(0).parsed()).isTrue();
    assertThat(p.sentences().get(1).parsed()).isFalse();
    List<org.parallax.model.nlp.Dependency> deps = p.sentences().get(0).dependencies();
    // "said" governs "minister" as its subject and "failed" as its clausal complement
    assertThat(deps).as(deps.toString()).anyMatch(d -> d.head() == 4 && d.dependent() == 1 && d.relation().equals("nsubj"))
        .anyMatch(d -> d.head() == 4 && d.dependent() == 13 && d.relation().equals("ccomp"));
  }

  @Test
  void aPhraseSetOffByCommasDoesNotTakeTheMainVerbsPlace() {
    // parsed whole, "citing" is the root, "reported" hangs on it as a bare dep, and "Monday
    // Morrowpress" is one oblique noun phrase
    ParsedText p = parser.parse("On Monday Morrowpress, citing two diplomats, reported that the"
        + " talks had stalled.", tokens -> true);
    List<org.parallax.model.nlp.Token> t = p.sentences().get(0).tokens();
    List<org.parallax.model.nlp.Dependency> deps = p.sentences().get(0).dependencies();
    int citing = indexOf(t, "citing");
    int reported = indexOf(t, "reported");
    assertThat(deps).as(deps.toString())
        .anyMatch(d -> d.head() < 0 && d.dependent() == reported)
        .anyMatch(d -> d.head() == reported && d.dependent() == indexOf(t, "Morrowpress")
            && d.relation().equals("nsubj"))
        .anyMatch(d -> d.head() == reported && d.dependent() == citing)
        .anyMatch(d -> d.head() == reported && d.dependent() == indexOf(t, "stalled")
            && d.relation().equals("ccomp"))
        // the phrase keeps its own parse: "citing" governs "diplomats"
        .anyMatch(d -> d.head() == citing && d.dependent() == indexOf(t, "diplomats"))
        .hasSize(t.size());
  }

  @Test
  void aDayBeforeTheSubjectIsNoPartOfItsName() {
    ParsedText p = parser.parse("On Friday Morrowpress reported that the talks had stalled.",
        tokens -> true);
    List<org.parallax.model.nlp.Token> t = p.sentences().get(0).tokens();
    List<org.parallax.model.nlp.Dependency> deps = p.sentences().get(0).dependencies();
    int reported = indexOf(t, "reported");
    assertThat(deps).as(deps.toString())
        .anyMatch(d -> d.head() == reported && d.dependent() == indexOf(t, "Morrowpress")
            && d.relation().equals("nsubj"))
        .anyMatch(d -> d.head() == reported && d.dependent() == indexOf(t, "Friday")
            && d.relation().equals("obl"));
    ParsedText q = parser.parse("On Friday Morrowpress was told that the talks had stalled.",
        tokens -> true);
    List<org.parallax.model.nlp.Token> u = q.sentences().get(0).tokens();
    assertThat(q.sentences().get(0).dependencies()).as("passive")
        .noneMatch(d -> d.dependent() == indexOf(u, "Morrowpress") && d.relation().equals("nsubj"));
  }

  private static int indexOf(List<org.parallax.model.nlp.Token> tokens, String word) {
    return tokens.stream().filter(x -> x.word().equals(word)).findFirst().orElseThrow().index();
  }

  @Test
  void findsTemporalExpressionsAnywhereInALongSentence() {
    // SUTime runs on windows around time words; expressions at both ends, a long one in the
    // middle and two anchors close together must come out whole, with offsets into the text
    String text = "On Monday the committee, which has met in closed session for most of its"
        + " existence and rarely publishes anything at all, said that the first three months of"
        + " last year were the worst for the fund since it opened in 1998 and that it will meet"
        + " again a week before Easter.";
    ParsedText p = parser.parse(text, t -> false);
    List<NamedSpan> times = p.spans().stream().filter(NamedSpan::isTemporal).toList();
    for (NamedSpan t : times) {
      assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.text());
    }
    assertThat(times).extracting(NamedSpan::text).contains("Monday",
        "the first three months of last year", "1998").anyMatch(t -> t.contains("Easter"));
  }

  @Test
  void aPartyAndDottedStateEndNoSentence() {
    String text = "Sen. Mara Voss (R-S.C.) said the dam would hold. Her rival, Ilan Roe, D-N.Y., said"
        + " no.\n\nThey left for the U.S. Then it rained.";
    ParsedText p = parser.parse(text, t -> false);
    assertThat(p.sentences()).extracting(x -> text.substring(x.begin(), x.end())).containsExactly(
        "Sen. Mara Voss (R-S.C.) said the dam would hold.",
        "Her rival, Ilan Roe, D-N.Y., said no.", "They left for the U.S.", "Then it rained.");
    var state = p.sentences().get(0).tokens().get(4);
    assertThat(state.word()).isEqualTo("R-S.C.");
    assertThat(text.substring(state.begin(), state.end())).isEqualTo("R-S.C.");
    assertThat(p.sentences().get(1).tokens()).extracting(x -> x.index())
        .startsWith(0, 1, 2);
  }

  @Test
  void aShortTitleEndsNoSentenceAndAHyphenatedGivenNameIsOneName() {
    String text = "\"The ship is safe,\" navy spokeswoman Cdr. Ana Ruiz told reporters. Han"
        + " Ji-won, a lawmaker, said the plan was dead.";
    ParsedText p = parser.parse(text, t -> true);
    assertThat(p.sentences()).extracting(x -> text.substring(x.begin(), x.end())).containsExactly(
        "\"The ship is safe,\" navy spokeswoman Cdr. Ana Ruiz told reporters.",
        "Han Ji-won, a lawmaker, said the plan was dead.");
    // the tagger read "won" as a participle; inside the name it is the name's
    assertThat(p.sentences().get(1).tokens()).filteredOn(x -> x.word().equals("won"))
        .extracting(x -> x.pos()).containsExactly("NNP");
  }

  @Test
  void aParserForOneSentencePerLineBesideTheDefaultOneKeepsItsOwnTokenizer() {
    // CoreNLP pools annotators by name: each configuration must get its own tokenizer
    CoreNlpParser lines = new CoreNlpParser(CoreNlpParser.Config.pretokenizedText());
    ParsedText p = lines.parse("Mara Voss ( R-S.C. ) said no\nIt rained . Then it stopped .\n",
        t -> false);
    assertThat(p.sentences()).hasSize(2);
    assertThat(p.sentences().get(1).tokens()).hasSize(7);
    assertThat(parser.parse("It rained. Then it stopped.", t -> false).sentences()).hasSize(2);
  }
}
