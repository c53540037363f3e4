package org.parallax.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.nlp.NamedSpan;
import org.parallax.model.nlp.ParsedText;
import org.parallax.model.nlp.Sentence;
import org.parallax.model.nlp.TextParser;

/**
 * Named-entity recognition on CoNLL-2003 ({@code eng.testa}: token, POS, chunk, IOB1 tag per
 * line, blank lines between sentences, {@code -DOCSTART-} between documents), scored like
 * conlleval: an entity counts when its span and type both match; micro precision, recall and F1,
 * with one part per type (PER, LOC, ORG, MISC).
 */
public final class NerEval {
  private static final Map<String, String> TYPES = Map.of("PERSON", "PER", "LOCATION", "LOC",
      "ORGANIZATION", "ORG", "MISC", "MISC");

  /** A typed span of tokens in one sentence: [sentence, first, last, type]. */
  record Chunk(int sentence, int first, int last, String type) {}

  private NerEval() {}

  public static EvalReport run(Path dataDir, TextParser parser) throws IOException {
    Path file = dataDir.resolve("eng.testa");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("--data " + dataDir + ": expected eng.testa (CoNLL-2003)");
    }
    List<List<String[]>> sentences = read(file);
    Set<Chunk> gold = new HashSet<>();
    Set<Chunk> predicted = new HashSet<>();
    // parse in batches of sentences, one sentence per line
    int batch = 200;
    for (int from = 0; from < sentences.size(); from += batch) {
      List<List<String[]>> part = sentences.subList(from, Math.min(sentences.size(), from + batch));
      StringBuilder text = new StringBuilder();
      for (List<String[]> s : part) {
        for (int i = 0; i < s.size(); i++) {
          text.append(i == 0 ? "" : " ").append(s.get(i)[0]);
        }
        text.append('\n');
      }
      ParsedText parsed = parser.parse(text.toString(), t -> false);
      if (parsed.sentences().size() != part.size()) {
        throw new IllegalStateException("sentence split drifted: " + parsed.sentences().size()
            + " sentences for " + part.size() + " lines at sentence " + from);
      }
      for (int k = 0; k < part.size(); k++) {
        gold.addAll(chunks(from + k, part.get(k)));
        Sentence ps = parsed.sentences().get(k);
        if (ps.tokens().size() != part.get(k).size()) {
          throw new IllegalStateException("tokens drifted in sentence " + (from + k));
        }
      }
      for (NamedSpan span : parsed.spans()) {
        String type = TYPES.get(span.type());
        if (type != null) {
          predicted.add(new Chunk(from + span.sentence(), span.firstToken(), span.lastToken(), type));
        }
      }
    }
    List<EvalReport> parts = new ArrayList<>();
    for (String type : List.of("PER", "LOC", "ORG", "MISC")) {
      parts.add(score(type, gold.stream().filter(c -> c.type().equals(type)).toList(),
          predicted.stream().filter(c -> c.type().equals(type)).toList()));
    }
    EvalReport all = score("ner", List.copyOf(gold), List.copyOf(predicted));
    return new EvalReport("ner", all.precision(), all.recall(), all.f1(), sentences.size(), parts);
  }

  /**
   * The entities {@code analyze} resolves (names, short forms and nationalities; not roles or
   * pronouns), scored against the same gold: each CoNLL document is analysed whole, as {@code
   * parallax analyze} reads an article (its sentences one per line, tokens joined by spaces), and
   * a mention counts when its characters and type match a gold entity's. Types: persons PER,
   * places LOC, organisations and armed groups ORG, other names and nationalities ("German") MISC.
   */
  public static EvalReport runResolved(Path dataDir,
      java.util.function.Function<String, List<org.parallax.model.analysis.Entity>> analyze,
      java.util.function.Consumer<String> verbose) throws IOException {
    Path file = dataDir.resolve("eng.testa");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("--data " + dataDir + ": expected eng.testa (CoNLL-2003)");
    }
    Set<Chunk> gold = new HashSet<>();
    Set<Chunk> predicted = new HashSet<>();
    int docNo = 0;
    for (List<List<String[]>> doc : documents(file)) {
      StringBuilder text = new StringBuilder();
      java.util.Map<Long, Chunk> goldHere = new java.util.HashMap<>();
      for (List<String[]> s : doc) {
        int[] offsets = new int[s.size()];
        for (int i = 0; i < s.size(); i++) {
          if (i > 0) {
            text.append(' ');
          }
          offsets[i] = text.length();
          text.append(s.get(i)[0]);
        }
        for (Chunk c : chunks(0, s)) {
          Chunk g = new Chunk(docNo, offsets[c.first()],
              offsets[c.last()] + s.get(c.last())[0].length(), c.type());
          gold.add(g);
          goldHere.put(((long) g.first() << 32) | g.last(), g);
        }
        text.append('\n');
      }
      Set<Chunk> ours = new HashSet<>();
      for (org.parallax.model.analysis.Entity e : analyze.apply(text.toString())) {
        for (org.parallax.model.analysis.Mention m : e.mentions()) {
          String type = switch (m.kind()) {
            case DEMONYM -> "MISC";
            case NAME, SHORT -> switch (e.type()) {
              case PERSON -> "PER";
              case LOCATION -> "LOC";
              case ORGANIZATION, GROUP -> "ORG";
              case MISC -> "MISC";
            };
            default -> null;
          };
          if (type != null) {
            ours.add(new Chunk(docNo, m.begin(), m.end(), type));
          }
        }
      }
      predicted.addAll(ours);
      for (Chunk c : ours) {
        Chunk same = goldHere.get(((long) c.first() << 32) | c.last());
        if (same != null && !same.type().equals(c.type())) {
          verbose.accept("doc " + c.sentence() + ": «" + text.substring(c.first(), c.last())
              + "» gold " + same.type() + ", ours " + c.type());
        }
      }
      docNo++;
    }
    List<EvalReport> parts = new ArrayList<>();
    for (String type : List.of("PER", "LOC", "ORG", "MISC")) {
      parts.add(score(type, gold.stream().filter(c -> c.type().equals(type)).toList(),
          predicted.stream().filter(c -> c.type().equals(type)).toList()));
    }
    EvalReport all = score("entities", List.copyOf(gold), List.copyOf(predicted));
    return new EvalReport("entities", all.precision(), all.recall(), all.f1(), docNo, parts);
  }

  /** The documents of a CoNLL file, each a list of sentences. */
  static List<List<List<String[]>>> documents(Path file) throws IOException {
    List<List<List<String[]>>> docs = new ArrayList<>();
    List<List<String[]>> doc = new ArrayList<>();
    List<String[]> current = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        boolean start = line.startsWith("-DOCSTART-");
        if (line.isBlank() || start) {
          if (!current.isEmpty()) {
            doc.add(current);
            current = new ArrayList<>();
          }
          if (start && !doc.isEmpty()) {
            docs.add(doc);
            doc = new ArrayList<>();
          }
          continue;
        }
        String[] cols = line.split(" ");
        current.add(new String[] {cols[0], cols[cols.length - 1]});
      }
    }
    if (!current.isEmpty()) {
      doc.add(current);
    }
    if (!doc.isEmpty()) {
      docs.add(doc);
    }
    return docs;
  }

  private static EvalReport score(String name, List<Chunk> gold, List<Chunk> predicted) {
    Set<Chunk> g = new HashSet<>(gold);
    long correct = predicted.stream().filter(g::contains).count();
    double p = predicted.isEmpty() ? 0 : (double) correct / predicted.size();
    double r = gold.isEmpty() ? 0 : (double) correct / gold.size();
    return new EvalReport(name, p, r, EvalReport.f1(p, r), gold.size(), List.of());
  }

  static List<List<String[]>> read(Path file) throws IOException {
    List<List<String[]>> out = new ArrayList<>();
    documents(file).forEach(out::addAll);
    return out;
  }

  /** Chunks of an IOB1 (or IOB2) tagged sentence. */
  static List<Chunk> chunks(int sentence, List<String[]> tokens) {
    List<Chunk> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tokens.size(); i++) {
      String tag = i < tokens.size() ? tokens.get(i)[1] : "O";
      String t = tag.equals("O") ? null : tag.substring(2);
      boolean begins = t != null && (tag.startsWith("B-") || !t.equals(type));
      if (type != null && (t == null || begins)) {
        out.add(new Chunk(sentence, start, i - 1, type));
        type = null;
      }
      if (t != null && (type == null || begins)) {
        start = i;
        type = t;
      }
    }
    return out;
  }
}
