package org.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.parallax.model.analysis.Analysis;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.Event;
import org.parallax.model.analysis.Mention;
import org.parallax.story.ArticleFeatures;
import org.parallax.story.EventCoreference;
import org.parallax.story.LinkerConfig;
import org.parallax.story.Story;
import org.parallax.story.StoryLinker;
import org.parallax.story.UnionFind;

/**
 * Event coreference on ECB+ with gold mentions: the annotated action mentions of the validated
 * sentences, clustered within and across documents, scored with MUC, B³, CEAF-e and CoNLL F1
 * against the corpus's coreference chains. Documents are grouped into stories by the product's
 * own linker first (no gold topics); within a story two mentions corefer when their head words
 * share a stem (the same-lemma baseline, scored beside) or when Parallax gives them the same
 * event type and their sentences name two entities in common. End-to-end, the mentions are
 * Parallax's own event triggers in the validated sentences instead (a trigger overlapping a gold
 * mention stands for it; gold mentions no trigger found count as missed), clustered by the same
 * rule.
 */
public final class EventCorefEval {
  /** One gold action mention. */
  record GoldMention(String id, String doc, int sentence, int begin, int end, String head,
      String cluster) {}

  private EventCorefEval() {}

  /**
   * Scores {@code split}; documents are linked with their embeddings where {@code embed} is given
   * (null: terms alone), and mentions with {@link EventCoreference} on their triggers' vectors in
   * context where {@code spans} is given (null: the lexical rule, {@link #same}).
   */
  public static EvalReport run(Path dataDir, EventEval.Split split,
      Function<String, Analysis> analyze,
      @Nullable Function<String, float[]> embed, EventCoreference.@Nullable SpanVectors spans)
      throws IOException {
    Path csv = dataDir.resolve("ECBplus_coreference_sentences.csv");
    Path data = dataDir.resolve("data");
    if (!Files.isRegularFile(csv) || !Files.isDirectory(data)) {
      throw new IllegalArgumentException("--data " + dataDir
          + ": expected ECB+ with data/<topic>/*.xml and ECBplus_coreference_sentences.csv");
    }
    Map<String, Set<Integer>> validated = EventEval.validated(csv);
    List<Path> files = EventEval.files(dataDir, split);
    List<GoldMention> mentions = new ArrayList<>();
    Map<String, String> typeOf = new HashMap<>();
    Map<String, Set<String>> argumentsOf = new HashMap<>();
    Map<String, float[]> vectorOf = new HashMap<>();
    Map<String, float[]> predictedVector = new HashMap<>();
    // end-to-end: Parallax's own triggers in the validated sentences, under the id of the gold
    // mention they overlap (when one does)
    List<GoldMention> predicted = new ArrayList<>();
    Map<String, String> predictedType = new HashMap<>();
    Map<String, Set<String>> predictedArguments = new HashMap<>();
    List<ArticleFeatures> features = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString().replace(".xml", "");
      Set<Integer> sentences = validated.getOrDefault(name, Set.of());
      EventEval.Doc doc = EventEval.read(f, sentences);
      Analysis a = analyze.apply(doc.text());
      features.add(ClusteringEval.embedded(ArticleFeatures.of(name, "ecbplus", null, null,
          doc.text(), a), null, doc.text(), embed));
      List<GoldMention> here = read(f, name, doc, sentences);
      mentions.addAll(here);
      if (spans != null) {
        for (GoldMention m : here) {
          vectorOf.put(m.id(), vectorIn(spans, doc, m.sentence(), m.begin(), m.end()));
        }
      }
      for (GoldMention m : here) {
        for (Event e : a.events()) {
          if (e.trigger().begin() < m.end() && m.begin() < e.trigger().end()) {
            typeOf.put(m.id(), e.type().name());
          }
        }
        argumentsOf.put(m.id(), entitiesInSentence(a, doc, m.sentence()));
      }
      Set<String> taken = new HashSet<>();
      for (Event e : a.events()) {
        Integer sentence = sentenceAt(doc, e.trigger().begin());
        if (sentence == null || !sentences.contains(sentence)) {
          continue;
        }
        GoldMention twin = here.stream().filter(m -> !taken.contains(m.id())
            && e.trigger().begin() < m.end() && m.begin() < e.trigger().end()).findFirst()
            .orElse(null);
        String id = twin != null ? twin.id() : name + "#p" + e.trigger().begin();
        taken.add(id);
        predicted.add(new GoldMention(id, name, sentence, e.trigger().begin(), e.trigger().end(),
            EventCoreference.stem(e.trigger().text().strip().split("\\s+")[0]), ""));
        predictedType.put(id, e.type().name());
        predictedArguments.put(id, entitiesInSentence(a, doc, sentence));
        if (spans != null) {
          predictedVector.put(id, vectorIn(spans, doc, sentence, e.trigger().begin(),
              e.trigger().end()));
        }
      }
    }
    Map<String, String> storyOf = new HashMap<>();
    for (Story s : StoryLinker.linkAll(LinkerConfig.DEFAULT, features).stories()) {
      s.articleIds().forEach(id -> storyOf.put(id, s.id()));
    }
    Map<String, String> key = new LinkedHashMap<>();
    mentions.forEach(m -> key.put(m.id(), m.cluster()));
    Map<String, String> lemma = cluster(mentions, storyOf, (x, y) -> x.head().equals(y.head()));
    // with vectors: EventCoreference on every pair of a story; without (--lexical): the head's
    // stem, or across documents the same Parallax type with two entities in common in the sentence
    Map<String, String> ours = cluster(mentions, storyOf, vectorOf.isEmpty()
        ? same(typeOf, argumentsOf) : (x, y) -> EventCoreference.corefer(x.head(),
            vectorOf.get(x.id()), y.head(), vectorOf.get(y.id())));
    List<EvalReport> parts = new ArrayList<>();
    CorefMetrics.Scores oursCross = CorefMetrics.score(key, ours);
    add(parts, "Parallax, cross-document", oursCross, mentions.size());
    add(parts, "same-lemma baseline, cross-document", CorefMetrics.score(key, lemma),
        mentions.size());
    add(parts, "Parallax, within-document", CorefMetrics.score(withinDoc(key, mentions),
        withinDoc(ours, mentions)), mentions.size());
    add(parts, "same-lemma baseline, within-document", CorefMetrics.score(withinDoc(key,
        mentions), withinDoc(lemma, mentions)), mentions.size());
    add(parts, "Parallax end-to-end (own triggers), cross-document", CorefMetrics.score(key,
        cluster(predicted, storyOf, predictedVector.isEmpty()
            ? same(predictedType, predictedArguments)
            : (x, y) -> EventCoreference.corefer(x.head(), predictedVector.get(x.id()), y.head(),
                predictedVector.get(y.id())))), predicted.size());
    add(parts, "same-lemma baseline end-to-end (own triggers), cross-document",
        CorefMetrics.score(key, cluster(predicted, storyOf, (x, y) -> x.head().equals(y.head()))),
        predicted.size());
    if (!vectorOf.isEmpty()) {
      // the timeline compares vectors only across articles; one article's mentions need more
      // than a word in common there (a shared participant), here the stem stands in for it
      add(parts, "Parallax, vectors across documents only, cross-document", CorefMetrics.score(
          key, cluster(mentions, storyOf, (x, y) -> x.doc().equals(y.doc())
              ? x.head().equals(y.head()) : EventCoreference.corefer(x.head(),
                  vectorOf.get(x.id()), y.head(), vectorOf.get(y.id())))), mentions.size());
    }
    double p = (oursCross.muc().precision() + oursCross.b3().precision()
        + oursCross.ceafe().precision()) / 3;
    double r = (oursCross.muc().recall() + oursCross.b3().recall() + oursCross.ceafe().recall())
        / 3;
    return new EvalReport("eventcoref (ECB+ " + split + ", gold mentions, CoNLL F1)", p, r,
        oursCross.conll(), mentions.size(), parts);
  }

  /**
   * The rule without vectors: two mentions corefer when their heads share a stem or, across
   * documents, when Parallax gives both the same type and their sentences name two entities in
   * common.
   */
  private static java.util.function.BiPredicate<GoldMention, GoldMention> same(
      Map<String, String> typeOf, Map<String, Set<String>> argumentsOf) {
    return (x, y) -> x.head().equals(y.head())
        || !x.doc().equals(y.doc()) && typeOf.get(x.id()) != null
        && typeOf.get(x.id()).equals(typeOf.get(y.id()))
        && argumentsOf.get(x.id()).stream().filter(argumentsOf.get(y.id())::contains).limit(2)
            .count() >= 2;
  }

  /** The sentence of the token covering character {@code offset}, or null. */
  private static @Nullable Integer sentenceAt(EventEval.Doc doc, int offset) {
    for (Map.Entry<String, int[]> t : doc.tokenOffsets().entrySet()) {
      if (t.getValue()[0] <= offset && offset < t.getValue()[1]) {
        return doc.tokenSentence().get(t.getKey());
      }
    }
    return null;
  }

  private static void add(List<EvalReport> parts, String name, CorefMetrics.Scores s, int n) {
    parts.add(new EvalReport(String.format(Locale.ROOT, "%s: MUC %.3f  B³ %.3f  CEAF-e %.3f  CoNLL",
        name, s.muc().f1(), s.b3().f1(), s.ceafe().f1()), (s.muc().precision()
            + s.b3().precision() + s.ceafe().precision()) / 3, (s.muc().recall()
                + s.b3().recall() + s.ceafe().recall()) / 3, s.conll(), n, List.of()));
  }

  /** The same clustering with every cluster cut at document boundaries. */
  private static Map<String, String> withinDoc(Map<String, String> c, List<GoldMention> ms) {
    Map<String, String> out = new LinkedHashMap<>();
    for (GoldMention m : ms) {
      out.put(m.id(), m.doc() + "\u0000" + c.get(m.id()));
    }
    return out;
  }

  /** Union of the mention pairs {@code same} accepts, within each predicted story. */
  private static Map<String, String> cluster(List<GoldMention> ms, Map<String, String> storyOf,
      java.util.function.BiPredicate<GoldMention, GoldMention> same) {
    Map<String, List<Integer>> byStory = new LinkedHashMap<>();
    for (int i = 0; i < ms.size(); i++) {
      byStory.computeIfAbsent(storyOf.get(ms.get(i).doc()), k -> new ArrayList<>()).add(i);
    }
    UnionFind sets = new UnionFind(ms.size());
    for (List<Integer> in : byStory.values()) {
      for (int x = 0; x < in.size(); x++) {
        for (int y = x + 1; y < in.size(); y++) {
          if (same.test(ms.get(in.get(x)), ms.get(in.get(y)))) {
            sets.union(in.get(x), in.get(y));
          }
        }
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < ms.size(); i++) {
      out.put(ms.get(i).id(), "c" + sets.find(i));
    }
    return out;
  }


  /** The vector of the characters {@code [begin, end)} of {@code doc} read in their sentence. */
  private static float[] vectorIn(EventCoreference.SpanVectors spans, EventEval.Doc doc,
      int sentence, int begin, int end) {
    int[] sp = sentenceSpan(doc, sentence);
    return spans.of(doc.text().substring(sp[0], sp[1]), begin - sp[0], end - sp[0]);
  }

  /** The character span {@code [begin, end)} of sentence {@code sentence} of {@code doc}. */
  static int[] sentenceSpan(EventEval.Doc doc, int sentence) {
    int begin = Integer.MAX_VALUE;
    int end = -1;
    for (Map.Entry<String, Integer> t : doc.tokenSentence().entrySet()) {
      if (t.getValue() == sentence) {
        int[] o = doc.tokenOffsets().get(t.getKey());
        begin = Math.min(begin, o[0]);
        end = Math.max(end, o[1]);
      }
    }
    return new int[] {begin, end};
  }

  static Set<String> entitiesInSentence(Analysis a, EventEval.Doc doc, int sentence) {
    int[] span = sentenceSpan(doc, sentence);
    int begin = span[0];
    int end = span[1];
    Set<String> out = new HashSet<>();
    for (Entity e : a.entities()) {
      for (Mention m : e.mentions()) {
        if (m.begin() >= begin && m.end() <= end) {
          out.add(m.standsFor() != null ? m.standsFor() : e.id());
        }
      }
    }
    return out;
  }

  /** The action mentions of the validated sentences with their gold chains. */
  static List<GoldMention> read(Path f, String name, EventEval.Doc doc,
      Set<Integer> sentences) throws IOException {
    Document xml = Jsoup.parse(Files.readString(f, StandardCharsets.UTF_8), "",
        Parser.xmlParser());
    Map<String, String> instance = new HashMap<>();
    Map<String, List<String>> anchors = new LinkedHashMap<>();
    Element markables = xml.selectFirst("Markables");
    if (markables != null) {
      for (Element m : markables.children()) {
        String tag = m.tagName().toUpperCase(Locale.ROOT);
        if (!m.attr("instance_id").isEmpty()) {
          instance.put(m.attr("m_id"), m.attr("instance_id"));
        }
        if (tag.startsWith("ACTION_") || tag.startsWith("NEG_ACTION_")) {
          List<String> tokens = new ArrayList<>();
          m.select("token_anchor").forEach(t -> tokens.add(t.attr("t_id")));
          if (!tokens.isEmpty()) {
            anchors.put(m.attr("m_id"), tokens);
          }
        }
      }
    }
    Map<String, String> chain = new HashMap<>();
    for (Element rel : xml.select("CROSS_DOC_COREF, INTRA_DOC_COREF")) {
      Element target = rel.selectFirst("target");
      if (target == null) {
        continue;
      }
      String t = target.attr("m_id");
      String id = instance.getOrDefault(t, name + "#" + t);
      for (Element s : rel.select("source")) {
        chain.put(s.attr("m_id"), id);
      }
    }
    List<GoldMention> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> m : anchors.entrySet()) {
      List<String> tokens = m.getValue();
      Integer sentence = doc.tokenSentence().get(tokens.get(0));
      int[] first = doc.tokenOffsets().get(tokens.get(0));
      int[] last = doc.tokenOffsets().get(tokens.get(tokens.size() - 1));
      if (sentence == null || first == null || last == null || !sentences.contains(sentence)) {
        continue;
      }
      String id = name + "#" + m.getKey();
      out.add(new GoldMention(id, name, sentence, first[0], Math.max(first[1], last[1]),
          EventCoreference.stem(doc.text().substring(first[0], first[1])),
          chain.getOrDefault(m.getKey(), id)));
    }
    return out;
  }

}
