package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;
import org.parallax.ingest.Decoded;
import org.parallax.ingest.HtmlReader;
import org.parallax.ingest.OutletRegistry;
import org.parallax.ingest.TextDecoding;
import org.parallax.model.Article;
import org.parallax.model.InputKind;

/**
 * Main-content extraction on the article-extraction benchmark ({@code ground-truth.json} plus
 * {@code html/<id>.html.gz}), scored with {@link ShingleMetric}.
 */
public final class ExtractionEval {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExtractionEval() {}

  /**
   * Scores every page of {@code dataDir}.
   *
   * @param perPage called with each page id and its counts (for {@code --verbose} listings)
   * @throws IllegalArgumentException when {@code dataDir} is not in the benchmark's layout
   */
  public static EvalReport run(Path dataDir, BiConsumer<String, ShingleMetric.Counts> perPage)
      throws IOException {
    Path truthFile = dataDir.resolve("ground-truth.json");
    Path htmlDir = dataDir.resolve("html");
    if (!Files.isRegularFile(truthFile) || !Files.isDirectory(htmlDir)) {
      throw new IllegalArgumentException("--data " + dataDir
          + ": expected ground-truth.json and html/ (the article-extraction benchmark layout)");
    }
    JsonNode truth = JSON.readTree(truthFile.toFile());
    HtmlReader reader = new HtmlReader(OutletRegistry.empty());
    List<ShingleMetric.Counts> pages = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = e.getKey();
      Path page = htmlDir.resolve(id + ".html.gz");
      if (!Files.isRegularFile(page)) {
        page = htmlDir.resolve(id + ".html");
      }
      if (!Files.isRegularFile(page)) {
        throw new IllegalArgumentException("--data " + dataDir + ": no page html/" + id + ".html.gz");
      }
      byte[] bytes;
      try (InputStream in = page.toString().endsWith(".gz")
          ? new GZIPInputStream(Files.newInputStream(page)) : Files.newInputStream(page)) {
        bytes = in.readAllBytes();
      }
      Decoded html = TextDecoding.decode(bytes);
      String url = e.getValue().path("url").asText(null);
      Article a = reader.read(page.toString(), html, url, InputKind.HTML).build();
      ShingleMetric.Counts c = ShingleMetric.score(e.getValue().path("articleBody").asText(""),
          a.text());
      perPage.accept(id, c);
      pages.add(c);
    }
    return ShingleMetric.aggregate("extraction", pages);
  }
}
