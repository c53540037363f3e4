package org.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.parallax.model.analysis.Event;

/**
 * Event triggers on ECB+ (CAT/CROMER XML, {@code data/<topic>/<topic>_<n>ecb[plus].xml}),
 * restricted to the sentences whose annotation the corpus authors validated
 * ({@code ECBplus_coreference_sentences.csv}), as is standard. ECB+ marks every event mention
 * (ACTION_* and NEG_ACTION_*) without a type; Parallax finds only events of its closed set of
 * types. So precision is scored against all gold action mentions (a predicted trigger is right
 * when it overlaps one), and recall against the gold ACTION_OCCURRENCE mentions — which include
 * many events outside Parallax's types (winning an award, checking into rehab), so it is a lower
 * bound. Per-type precision is reported as parts.
 */
public final class EventEval {
  /** The standard ECB+ splits (Cybulska and Vossen 2015). */
  public enum Split {
    dev(Set.of(2, 5, 12, 18, 21, 23, 34, 35)),
    test(Set.of(36, 37, 38, 39, 40, 41, 42, 43, 44, 45)),
    train(Set.of(1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 16, 19, 20, 22, 24, 25, 26, 27, 28, 29, 30,
        31, 32, 33));

    final Set<Integer> topics;

    Split(Set<Integer> topics) {
      this.topics = topics;
    }
  }

  /** One document as Parallax sees it: text joined from the tokens, and each token's offsets. */
  record Doc(String name, String text, Map<String, int[]> tokenOffsets,
      Map<String, Integer> tokenSentence, List<Gold> gold, Set<Integer> validated) {}

  /** A gold action mention: its tag and token ids. */
  record Gold(String tag, List<String> tokens) {}

  private EventEval() {}

  public static EvalReport run(Path dataDir, Split split, Function<String, List<Event>> analyze,
      Consumer<String> mismatch) throws IOException {
    Path csv = dataDir.resolve("ECBplus_coreference_sentences.csv");
    Path data = dataDir.resolve("data");
    if (!Files.isRegularFile(csv) || !Files.isDirectory(data)) {
      throw new IllegalArgumentException("--data " + dataDir
          + ": expected ECB+ with data/<topic>/*.xml and ECBplus_coreference_sentences.csv");
    }
    Map<String, Set<Integer>> validated = validated(csv);
    List<Path> files = files(dataDir, split);
    int predicted = 0;
    int predictedRight = 0;
    int gold = 0;
    int goldFound = 0;
    Map<Event.Type, int[]> perType = new TreeMap<>();
    int docs = 0;
    for (Path f : files) {
      String name = f.getFileName().toString().replace(".xml", "");
      Set<Integer> sentences = validated.get(name);
      if (sentences == null || sentences.isEmpty()) {
        continue;
      }
      Doc doc = read(f, sentences);
      docs++;
      List<Event> events = analyze.apply(doc.text());
      List<Set<String>> found = new ArrayList<>();
      for (Event e : events) {
        Set<String> tokens = tokensIn(doc, e.trigger().begin(), e.trigger().end());
        if (tokens.isEmpty() || !doc.validated().contains(doc.tokenSentence()
            .get(tokens.iterator().next()))) {
          continue;
        }
        found.add(tokens);
        predicted++;
        boolean right = doc.gold().stream().anyMatch(g -> overlaps(g.tokens(), tokens));
        int[] c = perType.computeIfAbsent(e.type(), k -> new int[2]);
        c[0]++;
        if (right) {
          predictedRight++;
          c[1]++;
        } else {
          mismatch.accept(name + " extra " + e.type() + " '" + e.trigger().text() + "'");
        }
      }
      for (Gold g : doc.gold()) {
        if (!g.tag().endsWith("ACTION_OCCURRENCE")) {
          continue;
        }
        gold++;
        if (found.stream().anyMatch(t -> overlaps(g.tokens(), t))) {
          goldFound++;
        }
      }
    }
    double p = predicted == 0 ? 0 : (double) predictedRight / predicted;
    double r = gold == 0 ? 0 : (double) goldFound / gold;
    List<EvalReport> parts = new ArrayList<>();
    for (Map.Entry<Event.Type, int[]> e : perType.entrySet()) {
      double tp = (double) e.getValue()[1] / e.getValue()[0];
      parts.add(new EvalReport(String.format(Locale.ROOT, "%s (%d predicted)", e.getKey(),
          e.getValue()[0]), tp, 0, 0, e.getValue()[0], List.of()));
    }
    return new EvalReport("events (ECB+ " + split + ", triggers)", p, r, EvalReport.f1(p, r),
        docs, parts);
  }

