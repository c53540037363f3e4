package org.parallax.analysis;

import org.parallax.corenlp.CoreNlpParser;

/** One CoreNLP pipeline for every test class of this module (they share one JVM). */
final class SharedAnalyzer {
  private static Analyzer analyzer;

  private SharedAnalyzer() {}

  static synchronized Analyzer get() {
    if (analyzer == null) {
      analyzer = new Analyzer(new CoreNlpParser(CoreNlpParser.Config.defaults()),
          Gazetteer.bundled());
    }
    return analyzer;
  }
}
