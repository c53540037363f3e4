package org.parallax.cli;

import org.parallax.analysis.Analyzer;
import org.parallax.analysis.Gazetteer;
import org.parallax.corenlp.CoreNlpParser;

/** One analyzer per thread, loaded on first use (the CoreNLP models take seconds to load). */
final class Analyzers {
  private static final Gazetteer GAZETTEER = Gazetteer.bundled();
  private static final ThreadLocal<Analyzer> PER_THREAD = ThreadLocal.withInitial(
      () -> new Analyzer(new CoreNlpParser(CoreNlpParser.Config.defaults()), GAZETTEER));

  private Analyzers() {}

  static Analyzer forThisThread() {
    return PER_THREAD.get();
  }
}
