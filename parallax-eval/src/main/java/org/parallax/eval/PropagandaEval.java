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
 * Loaded_Language against LOADED_TERM cues, Name_Calling,Labeling against LABEL cues; the total
 * pools both techniques against both cue kinds.
 */
public final class PropagandaEval {
  static final String LOADED = "Loaded_Language";
  static final String NAME_CALLING = "Name_Calling,Labeling";

  private PropagandaEval() {}

  public static EvalReport run(Path dataDir, Function<String, List<FramingCue>> framing)
      throws IOException {
    Path split = Files.isDirectory(dataDir.resolve("articles")) ? dataDir : dataDir.resolve("train");
    Path articles = split.resolve("articles");
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
    Overlap loadedScore = new Overlap();
    Overlap namingScore = new Overlap();
    Overlap both = new Overlap();
    for (Path f : files) {
      String id = f.getFileName().toString().replaceAll("^article|\\.txt$", "");
      String text = Files.readString(f, StandardCharsets.UTF_8);
      List<FramingCue> cues = framing.apply(text);
      List<int[]> predLoaded = new ArrayList<>();
      List<int[]> predLabel = new ArrayList<>();
      for (FramingCue c : cues) {
        if (c.kind() == FramingCue.Kind.LOADED_TERM) {
          predLoaded.add(new int[] {c.begin(), c.end()});
        } else if (c.kind() == FramingCue.Kind.LABEL) {
          predLabel.add(new int[] {c.begin(), c.end()});
        }
      }
      List<int[]> goldLoaded = loaded.getOrDefault(id, List.of());
      List<int[]> goldNaming = naming.getOrDefault(id, List.of());
      loadedScore.add(predLoaded, goldLoaded);
      namingScore.add(predLabel, goldNaming);
      List<int[]> allPred = new ArrayList<>(predLoaded);
      allPred.addAll(predLabel);
      List<int[]> allGold = new ArrayList<>(goldLoaded);
      allGold.addAll(goldNaming);
      both.add(allPred, allGold);
    }
    List<EvalReport> parts = List.of(loadedScore.report(LOADED, files.size()),
        namingScore.report(NAME_CALLING, files.size()));
    EvalReport all = both.report("propaganda", files.size());
    return new EvalReport("propaganda", all.precision(), all.recall(), all.f1(), files.size(),
        parts);
  }

  /** Sums of the task's partial-overlap credits. */
  private static final class Overlap {
    double precisionCredit;
    int predicted;
    double recallCredit;
    int gold;

    void add(List<int[]> pred, List<int[]> truth) {
      predicted += pred.size();
      gold += truth.size();
      for (int[] p : pred) {
        double covered = 0;
        for (int[] t : truth) {
          covered += Math.max(0, Math.min(p[1], t[1]) - Math.max(p[0], t[0]));
        }
        precisionCredit += Math.min(1.0, covered / Math.max(1, p[1] - p[0]));
      }
      for (int[] t : truth) {
        double covered = 0;
        for (int[] p : pred) {
          covered += Math.max(0, Math.min(p[1], t[1]) - Math.max(p[0], t[0]));
        }
        recallCredit += Math.min(1.0, covered / Math.max(1, t[1] - t[0]));
      }
    }

    EvalReport report(String name, int docs) {
      double p = predicted == 0 ? 0 : precisionCredit / predicted;
      double r = gold == 0 ? 0 : recallCredit / gold;
      return new EvalReport(name, p, r, EvalReport.f1(p, r), docs, List.of());
    }
  }
}
