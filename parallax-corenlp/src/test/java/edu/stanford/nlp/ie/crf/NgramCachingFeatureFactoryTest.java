package edu.stanford.nlp.ie.crf;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.FeatureFactory;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.corenlp.CoreNlpParser;

/**
 * The n-gram cache against CoreNLP's own NER features, on text written for this test: the same
 * features for every word and clique, and the same entities.
 */
class NgramCachingFeatureFactoryTest {
  /** Invented news: names, hyphens, digits, accents, a possessive, a run of capitals. */
  private static final String TEXT = "Velkan Interior Minister Doru Marescu said on Tuesday that"
      + " the U.S.-backed coalition had withdrawn from Port Ardel, the capital of Nordavia's"
      + " eastern province. \"We will not negotiate with terrorists,\" Marescu told reporters in"
      + " São Tomé after a meeting with officials of the Alliance for Coastal States (ACS).\n\n"
      + "The Kyiv-based analyst Olena Hryhorenko, 42, said COVID-19 rules and the 2024 floods had"
      + " cost the port 1.5 billion euros. Reuters and Le Monde reported that Zelenskyy's office"
      + " declined to comment. MORE TO FOLLOW: Hryhorenko-Marescu talks resume next week in"
      + " Geneva.";

  private static CRFClassifier<CoreLabel> crf;
  private static FeatureFactory<CoreLabel> stock;
  private static NgramCachingFeatureFactory<CoreLabel> fast;

  @BeforeAll
  static void load() throws Exception {
    crf = CRFClassifier.getClassifier(CoreNlpParser.Config.CONLL_4CLASS);
    stock = crf.featureFactories.get(0);
    fast = NgramCachingFeatureFactory.of(crf);
  }

  private static void use(FeatureFactory<CoreLabel> factory) {
    crf.featureFactories.set(0, factory);
  }

  @Test
  void theModelIsOneTheCacheReproduces() {
    assertThat(fast).isNotNull();
    assertThat(NgramCachingFeatureFactory.supports(crf.flags)).isTrue();
  }

  @Test
  void everyWordGetsTheFeaturesCoreNlpGivesIt() {
    use(stock);
    List<List<CoreLabel>> docs = crf.classify(TEXT);
    int compared = 0;
    for (List<CoreLabel> doc : docs) {
      use(stock);
      int[][][] expected = crf.documentToDataAndLabels(doc).first();
      use(fast);
      int[][][] actual = crf.documentToDataAndLabels(doc).first();
      assertThat(actual.length).isEqualTo(expected.length);
      for (int j = 0; j < expected.length; j++) {
        for (int k = 0; k < expected[j].length; k++) {
          int[] e = expected[j][k].clone();
          int[] a = actual[j][k].clone();
          Arrays.sort(e);
          Arrays.sort(a);
          assertThat(a).as("word %d (%s), clique %d", j, doc.get(j).word(), k).isEqualTo(e);
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(100);
    use(stock);
  }

  @Test
  void theEntitiesAreCoreNlps() {
    use(stock);
    List<String> expected = answers(crf.classify(TEXT));
    use(fast);
    List<String> first = answers(crf.classify(TEXT));
    List<String> again = answers(crf.classify(TEXT)); // from the cache
    use(stock);
    assertThat(first).isEqualTo(expected);
    assertThat(again).isEqualTo(expected);
    assertThat(expected).contains("Marescu/PERSON", "Geneva/LOCATION", "Reuters/ORGANIZATION");
  }

  @Test
  void aDomainGetsItsOwnCopyOfEachNgram() {
    assertThat(fast.ngramFeatures("Kyiv", null)).containsExactly("#<K#|C", "#<Ky#|C",
        "#<Kyi#|C", "#<Kyiv#|C", "#<Kyiv>#|C", "#<Kyiv>#|C", "#Kyiv>#|C",
        "#yiv>#|C", "#iv>#|C", "#v>#|C");
    assertThat(fast.ngramFeatures("Ky", "news")).containsExactly("#<K#|C", "#<K#|news-C",
        "#<Ky#|C", "#<Ky#|news-C", "#<Ky>#|C", "#<Ky>#|news-C", "#<Ky>#|C", "#<Ky>#|news-C",
        "#Ky>#|C", "#Ky>#|news-C", "#y>#|C", "#y>#|news-C");
  }

  @Test
  void aFactoryAlreadyReplacedIsLeftAlone() {
    use(fast);
    assertThat(NgramCachingFeatureFactory.of(crf)).isNull();
    use(stock);
  }

  private static List<String> answers(List<List<CoreLabel>> docs) {
    return docs.stream().flatMap(List::stream)
        .map(l -> l.word() + "/" + l.get(CoreAnnotations.AnswerAnnotation.class)).toList();
  }
}
