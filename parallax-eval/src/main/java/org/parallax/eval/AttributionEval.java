package org.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.parallax.model.analysis.Attribution;
import org.parallax.model.analysis.Span;

/**
 * Attribution on PolNeAR ({@code <split>/text/*.txt} with brat standoff {@code
 * <split>/attributions/*_<annotator>.ann}; the first annotator in sorted order when there are
 * several). Each element is scored on its own, as sets of spans: source and cue by exact span,
 * content by exact span and by overlap (a predicted content counts when it overlaps a gold one,
 * and vice versa). Discontinuous spans are scored by their hull. Parts: source, cue, content;
 * each reports exact precision/recall/F1 and, in {@code overlapF1}, the overlap F1. Predicted
 * attributions reported inside a quotation are left out ({@link #inScope}): PolNeAR annotates
 * none there.
 */
public final class AttributionEval {

  /** Scores for one element. */
  public record ElementScore(String element, double precision, double recall, double f1,
      double overlapPrecision, double overlapRecall, double overlapF1) {}

  /** The whole result. */
  public record Result(EvalReport report, List<ElementScore> elements) {}

  private AttributionEval() {}

  /**
   * Runs over {@code dataDir} ({@code ../shared/eval/polnear}, split {@code dev} unless the
   * folder itself is a split).
   *
   * @param analyze the attribution extractor under test: text in, attributions out
   */
  public static Result run(Path dataDir, Function<String, List<Attribution>> analyze)
      throws IOException {
    return run(dataDir, analyze, m -> { });
  }

  /** As {@link #run(Path, Function)}, reporting each gold cue that no predicted cue overlaps. */
  public static Result run(Path dataDir, Function<String, List<Attribution>> analyze,
      java.util.function.Consumer<String> missedCue) throws IOException {
    Path split = Files.isDirectory(dataDir.resolve("text")) ? dataDir
        : dataDir.resolve("data").resolve("dev");
    if (!Files.isDirectory(split.resolve("text"))) {
      split = dataDir.resolve("dev");
    }
    Path textDir = split.resolve("text");
    Path annDir = split.resolve("attributions");
    if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
      throw new IllegalArgumentException("--data " + dataDir
          + ": expected PolNeAR's data/dev/text and data/dev/attributions");
    }
    List<Path> texts;
    try (Stream<Path> s = Files.list(textDir)) {
      texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Path> anns;
    try (Stream<Path> s = Files.list(annDir)) {
      anns = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
    }
    Counter source = new Counter();
    Counter cue = new Counter();
    Counter content = new Counter();
    int docs = 0;
    for (Path t : texts) {
      String stem = t.getFileName().toString().replaceAll("\\.txt$", "");
      Path ann = anns.stream().filter(a -> a.getFileName().toString().startsWith(stem + "_"))
          .findFirst().orElse(null);
      if (ann == null) {
        continue;
      }
      docs++;
      String text = Files.readString(t, StandardCharsets.UTF_8);
      List<int[][]> gold = readAnn(ann); // per relation: {source, cue, content} as {begin, end}
      List<Attribution> ours = inScope(analyze.apply(text));
      source.add(gold.stream().map(g -> g[0]).filter(s -> s != null).toList(),
          ours.stream().map(a -> a.source().span()).filter(s -> s != null)
              .map(s -> new int[] {s.begin(), s.end()}).toList(), text);
      cue.add(gold.stream().map(g -> g[1]).filter(s -> s != null).toList(),
          ours.stream().map(a -> toArray(a.cue())).toList(), text);
      for (int[][] g : gold) {
        if (g[1] != null && ours.stream().noneMatch(a -> a.cue().begin() < g[1][1]
            && g[1][0] < a.cue().end())) {
          missedCue.accept(t.getFileName() + ": missed cue '" + text.substring(g[1][0], g[1][1])
              .replaceAll("\\s+", " ") + "' in …" + text.substring(Math.max(0, g[1][0] - 80),
                  Math.min(text.length(), g[1][1] + 40)).replaceAll("\\s+", " ") + "…");
        }
      }
      for (Attribution a : ours) {
        if (gold.stream().noneMatch(g -> g[1] != null && a.cue().begin() < g[1][1]
            && g[1][0] < a.cue().end())) {
          missedCue.accept(t.getFileName() + ": extra cue '" + a.cue().text() + "' in …"
              + text.substring(Math.max(0, a.cue().begin() - 80),
                  Math.min(text.length(), a.cue().end() + 40)).replaceAll("\\s+", " ") + "…");
        }
      }
      for (Attribution a : ours) {
        reportBoundary(t, text, "content", toArray(a.content()), gold, 2, missedCue);
        if (a.source().span() != null) {
          reportBoundary(t, text, "source", new int[] {a.source().span().begin(),
              a.source().span().end()}, gold, 0, missedCue);
        }
      }
      content.add(gold.stream().map(g -> g[2]).filter(s -> s != null).toList(),
          ours.stream().map(a -> toArray(a.content())).toList(), text);
    }
    List<ElementScore> elements = List.of(source.score("source"), cue.score("cue"),
        content.score("content"));
    List<EvalReport> parts = new ArrayList<>();
    for (ElementScore e : elements) {
      parts.add(new EvalReport(e.element(), e.precision(), e.recall(), e.f1(), docs, List.of()));
    }
    double p = elements.stream().mapToDouble(ElementScore::precision).average().orElse(0);
    double r = elements.stream().mapToDouble(ElementScore::recall).average().orElse(0);
    return new Result(new EvalReport("attribution", p, r, EvalReport.f1(p, r), docs, parts),
        elements);
  }

