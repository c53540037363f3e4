package org.parallax.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parallax.store.SearchHit;
import org.parallax.store.SearchQuery;
import org.parallax.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax search QUERY}: full-text search over stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Finds stored articles containing every word of QUERY (\"quoted phrases\" too),"
        + " best first.")
final class SearchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "QUERY", description = "Words to find.")
  String query;

  @picocli.CommandLine.Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--outlet", paramLabel = "OUTLET", description = "Only this outlet (domain or name).")
  @Nullable String outlet;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (yyyy-mm-dd).")
  @Nullable LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (yyyy-mm-dd).")
  @Nullable LocalDate to;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N hits.")
  int limit;

  @Option(names = "--json", description = "One JSON object per hit and line.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path db = store.db;
    if (!Files.isRegularFile(db)) {
      throw new IllegalArgumentException("--db " + db + ": no such store; run parallax ingest first");
    }
    SearchQuery q = new SearchQuery(query, outlet, from, to, limit);
    List<SearchHit> hits;
    try (SqliteStore opened = SqliteStore.open(db)) {
      hits = opened.search(q);
    }
    for (SearchHit h : hits) {
      if (json) {
        ObjectNode o = ArticleJson.MAPPER.createObjectNode();
        o.put("id", h.articleId());
        o.put("outlet", h.outletId());
        o.put("outletName", h.outletName());
        o.put("published", h.published() == null ? null : h.published().toString());
        o.put("title", h.title());
        o.put("url", h.url());
        o.put("snippet", h.snippet());
        o.put("score", h.score());
        out.println(o.toString());
      } else {
        out.printf(java.util.Locale.ROOT, "%s  %-20s %s%n    %s%n", h.published() == null ? "unknown   " : h.published(),
            h.outletName(), h.title() == null ? "(untitled) " + h.articleId() : h.title(),
            h.snippet().replaceAll("\\s+", " "));
      }
    }
    if (!json) {
      out.println(hits.size() + " hit(s)");
    }
    return 0;
  }
}
