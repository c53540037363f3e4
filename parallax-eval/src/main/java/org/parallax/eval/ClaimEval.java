package org.parallax.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.parallax.model.analysis.Analysis;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.Mention;
import org.parallax.story.Comparison;

/**
 * The claim-alignment decision of the report ({@link Comparison#sameClaim}) on ECB+ sentence
 * pairs. ECB+ has no claim groups, but its event chains say when two sentences of different
 * documents report the same happening: the candidate pairs are the validated sentences of two
 * documents of one topic (the storyline the report compares) that name a common entity — the
 * pairs the report weighs — and a pair is the same proposition when the sentences hold mentions
 * of one gold event chain. Precision and recall are over those pairs; the word rule is scored
 * beside.
 */
public final class ClaimEval {
  /** One validated sentence with its wording, entities, gold chains and embedding. */
  private record Sentence(String doc, String topic, Map<String, Integer> terms,
      Set<String> entities, Set<String> chains, float @Nullable [] embedding) {}

  private ClaimEval() {}

  /**
   * Scores {@code split}; sentences are compared by their embeddings where {@code embed} is
   * given (null: by their words, as the report does without a model).
   */
  public static EvalReport run(Path dataDir, EventEval.Split split,
      Function<String, Analysis> analyze, @Nullable Function<String, float[]> embed)
      throws IOException {
    Path csv = dataDir.resolve("ECBplus_coreference_sentences.csv");
    if (!Files.isRegularFile(csv) || !Files.isDirectory(dataDir.resolve("data"))) {
      throw new IllegalArgumentException("--data " + dataDir
          + ": expected ECB+ with data/<topic>/*.xml and ECBplus_coreference_sentences.csv");
    }
    Map<String, Set<Integer>> validated = EventEval.validated(csv);
    List<Sentence> sentences = new ArrayList<>();
    for (Path f : EventEval.files(dataDir, split)) {
      String name = f.getFileName().toString().replace(".xml", "");
      Set<Integer> valid = validated.getOrDefault(name, Set.of());
      EventEval.Doc doc = EventEval.read(f, valid);
      Analysis a = analyze.apply(doc.text());
      List<Mention> mentions = new ArrayList<>();
      for (Entity e : a.entities()) {
        mentions.addAll(e.mentions());
      }
      Map<Integer, Set<String>> chains = new LinkedHashMap<>();
      for (EventCorefEval.GoldMention m : EventCorefEval.read(f, name, doc, valid)) {
        chains.computeIfAbsent(m.sentence(), k -> new HashSet<>()).add(m.cluster());
      }
      for (Map.Entry<Integer, Set<String>> c : chains.entrySet()) {
        int[] span = EventCorefEval.sentenceSpan(doc, c.getKey());
        String text = doc.text().substring(span[0], span[1]);
        sentences.add(new Sentence(name, name.substring(0, name.indexOf('_') + 1),
            Comparison.wording(doc.text(), span[0], span[1], mentions),
            EventCorefEval.entitiesInSentence(a, doc, c.getKey()), c.getValue(),
            embed == null ? null : embed.apply(text)));
      }
    }
    int[] ours = new int[3]; // true positives, predicted, gold
    int[] words = new int[3];
    int pairs = 0;
    for (int i = 0; i < sentences.size(); i++) {
      for (int j = i + 1; j < sentences.size(); j++) {
        Sentence x = sentences.get(i);
        Sentence y = sentences.get(j);
        if (x.doc().equals(y.doc()) || !x.topic().equals(y.topic())
            || x.entities().stream().noneMatch(y.entities()::contains)) {
          continue;
        }
        pairs++;
        boolean same = x.chains().stream().anyMatch(y.chains()::contains);
        count(ours, same, Comparison.sameClaim(x.terms(), x.embedding(), y.terms(),
            y.embedding()));
        count(words, same, Comparison.sameClaim(x.terms(), null, y.terms(), null));
      }
    }
    EvalReport wordRule = report("word rule", words, pairs);
    EvalReport main = report("claims (ECB+ " + split + ", same-topic sentence pairs naming a"
        + " common entity)", ours, pairs);
    return new EvalReport(main.task(), main.precision(), main.recall(), main.f1(), pairs,
        List.of(wordRule));
  }

  private static void count(int[] c, boolean gold, boolean predicted) {
    c[0] += gold && predicted ? 1 : 0;
    c[1] += predicted ? 1 : 0;
    c[2] += gold ? 1 : 0;
  }

  private static EvalReport report(String name, int[] c, int pairs) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
    return new EvalReport(name, p, r, EvalReport.f1(p, r), pairs, List.of());
  }
}
