package org.parallax.corenlp;

import edu.stanford.nlp.ie.crf.NgramCachingFeatureFactory;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import java.io.IOException;
import java.util.Properties;

/**
 * CoreNLP's NER annotator, configured by the same {@code ner.*} properties, with the CRF's
 * character n-grams made once per word ({@link NgramCachingFeatureFactory}): the same entities,
 * found faster (docs/BENCHMARKS.md). Used as a custom annotator in place of {@code ner}.
 */
public final class NewsNer extends NERCombinerAnnotator {
  private final int cached;

  /** The signature CoreNLP calls for {@code customAnnotatorClass.NAME}. */
  public NewsNer(String name, Properties props) throws IOException {
    super(props);
    cached = NgramCachingFeatureFactory.install(this);
  }

  /** How many of the annotator's CRF models make their n-grams once per word (0: none can). */
  int cachedModels() {
    return cached;
  }
}
