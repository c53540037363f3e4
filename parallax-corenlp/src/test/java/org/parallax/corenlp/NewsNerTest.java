package org.parallax.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The NER annotator the parser uses makes its model's n-grams once per word. */
class NewsNerTest {
  @Test
  void theConllModelGetsTheNgramCache() throws Exception {
    Properties p = new Properties();
    p.setProperty("ner.model", CoreNlpParser.Config.CONLL_4CLASS);
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    assertThat(new NewsNer("newsner", p).cachedModels()).isEqualTo(1);
  }
}