  private static boolean overlaps(List<String> gold, Set<String> predicted) {
    for (String t : gold) {
      if (predicted.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> tokensIn(Doc doc, int begin, int end) {
    Set<String> out = new HashSet<>();
    for (Map.Entry<String, int[]> e : doc.tokenOffsets().entrySet()) {
      if (e.getValue()[0] < end && begin < e.getValue()[1]) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  /** The XML documents of {@code split}'s topics under {@code dataDir/data}, sorted. */
  static List<Path> files(Path dataDir, Split split) throws IOException {
    Path data = dataDir.resolve("data");
    if (!Files.isDirectory(data)) {
      throw new IllegalArgumentException("--data " + dataDir
          + ": expected ECB+ with data/<topic>/*.xml");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(data)) {
      files = walk.filter(p -> p.getFileName().toString().endsWith(".xml"))
          .filter(p -> split.topics.contains(topic(p))).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("--data " + dataDir + ": no ECB+ files of the " + split
          + " topics " + split.topics);
    }
    return files;
  }

  static int topic(Path f) {
    String n = f.getFileName().toString();
    int u = n.indexOf('_');
    try {
      return u > 0 ? Integer.parseInt(n.substring(0, u)) : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** File name (without .xml) → validated sentence numbers. */
  static Map<String, Set<Integer>> validated(Path csv) throws IOException {
    Map<String, Set<Integer>> out = new HashMap<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.strip().split(",");
      if (c.length == 3) {
        out.computeIfAbsent(c[0] + "_" + c[1], k -> new HashSet<>())
            .add(Integer.parseInt(c[2].strip()));
      }
    }
    return out;
  }

  /** Reads one document: tokens joined by spaces, sentences by blank lines. */
  static Doc read(Path f, Set<Integer> validated) throws IOException {
    Document xml = Jsoup.parse(Files.readString(f, StandardCharsets.UTF_8), "", Parser.xmlParser());
    StringBuilder text = new StringBuilder();
    Map<String, int[]> offsets = new HashMap<>();
    Map<String, Integer> sentenceOf = new HashMap<>();
    int sentence = -1;
    for (Element t : xml.select("token")) {
      int s = Integer.parseInt(t.attr("sentence"));
      if (sentence >= 0 && s != sentence) {
        text.append("\n\n");
      } else if (sentence >= 0) {
        text.append(' ');
      }
      sentence = s;
      int b = text.length();
      text.append(t.text());
      offsets.put(t.attr("t_id"), new int[] {b, text.length()});
      sentenceOf.put(t.attr("t_id"), s);
    }
    List<Gold> gold = new ArrayList<>();
    Element markables = xml.selectFirst("Markables");
    if (markables != null) {
      for (Element m : markables.children()) {
        String tag = m.tagName().toUpperCase(Locale.ROOT);
        if (!(tag.startsWith("ACTION_") || tag.startsWith("NEG_ACTION_"))) {
          continue;
        }
        List<String> tokens = new ArrayList<>();
        for (Element a : m.select("token_anchor")) {
          tokens.add(a.attr("t_id"));
        }
        if (!tokens.isEmpty() && validated.contains(sentenceOf.getOrDefault(tokens.get(0), -1))) {
          gold.add(new Gold(tag, tokens));
        }
      }
    }
    return new Doc(f.getFileName().toString(), text.toString(), offsets, sentenceOf, gold,
        validated);
  }
}
