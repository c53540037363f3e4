package org.parallax.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Links articles into stories and storylines one at a time, in time that does not grow with the
 * number of articles already linked: each article is indexed under its strongest terms (content
 * words, resolved entities, events with their participants, weighted by tf-idf over what has been
 * linked so far); a new article is scored only against the stories that share most of its keys
 * (each key remembers its latest {@link LinkerConfig#postingsPerKey()} stories), by cosine
 * similarity to each story's centroid.
 *
 * <p>An article joins the best story at or above {@link LinkerConfig#storyThreshold()} within the
 * time window; any other story it matches as well is merged into that one (a later article
 * bridged them). Otherwise it starts a story, which joins the storyline of the best story at or
 * above {@link LinkerConfig#storylineThreshold()}, or starts a storyline. Not thread-safe.
 */
public final class StoryLinker {
  static final int PRIOR_DOCS = 20;
  private final LinkerConfig cfg;
  private final Map<String, Integer> df = new HashMap<>();
  private int docs;
  private final List<Group> stories = new ArrayList<>();
  private final List<Integer> storyParent = new ArrayList<>();
  private final List<Integer> lineParent = new ArrayList<>();
  private final List<String> lineFirst = new ArrayList<>();
  private final Map<String, ArrayDeque<Integer>> postings = new HashMap<>();

  /** The articles of one story while linking. */
  private static final class Group {
    final int no;
    final List<ArticleFeatures> members = new ArrayList<>();
    int line;
    @Nullable LocalDate min;
    @Nullable LocalDate max;

    Group(int no, int line) {
      this.no = no;
      this.line = line;
    }

    void add(ArticleFeatures f) {
      members.add(f);
      LocalDate d = f.published();
      if (d != null) {
        min = min == null || d.isBefore(min) ? d : min;
        max = max == null || d.isAfter(max) ? d : max;
      }
    }

    /** Whether the date ranges of the two stories, widened by {@code days}, meet. */
    boolean near(Group o, int days) {
      return min == null || max == null || o.min == null || o.max == null
          || !o.max.isBefore(min.minusDays(days)) && !o.min.isAfter(max.plusDays(days));
    }

    boolean within(@Nullable LocalDate d, int days) {
      return d == null || min == null || max == null
          || !d.isBefore(min.minusDays(days)) && !d.isAfter(max.plusDays(days));
    }
  }

  /** Where an article went, and how sure the linker was. */
  public record Assignment(String storyId, String storylineId, double similarity,
      boolean newStory) {}

  public StoryLinker(LinkerConfig cfg) {
    this.cfg = cfg;
  }

  /** Links one article; its story and storyline may still merge with others later. */
  public Assignment link(ArticleFeatures f) {
    Map<String, Double> v = vector(f.terms());
    List<String> keys = strongest(v, cfg.keysPerArticle());
    Map<Integer, Integer> hits = new LinkedHashMap<>();
    for (String k : keys) {
      ArrayDeque<Integer> p = postings.get(k);
      if (p != null) {
        for (Integer s : p) {
          hits.merge(find(storyParent, s), 1, Integer::sum);
        }
      }
    }
    List<Integer> candidates = hits.entrySet().stream()
        .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(cfg.candidates()).map(Map.Entry::getKey).toList();
    int best = -1;
    double bestScore = 0;
    int bestLine = -1;
    double bestLineScore = 0;
    List<Integer> matched = new ArrayList<>();
    for (int s : candidates) {
      Group g = stories.get(s);
      double score = cosine(v, centroid(g));
      if (score >= cfg.storyThreshold() && g.within(f.published(), cfg.storyDays())) {
        matched.add(s);
        if (score > bestScore) {
          best = s;
          bestScore = score;
        }
      }
      if (score >= cfg.storylineThreshold() && score > bestLineScore
          && g.within(f.published(), cfg.storylineDays())) {
        bestLine = s;
        bestLineScore = score;
      }
    }
    Group home;
    boolean created = best < 0;
    if (created) {
      int line;
      if (bestLine >= 0) {
        line = find(lineParent, stories.get(bestLine).line);
      } else {
        line = lineParent.size();
        lineParent.add(line);
        lineFirst.add(f.articleId());
      }
      home = new Group(stories.size(), line);
      stories.add(home);
      storyParent.add(home.no);
    } else {
      home = stories.get(best);
      for (int s : matched) {
        if (s != best) {
          merge(home, stories.get(s));
        }
      }
    }
    home.add(f);
    for (String t : f.terms().keySet()) {
      df.merge(t, 1, Integer::sum);
    }
    docs++;
    for (String k : keys) {
      ArrayDeque<Integer> p = postings.computeIfAbsent(k, x -> new ArrayDeque<>());
      if (!p.contains(home.no)) {
        p.addLast(home.no);
        if (p.size() > cfg.postingsPerKey()) {
          p.removeFirst();
        }
      }
    }
    return new Assignment(storyId(home), lineId(find(lineParent, home.line)),
        created ? bestLineScore : bestScore, created);
  }

  /** The stories so far, in the order they started, with their final storylines. */
  public List<Story> stories() {
    List<Story> out = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      if (find(storyParent, i) != i) {
        continue;
      }
      Group g = stories.get(i);
      out.add(new Story(storyId(g), lineId(find(lineParent, g.line)),
          g.members.stream().map(ArticleFeatures::articleId).toList()));
    }
    return out;
  }

  /** How many articles have been linked. */
  public int size() {
    return docs;
  }

  private void merge(Group into, Group other) {
    int a = find(storyParent, into.no);
    int b = find(storyParent, other.no);
    if (a == b) {
      return;
    }
    storyParent.set(b, a);
    for (ArticleFeatures m : other.members) {
      into.add(m);
    }
    other.members.clear();
    int la = find(lineParent, into.line);
    int lb = find(lineParent, other.line);
    if (la != lb) {
      // the older storyline keeps its id
      lineParent.set(Math.max(la, lb), Math.min(la, lb));
    }
    into.line = Math.min(la, lb);
  }

  private static int find(List<Integer> parent, int i) {
    int r = i;
    while (parent.get(r) != r) {
      r = parent.get(r);
    }
    while (parent.get(i) != r) {
      int next = parent.get(i);
      parent.set(i, r);
      i = next;
    }
    return r;
  }

  private String storyId(Group g) {
    return "story-" + g.members.get(0).articleId();
  }

  private String lineId(int line) {
    return "line-" + lineFirst.get(line);
  }

  /** The tf-idf unit vector of a term count map, with the document frequencies seen so far. */
  private Map<String, Double> vector(Map<String, Integer> terms) {
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : terms.entrySet()) {
      // PRIOR_DOCS unseen documents stand behind every count, so that in a small collection a
      // word two articles share still weighs more than nothing (two articles alone: "Sahel" in
      // both is a shared topic, not a common word)
      double idf = Math.log((docs + PRIOR_DOCS + 1.0) / (df.getOrDefault(e.getKey(), 0) + 0.5));
      double w = (1 + Math.log(e.getValue())) * Math.max(idf, 0.01)
          * (e.getKey().startsWith("@") ? cfg.entityWeight() : 1);
      v.put(e.getKey(), w);
      norm += w * w;
    }
    double n = Math.sqrt(norm);
    if (n > 0) {
      v.replaceAll((k, w) -> w / n);
    }
    return v;
  }

  private Map<String, Double> centroid(Group g) {
    Map<String, Double> c = new HashMap<>();
    List<ArticleFeatures> m = g.members;
    for (ArticleFeatures f : m.subList(Math.max(0, m.size() - cfg.centroidMembers()), m.size())) {
      vector(f.terms()).forEach((k, w) -> c.merge(k, w, Double::sum));
    }
    return c;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (Map.Entry<String, Double> e : b.entrySet()) {
      nb += e.getValue() * e.getValue();
      Double w = a.get(e.getKey());
      if (w != null) {
        dot += w * e.getValue();
      }
    }
    for (double w : a.values()) {
      na += w * w;
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  private static List<String> strongest(Map<String, Double> v, int k) {
    return v.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(k).map(Map.Entry::getKey).toList();
  }
}