  /**
   * The attributions PolNeAR annotates: not those reported inside a quotation (a cue inside the
   * content of a direct attribution, "“They told us it was safe,” the mayor said"). The corpus
   * marks none there (0 of the dev half's 2,319 cues lie inside quotation marks), so such a
   * prediction is outside its scope, neither right nor wrong; the product keeps them as children
   * of the quotation.
   */
  static List<Attribution> inScope(List<Attribution> ours) {
    Map<String, Attribution> byId = new HashMap<>();
    ours.forEach(a -> byId.put(a.id(), a));
    return ours.stream().filter(a -> {
      Attribution parent = a.parent() == null ? null : byId.get(a.parent());
      return parent == null || !parent.direct() || !parent.contentHolds(a.cue());
    }).toList();
  }

  private static int[] toArray(Span s) {
    return new int[] {s.begin(), s.end()};
  }

  /** Relations of a brat file as {source, cue, content} spans (null when absent). */
  static List<int[][]> readAnn(Path ann) throws IOException {
    Map<String, int[]> spans = new HashMap<>();
    List<String[]> relations = new ArrayList<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      if (line.startsWith("T")) {
        String[] cols = line.split("\t");
        if (cols.length < 2) {
          continue;
        }
        String[] typeAndOffsets = cols[1].split(" ", 2);
        if (typeAndOffsets.length < 2) {
          continue;
        }
        int begin = Integer.MAX_VALUE;
        int end = -1;
        for (String frag : typeAndOffsets[1].split(";")) {
          String[] be = frag.trim().split(" ");
          begin = Math.min(begin, Integer.parseInt(be[0]));
          end = Math.max(end, Integer.parseInt(be[1]));
        }
        spans.put(cols[0], new int[] {begin, end});
      } else if (line.startsWith("E")) {
        String[] cols = line.split("\t");
        if (cols.length >= 2) {
          relations.add(cols[1].split(" "));
        }
      }
    }
    List<int[][]> out = new ArrayList<>();
    for (String[] rel : relations) {
      int[][] triple = new int[3][];
      for (String arg : rel) {
        String[] kv = arg.split(":");
        if (kv.length != 2) {
          continue;
        }
        switch (kv[0]) {
          case "Source" -> triple[0] = spans.get(kv[1]);
          case "Cue" -> triple[1] = spans.get(kv[1]);
          case "Content" -> triple[2] = spans.get(kv[1]);
          default -> { }
        }
      }
      out.add(triple);
    }
    return out;
  }

  /** Reports a predicted span that overlaps a gold one of its element without matching it. */
  private static void reportBoundary(Path t, String text, String element, int[] predicted,
      List<int[][]> gold, int index, java.util.function.Consumer<String> out) {
    int[] c = Counter.trim(predicted, text);
    int[] best = null;
    for (int[][] g : gold) {
      if (g[index] != null) {
        int[] x = Counter.trim(g[index], text);
        if (x[0] < c[1] && c[0] < x[1] && (best == null
            || Math.min(x[1], c[1]) - Math.max(x[0], c[0])
                > Math.min(best[1], c[1]) - Math.max(best[0], c[0]))) {
          best = x;
        }
      }
    }
    if (best != null && (best[0] != c[0] || best[1] != c[1])) {
      out.accept(t.getFileName() + ": " + element + " gold «" + ends(text, best) + "» ours «"
          + ends(text, c) + "»");
    }
  }

  /** A span's first and last words, for reports. */
  private static String ends(String text, int[] s) {
    String t = text.substring(s[0], s[1]).replaceAll("\\s+", " ");
    return t.length() <= 70 ? t : t.substring(0, 40) + " … " + t.substring(t.length() - 25);
  }

  /** Exact and overlap matches of predicted against gold spans. */
  private static final class Counter {
    int gold;
    int predicted;
    int exactPredicted;
    int exactGold;
    int overlapPredicted;
    int overlapGold;

    void add(List<int[]> goldSpans, List<int[]> ours, String text) {
      List<int[]> g = distinct(goldSpans.stream().map(s -> trim(s, text)).toList());
      List<int[]> o = distinct(ours.stream().map(s -> trim(s, text)).toList());
      gold += g.size();
      predicted += o.size();
      for (int[] p : o) {
        if (g.stream().anyMatch(x -> x[0] == p[0] && x[1] == p[1])) {
          exactPredicted++;
        }
        if (g.stream().anyMatch(x -> x[0] < p[1] && p[0] < x[1])) {
          overlapPredicted++;
        }
      }
      for (int[] x : g) {
        if (o.stream().anyMatch(p -> x[0] == p[0] && x[1] == p[1])) {
          exactGold++;
        }
        if (o.stream().anyMatch(p -> x[0] < p[1] && p[0] < x[1])) {
          overlapGold++;
        }
      }
    }

    private static List<int[]> distinct(List<int[]> spans) {
      java.util.Set<List<Integer>> seen = new java.util.HashSet<>();
      List<int[]> out = new ArrayList<>();
      for (int[] s : spans) {
        if (seen.add(List.of(s[0], s[1]))) {
          out.add(s);
        }
      }
      return out;
    }

    /** Spans compared without surrounding white space and punctuation. */
    static int[] trim(int[] s, String text) {
      int a = Math.max(0, s[0]);
      int b = Math.min(text.length(), s[1]);
      while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
        a++;
      }
      while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1))) {
        b--;
      }
      return new int[] {a, b};
    }

    ElementScore score(String name) {
      double p = predicted == 0 ? 0 : (double) exactPredicted / predicted;
      double r = gold == 0 ? 0 : (double) exactGold / gold;
      double op = predicted == 0 ? 0 : (double) overlapPredicted / predicted;
      double or = gold == 0 ? 0 : (double) overlapGold / gold;
      return new ElementScore(name, p, r, EvalReport.f1(p, r), op, or, EvalReport.f1(op, or));
    }
  }
}
