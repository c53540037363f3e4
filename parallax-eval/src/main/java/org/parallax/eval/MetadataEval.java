package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parallax.ingest.ArticleReaders;
import org.parallax.ingest.Input;
import org.parallax.ingest.OutletRegistry;
import org.parallax.model.Article;
import org.parallax.model.ReadOutcome;

/**
 * HTML metadata and body on the fundus pages ({@code index.jsonl} + {@code test_data/…html.gz}):
 * publication date (exact day), title (exact, white space folded) and body (shingle F1), each a
 * part. For date and title, precision is over the pages where we give a value and recall over the
 * pages where the truth has one, so an honest "unknown" costs recall, a wrong value both.
 */
public final class MetadataEval {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MetadataEval() {}

  public static EvalReport run(Path dataDir, Consumer<String> mismatch) throws IOException {
    Path index = dataDir.resolve("index.jsonl");
    if (!Files.isRegularFile(index)) {
      throw new IllegalArgumentException("--data " + dataDir
          + ": expected index.jsonl and test_data/ (the fundus-news-html layout)");
    }
    ArticleReaders readers = new ArticleReaders(OutletRegistry.bundled());
    Counts date = new Counts();
    Counts title = new Counts();
    List<ShingleMetric.Counts> bodies = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode truth = JSON.readTree(line);
        Path page = dataDir.resolve(truth.at("/labels/html_file").asText());
        List<Article> read = new ArrayList<>();
        readers.read(Input.of(page), o -> {
          if (o instanceof ReadOutcome.Extracted e) {
            read.add(e.article());
          }
        });
        Article a = read.isEmpty() ? null : read.get(0);
        String goldDate = truth.path("published").isNull() ? null : truth.path("published").asText(null);
        String ourDate = a == null || a.published() == null ? null : a.published().toString();
        date.add(goldDate, ourDate, page, mismatch);
        title.add(fold(truth.path("title").asText(null)), a == null ? null : fold(a.title()), page,
            mismatch);
        bodies.add(ShingleMetric.score(truth.path("text").asText(""), a == null ? "" : a.text()));
      }
    }
    EvalReport body = ShingleMetric.aggregate("body", bodies);
    List<EvalReport> parts = List.of(date.report("date"), title.report("title"), body);
    double p = parts.stream().mapToDouble(EvalReport::precision).average().orElse(0);
    double rec = parts.stream().mapToDouble(EvalReport::recall).average().orElse(0);
    return new EvalReport("metadata", p, rec, EvalReport.f1(p, rec), bodies.size(), parts);
  }

  private static String fold(String s) {
    // no-break and zero-width spaces are layout, not words
    return s == null ? null
        : s.replaceAll("[\\u00ad\\u200b\\u200c\\u200d\\ufeff]", "")
            .replaceAll("[\\s\\u00a0]+", " ").strip();
  }

  /** Exact-match counts for one field. */
  private static final class Counts {
    int predicted;
    int gold;
    int correct;
    int pages;

    void add(String goldValue, String ours, Path page, Consumer<String> mismatch) {
      pages++;
      if (goldValue != null) {
        gold++;
      }
      if (ours != null) {
        predicted++;
      }
      if (goldValue != null && goldValue.equals(ours)) {
        correct++;
      } else if (goldValue != null || ours != null) {
        mismatch.accept(page.getFileName() + ": expected " + goldValue + ", got " + ours);
      }
    }

    EvalReport report(String name) {
      double p = predicted == 0 ? 0 : (double) correct / predicted;
      double r = gold == 0 ? 0 : (double) correct / gold;
      return new EvalReport(name, p, r, EvalReport.f1(p, r), pages, List.of());
    }
  }
}
