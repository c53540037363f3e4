package org.parallax.corenlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP's full default pipeline (tokenize, ssplit, pos, lemma, ner with fine-grained NER,
 * depparse, statistical coref, quote), for benchmarks only: the baseline Parallax's own pipeline is
 * measured against.
 */
public final class FullPipeline {
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
  private final StanfordCoreNLP pipeline;

  public FullPipeline() {
    Properties p = new Properties();
    p.setProperty("annotators", ANNOTATORS);
    p.setProperty("coref.algorithm", "statistical");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    this.pipeline = new StanfordCoreNLP(p);
  }

  /** Annotates {@code text}; returns the number of tokens. */
  public int annotate(String text) {
    Annotation a = new Annotation(text);
    pipeline.annotate(a);
    return a.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size();
  }
}
