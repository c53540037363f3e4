package org.parallax.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.parallax.model.Article;
import org.parallax.model.InputKind;
import org.parallax.model.Outlet;
import org.parallax.model.analysis.Analysis;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.Mention;
import org.parallax.story.Analysed;
import org.parallax.story.Comparison;

/**
 * The claim-alignment decision of the report ({@link Comparison#sameClaim}) on ECB+ sentence
 * pairs. ECB+ has no claim groups, but its event chains say when two sentences of different
 * documents report the same happening: the candidate pairs are the validated sentences of two
 * documents of one topic (the storyline the report compares) that name a common entity — the
 * pairs the report weighs — and a pair is the same proposition when the sentences hold mentions
 * of one gold event chain. Precision and recall are over those pairs; the word rule is scored
 * beside.
 *
 * <p>The report then groups claims, and a group is more than its pairs: claims joined one pair at
 * a time can chain into a group whose ends say different things. So the groups themselves are
 * scored too: each topic's documents are compared as one storyline ({@link Comparison#of}), and
 * every two claims of different documents that lie in annotated sentences are a pair, the same
 * proposition when their sentences hold mentions of one gold event chain, predicted so when the
 * report put them in one group.
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
    Map<String, List<Analysed>> storylines = new LinkedHashMap<>();
    Map<String, Annotated> annotated = new HashMap<>();
    for (Path f : EventEval.files(dataDir, split)) {
      String name = f.getFileName().toString().replace(".xml", "");
      Set<Integer> valid = validated.getOrDefault(name, Set.of());
      EventEval.Doc doc = EventEval.read(f, valid);
      Analysis a = analyze.apply(doc.text());
      Article article = new Article(a.articleId(), name, InputKind.TEXT_DUMP,
          Outlet.unregistered(name), null, null, null, null, "en", List.of(), doc.text(),
          List.of(), List.of(), List.of());
      storylines.computeIfAbsent(name.substring(0, name.indexOf('_') + 1),
          k -> new ArrayList<>()).add(new Analysed(article, a));
      List<Mention> mentions = new ArrayList<>();
      for (Entity e : a.entities()) {
        mentions.addAll(e.mentions());
      }
      Map<Integer, Set<String>> chains = new LinkedHashMap<>();
      for (EventCorefEval.GoldMention m : EventCorefEval.read(f, name, doc, valid)) {
        chains.computeIfAbsent(m.sentence(), k -> new HashSet<>()).add(m.cluster());
      }
      List<int[]> spans = new ArrayList<>();
      List<Set<String>> spanChains = new ArrayList<>();
      for (Map.Entry<Integer, Set<String>> c : chains.entrySet()) {
        int[] span = EventCorefEval.sentenceSpan(doc, c.getKey());
        spans.add(span);
        spanChains.add(c.getValue());
        String text = doc.text().substring(span[0], span[1]);
        sentences.add(new Sentence(name, name.substring(0, name.indexOf('_') + 1),
            Comparison.wording(doc.text(), span[0], span[1], mentions),
            EventCorefEval.entitiesInSentence(a, doc, c.getKey()), c.getValue(),
            embed == null ? null : embed.apply(text)));
      }
      annotated.put(a.articleId(), new Annotated(name, spans, spanChains));
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
        List.of(wordRule, groups(storylines, annotated, embed)));
  }

  /** A document's annotated sentences (character spans) and the gold chains each holds. */
  private record Annotated(String name, List<int[]> spans, List<Set<String>> chains) {
    @Nullable Set<String> chainsAt(int offset) {
      for (int i = 0; i < spans.size(); i++) {
        if (spans.get(i)[0] <= offset && offset < spans.get(i)[1]) {
          return chains.get(i);
        }
      }
      return null;
    }
  }

  /** The report's claim groups, each topic compared as one storyline, scored on claim pairs. */
  private static EvalReport groups(Map<String, List<Analysed>> storylines,
      Map<String, Annotated> annotated, @Nullable Function<String, float[]> embed) {
    int[] c = new int[3];
    int pairs = 0;
    int groups = 0;
    int largest = 0;
    for (Map.Entry<String, List<Analysed>> topic : storylines.entrySet()) {
      Comparison comparison = Comparison.of(topic.getKey(), topic.getValue(), name -> false, null,
          embed == null ? null : embed::apply);
      List<int[]> where = new ArrayList<>(); // group, document
      List<Set<String>> gold = new ArrayList<>();
      List<String> docs = new ArrayList<>();
      for (int g = 0; g < comparison.claimGroups().size(); g++) {
        Comparison.ClaimGroup group = comparison.claimGroups().get(g);
        int scored = 0;
        for (Comparison.Claim claim : group.claims()) {
          Annotated doc = annotated.get(claim.content().articleId());
          Set<String> chains = doc == null ? null : doc.chainsAt(claim.content().begin());
          if (chains != null) {
            where.add(new int[] {g});
            gold.add(chains);
            docs.add(doc.name());
            scored++;
          }
        }
        groups += scored > 0 ? 1 : 0;
        largest = Math.max(largest, scored);
      }
      for (int i = 0; i < where.size(); i++) {
        for (int j = i + 1; j < where.size(); j++) {
          if (docs.get(i).equals(docs.get(j))) {
            continue;
          }
          pairs++;
          count(c, gold.get(i).stream().anyMatch(gold.get(j)::contains),
              where.get(i)[0] == where.get(j)[0]);
        }
      }
    }
    return report("claim groups (" + groups + " groups, the largest " + largest
        + " annotated claims; pairs of claims of different documents)", c, pairs);
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
