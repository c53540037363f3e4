package org.parallax.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Article;
import org.parallax.model.Paragraphs;
import org.parallax.store.BoilerplateStats;
import org.parallax.store.SqliteStore;
import org.jspecify.annotations.Nullable;

/**
 * Learns the lines an outlet repeats across many of its articles (sidebars, sign-offs, promos
 * leaking into the body) and removes them. A paragraph of at most {@value
 * BoilerplateStats#MAX_LINE} characters is boilerplate for an outlet once at least {@value
 * #MIN_ARTICLES} of its articles, and at least {@value #MIN_SHARE} of them, carry it. Counts come
 * from the store (earlier ingests, near-duplicates excluded) plus the batch at hand. The article id
 * does not change: it is the hash of what was read, so re-ingesting stays idempotent.
 */
final class CrossDocumentBoilerplate {
  static final int MIN_ARTICLES = 3;
  static final double MIN_SHARE = 0.1;

  private final @Nullable SqliteStore store;

  CrossDocumentBoilerplate(@Nullable SqliteStore store) {
    this.store = store;
  }

  List<Article> clean(List<Article> batch) {
    Map<String, List<Article>> byOutlet = new LinkedHashMap<>();
    for (Article a : batch) {
      if (!a.outlet().id().equals(org.parallax.model.Outlet.UNKNOWN_ID)) {
        // articles of unknown outlets share no page template: nothing to learn across them
        byOutlet.computeIfAbsent(a.outlet().id(), k -> new ArrayList<>()).add(a);
      }
    }
    Map<String, Set<Long>> boilerplate = new HashMap<>();
    for (Map.Entry<String, List<Article>> e : byOutlet.entrySet()) {
      Map<Long, Integer> counts = new HashMap<>();
      Set<String> ids = new HashSet<>();
      for (Article a : e.getValue()) {
        if (!ids.add(a.id())) {
          continue;
        }
        for (long h : hashes(a)) {
          counts.merge(h, 1, Integer::sum);
        }
      }
      int articles = ids.size();
      if (store != null) {
        articles += store.originalArticles(e.getKey());
        store.paragraphCounts(e.getKey(), counts.keySet()).forEach((h, n) -> counts.merge(h, n, Integer::sum));
      }
      Set<Long> repeated = new HashSet<>();
      for (Map.Entry<Long, Integer> c : counts.entrySet()) {
        if (c.getValue() >= MIN_ARTICLES && c.getValue() >= MIN_SHARE * articles) {
          repeated.add(c.getKey());
        }
      }
      boilerplate.put(e.getKey(), repeated);
    }
    List<Article> out = new ArrayList<>(batch.size());
    for (Article a : batch) {
      out.add(without(a, boilerplate.getOrDefault(a.outlet().id(), Set.of())));
    }
    return out;
  }

  private static Set<Long> hashes(Article a) {
    Set<Long> out = new HashSet<>();
    for (int i = 0; i < a.paragraphs().size(); i++) {
      String p = a.paragraph(i);
      if (p.length() <= BoilerplateStats.MAX_LINE) {
        out.add(BoilerplateStats.lineHash(p));
      }
    }
    return out;
  }

  private static Article without(Article a, Set<Long> repeated) {
    if (repeated.isEmpty()) {
      return a;
    }
    List<String> kept = new ArrayList<>();
    List<String> removed = new ArrayList<>(a.boilerplate());
    for (int i = 0; i < a.paragraphs().size(); i++) {
      String p = a.paragraph(i);
      if (p.length() <= BoilerplateStats.MAX_LINE && repeated.contains(BoilerplateStats.lineHash(p))) {
        removed.add(p);
      } else {
        kept.add(p);
      }
    }
    if (kept.size() == a.paragraphs().size() || kept.isEmpty()) {
      return a; // nothing repeated, or nothing would be left: keep the article as read
    }
    Paragraphs body = Paragraphs.join(kept);
    return new Article(a.id(), a.source(), a.inputKind(), a.outlet(), a.url(), a.published(),
        a.dateline(), a.title(), a.language(), a.authors(), body.text(), body.spans(), removed,
        a.problems());
  }
}
