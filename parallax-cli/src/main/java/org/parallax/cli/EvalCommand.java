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
import org.parallax.eval.AttributionEval;
import java.util.List;
import java.util.Map;
import org.parallax.eval.NerEval;
import org.parallax.eval.PropagandaEval;
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
    entities,
    time,
    attribution,
    propaganda,
    framing,
    events,
    clustering,
    eventcoref,
    claims
  }

  @Parameters(paramLabel = "TASK", description = "What to evaluate: ${COMPLETION-CANDIDATES}.")
  Task task;

  @Option(names = "--data", required = true, paramLabel = "DIR",
      description = "The dataset folder: ../shared/eval/article-extraction (extraction),"
          + " ../shared/corpus/fundus-news-html (metadata), ../shared/eval/conll2003-en (ner,"
          + " entities),"
          + " ../shared/eval/tempeval3/train (time), ../shared/eval/polnear (attribution, dev split),"
          + " ../shared/eval/ptc-semeval2020-task11 (propaganda), ../shared/eval/ecbplus (events,"
          + " clustering, eventcoref, claims), ../shared/eval/basil (clustering, framing).")
  Path data;

  @Option(names = "--split", defaultValue = "dev", paramLabel = "SPLIT",
      description = "ECB+ topics to score (events, clustering, eventcoref, claims):"
          + " ${COMPLETION-CANDIDATES}"
          + " (default: dev); for BASIL clustering dev is 2010-2017 and test 2018-2019, for BASIL"
          + " framing dev is 2010-2013, train 2014-2017 (held out) and test 2018-2019; for PTC dev is"
          + " every other article of its train folder from the first, train the rest (held out)"
          + " and test its dev folder.")
  org.parallax.eval.EventEval.Split split;

  @Option(names = "--thresholds", paramLabel = "STORY,STORYLINE", split = ",",
      description = "Clustering: the linker's story and storyline similarity thresholds"
          + " (default: the product's, " + "see docs/EVALUATION.md).")
  double @org.jspecify.annotations.Nullable [] thresholds;

  @Option(names = "--sweep", description = "Clustering: also score a grid of thresholds.")
  boolean sweep;

  @Option(names = "--lexical", description = "Clustering and eventcoref: link on terms alone,"
      + " without sentence embeddings; claims: compare by words alone (for comparison).")
  boolean lexical;

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
    List<AttributionEval.ElementScore> elements = List.of();
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
      case entities -> NerEval.runResolved(data, text -> Analyzers.forThisThread()
          .analyze(evalArticle(text)).entities(), m -> {
            if (verbose) {
              out.println(m);
            }
          });
      case time -> TimeEval.run(data, new org.parallax.corenlp.CoreNlpParser(
          new org.parallax.corenlp.CoreNlpParser.Config(
              org.parallax.corenlp.CoreNlpParser.Config.CONLL_4CLASS, false, false)), m -> {
                if (verbose) {
                  out.println(m);
                }
              });
      case framing -> org.parallax.eval.FramingEval.run(data, split, (text, spans) -> {
        org.parallax.analysis.Analyzer.Reading r = Analyzers.forThisThread().read(
            evalArticle(text), spans);
        return new org.parallax.eval.FramingEval.Reading(r.analysis().framing(),
            r.analysis().entities(), r.atSpans());
      }, m -> {
        if (verbose) {
          out.println(m);
        }
      });
      case events -> org.parallax.eval.EventEval.run(data, split,
          text -> analysis(text).events(), m -> {
            if (verbose) {
              out.println(m);
            }
          });
      case propaganda -> PropagandaEval.run(data, split, text -> Analyzers.forThisThread()
          .framingOnly(text), line -> {
            if (verbose) {
              out.println(line);
            }
          });
      case clustering -> {
        boolean basil = Files.isDirectory(data.resolve("articles"));
        List<org.parallax.eval.ClusteringEval.Item> items = basil
            ? org.parallax.eval.ClusteringEval.basil(data, split, EvalCommand::analysis,
                embedder())
            : org.parallax.eval.ClusteringEval.ecbPlus(data, split, EvalCommand::analysis,
                embedder());
        org.parallax.story.LinkerConfig cfg = lexical
            ? org.parallax.story.LinkerConfig.DEFAULT.lexical()
            : org.parallax.story.LinkerConfig.DEFAULT;
        if (thresholds != null) {
          if (thresholds.length != 2) {
            throw new IllegalArgumentException("--thresholds needs STORY,STORYLINE, got "
                + thresholds.length + " numbers");
          }
          cfg = cfg.withThresholds(thresholds[0], thresholds[1]);
        }
        String name = (basil ? "BASIL " : "ECB+ ") + split;
        if (sweep) {
          for (double s = 0.10; s < 0.61; s += 0.05) {
            for (double l = 0.05; l <= s + 1e-9; l += 0.05) {
              EvalReport r = org.parallax.eval.ClusteringEval.score(name, items,
                  cfg.withThresholds(s, l));
              out.printf(Locale.ROOT, "story %.2f storyline %.2f:", s, l);
              for (EvalReport p : r.parts()) {
                out.printf(Locale.ROOT, "  %s F1 %.3f", p.task(), p.f1());
              }
              out.println();
            }
          }
        }
        if (verbose) {
          org.parallax.eval.ClusteringEval.explain(items, cfg).forEach(out::println);
        }
        EvalReport r = org.parallax.eval.ClusteringEval.score(name, items, cfg);
        if (basil) {
          yield r; // linked in date order, as a store is
        }
        List<EvalReport> parts = new java.util.ArrayList<>(r.parts());
        parts.addAll(org.parallax.eval.ClusteringEval.shuffled(name, items, cfg, ORDERS));
        yield new EvalReport(r.task(), r.precision(), r.recall(), r.f1(), r.items(), parts);
      }
      case eventcoref -> org.parallax.eval.EventCorefEval.run(data, split,
          EvalCommand::analysis, embedder(),
          lexical ? null : Embeddings::ofSpan);
      case claims -> org.parallax.eval.ClaimEval.run(data, split,
          EvalCommand::analysis,
          lexical ? null : Embeddings::ofText);
      case attribution -> {
        AttributionEval.Result r = AttributionEval.run(data, text -> Analyzers.forThisThread()
            .analyze(evalArticle(text)).attributions(), m -> {
              if (verbose) {
                out.println(m);
              }
            });
        elements = r.elements();
        yield r.report();
      }
    };
    if (json) {
      ObjectNode o = toJson(report);
      for (AttributionEval.ElementScore e : elements) {
        o.putObject(e.element()).put("precision", e.precision()).put("recall", e.recall())
            .put("f1", e.f1()).put("overlapPrecision", e.overlapPrecision())
            .put("overlapRecall", e.overlapRecall()).put("overlapF1", e.overlapF1());
      }
      out.println(o.toString());
    } else {
      out.printf(Locale.ROOT, "%s: precision %.3f  recall %.3f  F1 %.3f  (%d items)%n",
          report.task(), report.precision(), report.recall(), report.f1(), report.items());
      for (EvalReport p : report.parts()) {
        if (task == Task.eventcoref) { // each part names its three metrics; F1 is CoNLL's
          out.printf(Locale.ROOT, "  %s F1 %.3f%n", p.task(), p.f1());
          continue;
        }
        if (task == Task.events) { // per-type parts score precision only
          out.printf(Locale.ROOT, "  %s: precision %.3f%n", p.task(), p.precision());
          continue;
        }
        out.printf(Locale.ROOT, "  %s: precision %.3f  recall %.3f  F1 %.3f%n", p.task(),
            p.precision(), p.recall(), p.f1());
      }
      for (AttributionEval.ElementScore e : elements) {
        out.printf(Locale.ROOT, "  %s overlap: precision %.3f  recall %.3f  F1 %.3f%n",
            e.element(), e.overlapPrecision(), e.overlapRecall(), e.overlapF1());
      }
    }
    return 0;
  }

  /** The lead embedding the product links with, or null with {@code --lexical}. */
  private java.util.function.@org.jspecify.annotations.Nullable Function<String, float[]>
      embedder() {
    return lexical ? null : Embeddings::ofText;
  }

  /** How many shuffled orders the ECB+ clustering is also scored in. */
  static final int ORDERS = 5;

  /**
   * The latest analyses of evaluation texts, by text: ECB+ is scored by four tasks (events,
   * clustering, event coreference, claims), and a JVM that runs several (the tests) analyses each
   * document once. Bounded, so a long run keeps only the latest.
   */
  private static final Map<String, org.parallax.model.analysis.Analysis> ANALYSES =
      java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(
            Map.Entry<String, org.parallax.model.analysis.Analysis> eldest) {
          return size() > 2_000;
        }
      });

  /** The analysis of evaluation text {@code text} (the same text, the same analysis). */
  static org.parallax.model.analysis.Analysis analysis(String text) {
    org.parallax.model.analysis.Analysis known = ANALYSES.get(text);
    if (known != null) {
      return known;
    }
    org.parallax.model.analysis.Analysis a = Analyzers.forThisThread().analyze(evalArticle(text));
    ANALYSES.put(text, a);
    return a;
  }

  /** A bare article around evaluation text, so offsets stay those of the dataset. */
  static org.parallax.model.Article evalArticle(String text) {
    return new org.parallax.model.Article(org.parallax.ingest.ArticleBuilder.contentId("eval", null,
        text), "eval", org.parallax.model.InputKind.TEXT_DUMP,
        org.parallax.model.Outlet.unregistered("eval"), null, null, null, null, "en", List.of(),
        text, List.of(), List.of(), List.of());
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
