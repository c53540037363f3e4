package org.parallax.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.eval.EvalReport;
import org.parallax.eval.ExtractionEval;
import org.parallax.eval.MetadataEval;
import org.parallax.eval.NerEval;
import org.parallax.eval.TimeEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax eval TASK --data DIR}: score a stage on real annotated data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores a Parallax stage on an annotated dataset in its original format.")
final class EvalCommand implements Callable<Integer> {
  /** The tasks that can be evaluated. */
  enum Task {
    extraction,
    metadata,
    ner,
    time
  }

  @Parameters(paramLabel = "TASK", description = "What to evaluate: ${COMPLETION-CANDIDATES}.")
  Task task;

  @Option(names = "--data", required = true, paramLabel = "DIR",
      description = "The dataset folder: ../shared/eval/article-extraction (extraction),"
          + " ../shared/corpus/fundus-news-html (metadata), ../shared/eval/conll2003-en (ner),"
          + " ../shared/eval/tempeval3/train (time).")
  Path data;

  @Option(names = "--json", description = "Print {task, precision, recall, f1, items, parts}.")
  boolean json;

  @Option(names = "--verbose", description = "List the score of every item.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(data)) {
      throw new IllegalArgumentException("--data " + data + ": no such directory");
    }
    EvalReport report = switch (task) {
      case extraction -> ExtractionEval.run(data, (id, c) -> {
        if (verbose) {
          out.printf(Locale.ROOT, "%s tp=%.3f fp=%.3f fn=%.3f%n", id, c.tp(), c.fp(), c.fn());
        }
      });
      case metadata -> MetadataEval.run(data, m -> {
        if (verbose) {
          out.println(m);
        }
      });
      case ner -> NerEval.run(data, new org.parallax.corenlp.CoreNlpParser(
          org.parallax.corenlp.CoreNlpParser.Config.pretokenizedText()));
      case time -> TimeEval.run(data, new org.parallax.corenlp.CoreNlpParser(
          new org.parallax.corenlp.CoreNlpParser.Config(
              org.parallax.corenlp.CoreNlpParser.Config.CONLL_4CLASS, false, false)), m -> {
                if (verbose) {
                  out.println(m);
                }
              });
    };
    if (json) {
      out.println(toJson(report).toString());
    } else {
      out.printf(Locale.ROOT, "%s: precision %.3f  recall %.3f  F1 %.3f  (%d items)%n",
          report.task(), report.precision(), report.recall(), report.f1(), report.items());
      for (EvalReport p : report.parts()) {
        out.printf(Locale.ROOT, "  %s: precision %.3f  recall %.3f  F1 %.3f%n", p.task(),
            p.precision(), p.recall(), p.f1());
      }
    }
    return 0;
  }

  static ObjectNode toJson(EvalReport r) {
    ObjectNode o = ArticleJson.MAPPER.createObjectNode();
    o.put("task", r.task());
    o.put("precision", r.precision());
    o.put("recall", r.recall());
    o.put("f1", r.f1());
    o.put("items", r.items());
    ArrayNode parts = o.putArray("parts");
    r.parts().forEach(p -> parts.add(toJson(p)));
    return o;
  }
}
