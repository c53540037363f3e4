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
import org.parallax.model.analysis.FramingCue;

/**
 * Loaded language and name calling on the Propaganda Techniques Corpus (SemEval-2020 Task 11:
 * {@code <split>/articles/article<ID>.txt} and {@code <split>/<split>-task-flc-tc.labels}),
 * scored with the task's partial-overlap measure: a predicted span earns the fraction of it that
 * gold spans cover (precision), a gold span the fraction predicted spans cover (recall). Parts:
 * Loaded_Language against LOADED_TERM cues, Name_Calling,Labeling against LABEL and SCARE_QUOTES
 * cues (words put in quotation marks are a label held at a distance: the “special operation”); the
 * total pools both techniques against all three cue kinds. Only PTC's train folder has public gold, so it is
 * halved: {@code dev} scores every other article from the first (sorted by name), {@code train}
 * the others, held out; {@code test} scores PTC's own dev folder where it exists. {@code verbose}
 * gets one line per cue text: how often it was predicted and its precision.
 */
public final class PropagandaEval {
  static final String LOADED = "Loaded_Language";
  static final String NAME_CALLING = "Name_Calling,Labeling";

  private PropagandaEval() {}

  public static EvalReport run(Path dataDir, EventEval.Split half,
      Function<String, List<FramingCue>> framing, java.util.function.Consumer<String> verbose)
      throws IOException {
    Path split = Files.isDirectory(dataDir.resolve("articles")) ? dataDir
        : dataDir.resolve(half == EventEval.Split.test ? "dev" : "train");
    Path articles = split.resolve("articles");
    if (!Files.isDirectory(articles)) {
      throw new IllegalArgumentException("--data " + dataDir + ": no " + articles
          + " (the PTC layout: <split>/articles/ and <split>/<split>-task-flc-tc.labels)");
    }
    Path labels;
    try (Stream<Path> s = Files.list(split)) {
      labels = s.filter(p -> p.getFileName().toString().endsWith("-task-flc-tc.labels"))
          .findFirst().orElse(null);
    }
    if (!Files.isDirectory(articles) || labels == null) {
      throw new IllegalArgumentException("--data " + dataDir
          + ": expected articles/ and *-task-flc-tc.labels (the PTC layout)");
    }
    Map<String, List<int[]>> loaded = new HashMap<>();
    Map<String, List<int[]>> naming = new HashMap<>();
    for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
      String[] c = line.split("\t");
      if (c.length < 4) {
        continue;
      }
      int[] span = {Integer.parseInt(c[2].trim()), Integer.parseInt(c[3].trim())};
      if (c[1].equals(LOADED)) {
        loaded.computeIfAbsent(c[0], k -> new ArrayList<>()).add(span);
      } else if (c[1].equals(NAME_CALLING)) {
        naming.computeIfAbsent(c[0], k -> new ArrayList<>()).add(span);
      }
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(articles)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (half != EventEval.Split.test) {
      List<Path> kept = new ArrayList<>();
      for (int i = half == EventEval.Split.dev ? 0 : 1; i < files.size(); i += 2) {
        kept.add(files.get(i));
      }
      files = kept;
    }
    Overlap loadedScore = new Overlap();
    Overlap namingScore = new Overlap();
    Overlap both = new Overlap();
    Map<String, double[]> byWords = new HashMap<>(); // cue text -> {predicted, credited}
    for (Path f : files) {
      String id = f.getFileName().toString().replaceAll("^article|\\.txt$", "");
      String text = Files.readString(f, StandardCharsets.UTF_8);
      List<FramingCue> cues = framing.apply(text);
      List<int[]> predLoaded = new ArrayList<>();
      List<int[]> predLabel = new ArrayList<>();
      for (FramingCue c : cues) {
        if (c.kind() == FramingCue.Kind.LOADED_TERM) {
          predLoaded.add(new int[] {c.begin(), c.end()});
        } else if (c.kind() == FramingCue.Kind.LABEL
            || c.kind() == FramingCue.Kind.SCARE_QUOTES) {
          predLabel.add(new int[] {c.begin(), c.end()});
        }
      }
      List<int[]> goldLoaded = loaded.getOrDefault(id, List.of());
      List<int[]> goldNaming = naming.getOrDefault(id, List.of());
      loadedScore.add(predLoaded, goldLoaded);
      namingScore.add(predLabel, goldNaming);
      predLabel = distinct(predLabel); // “terrorist” is both a label and scare-quoted: one span
      List<int[]> allPred = new ArrayList<>(predLoaded);
      allPred.addAll(predLabel);
      allPred = distinct(allPred);
      List<int[]> allGold = new ArrayList<>(goldLoaded);
      allGold.addAll(goldNaming);
      both.add(allPred, allGold);
      for (FramingCue c : cues) {
        if (c.kind() == FramingCue.Kind.LOADED_TERM || c.kind() == FramingCue.Kind.LABEL
            || c.kind() == FramingCue.Kind.SCARE_QUOTES) {
          double[] w = byWords.computeIfAbsent(c.kind() + " " + c.text().toLowerCase(
              java.util.Locale.ROOT), k -> new double[2]);
          w[0]++;
          w[1] += Overlap.credit(new int[] {c.begin(), c.end()}, allGold);
        }
      }
    }
    byWords.entrySet().stream()
        .sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
        .forEach(e -> verbose.accept(String.format(java.util.Locale.ROOT,
            "%-40s predicted %4.0f  precision %.2f", e.getKey(), e.getValue()[0],
            e.getValue()[1] / e.getValue()[0])));
    List<EvalReport> parts = List.of(loadedScore.report(LOADED, files.size()),
        namingScore.report(NAME_CALLING, files.size()));
    EvalReport all = both.report("propaganda", files.size());
    return new EvalReport("propaganda", all.precision(), all.recall(), all.f1(), files.size(),
        parts);
  }

  /** {@code spans} without repeats of one span. */
  static List<int[]> distinct(List<int[]> spans) {
    List<int[]> out = new ArrayList<>();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (int[] s : spans) {
      if (seen.add(((long) s[0] << 32) | s[1])) {
        out.add(s);
      }
    }
    return out;
  }

  /** Sums of the task's partial-overlap credits. */
  static final class Overlap {
    double precisionCredit;
    int predicted;
    double recallCredit;
    int gold;

    void add(List<int[]> pred, List<int[]> truth) {
      predicted += pred.size();
      gold += truth.size();
      for (int[] p : pred) {
        precisionCredit += credit(p, truth);
      }
      for (int[] t : truth) {
        recallCredit += credit(t, pred);
      }
    }

    /** The fraction of {@code span} that {@code spans} cover (at most 1). */
    static double credit(int[] span, List<int[]> spans) {
      double covered = 0;
      for (int[] t : spans) {
        covered += Math.max(0, Math.min(span[1], t[1]) - Math.max(span[0], t[0]));
      }
      return Math.min(1.0, covered / Math.max(1, span[1] - span[0]));
    }

    EvalReport report(String name, int docs) {
      double p = predicted == 0 ? 0 : precisionCredit / predicted;
      double r = gold == 0 ? 0 : recallCredit / gold;
      return new EvalReport(name, p, r, EvalReport.f1(p, r), docs, List.of());
    }
  }
}
