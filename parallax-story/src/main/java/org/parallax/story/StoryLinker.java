package org.parallax.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parallax.model.Vectors;

/**
 * Links articles into stories and storylines one at a time, in time that does not grow with the
 * number of articles already linked: each article is indexed under its strongest terms (content
 * words, resolved entities, events with their participants, weighted by tf-idf over what has been
 * linked so far, or over the whole collection when it is held whole: {@link #linkAll}); a new
 * article is scored only against the stories that share most of its keys (each key remembers its
 * latest {@link LinkerConfig#postingsPerKey()} stories), by cosine similarity to each story's
 * centroid.
 *
 * <p>Where the article and the story both have sentence embeddings, the cosine of the article's
 * embedding and the mean of the story's latest members' embeddings is blended in (see {@link
 * LinkerConfig}). An article joins the best story at or above {@link
 * LinkerConfig#storyThreshold()} (on terms alone: {@link LinkerConfig#lexicalStoryThreshold()})
 * within the time window; any other story it scores {@link LinkerConfig#bridgeFactor()} times
 * the threshold against is merged into that one (a later article bridged them). Otherwise it
 * starts a story, which joins the storyline it scores best against at or above {@link
 * LinkerConfig#storylineThreshold()}, or starts a storyline. A storyline is scored by average
 * link: the tf-idf cosine against each of its stories weighted by their articles, over the
 * articles of its open stories, so that one similar story does not pull a new one into a long
 * storyline (single link chained a month of US political news into one storyline of 135
 * articles out of 300); and the text's words (not its entity, date and event terms) must make
 * {@link LinkerConfig#storylineWordThreshold()} of that average, so that a name alone ("Russia")
 * does not join a missile test to the Syrian patrols. Not thread-safe.
 */
public final class StoryLinker {
  static final int PRIOR_DOCS = 20;
  private final LinkerConfig cfg;
  /** Document frequency by term; its keys are the one copy of each term frozen centroids keep. */
  private final Map<String, Df> df = new HashMap<>();
  private int docs;
  private final List<Group> stories = new ArrayList<>();
  private final UnionFind storyParent = new UnionFind();
  private final UnionFind lineParent = new UnionFind();
  /** Closed stories by number: a bit set, so the candidate search touches no story object. */
  private final java.util.BitSet closedStories = new java.util.BitSet();
  private final List<String> lineFirst = new ArrayList<>();
  /**
   * Articles of open stories by storyline number (the union-find root holds its storyline's
   * count): the denominator of a storyline's average score; a closed story counts no more.
   */
  private final List<Integer> lineArticles = new ArrayList<>();
  private final Map<String, Ring> postings = new HashMap<>();
  private final ArrayDeque<Group> open = new ArrayDeque<>();
  private final java.util.Set<String> linked = new java.util.HashSet<>();
  /** Articles whose terms {@link #know} counted and that are not linked yet. */
  private final java.util.Set<String> known = new java.util.HashSet<>();
  private @Nullable LocalDate newest;
  static final int SWEEP_EVERY = 1000;
  /** Terms a story keeps once it is past its own window. */
  static final int COMPACT_TERMS = 60;

  /** A term and the number of articles holding it. */
  private static final class Df {
    final String term;
    int count;

    Df(String term) {
      this.term = term;
    }
  }

  /** The articles of one story while linking. */
  private static final class Group {
    final int no;
    /** Every article id, in the order linked, with its link sequence number. */
    List<String> ids = new ArrayList<>();
    List<Integer> seqs = new ArrayList<>();
    /** The latest articles' features: the centroid; emptied when the story is closed. */
    final ArrayDeque<ArticleFeatures> recent = new ArrayDeque<>();
    /** The centroid as last computed, and the collection size it was computed at. */
    @Nullable Map<String, Double> centroid;
    int centroidDocs;
    double centroidNorm;
    /** The unit mean of the latest members' embeddings (null: none has one); kept when frozen. */
    float @Nullable [] embedding;
    boolean embeddingStale = true;
    /**
     * Past the story window: its centroid is frozen to its strongest terms (two arrays, not a
     * map: most open stories are frozen, so this is most of the linker's memory), features let
     * go.
     */
    boolean compacted;
    String @Nullable [] frozenTerms;
    double @Nullable [] frozenWeights;
    int line;
    @Nullable LocalDate min;
    @Nullable LocalDate max;

    Group(int no, int line) {
      this.no = no;
      this.line = line;
    }

    void add(ArticleFeatures f, int keep, int seq) {
      ids.add(f.articleId());
      seqs.add(seq);
      LocalDate d = f.published();
      if (d != null) {
        min = min == null || d.isBefore(min) ? d : min;
        max = max == null || d.isAfter(max) ? d : max;
      }
      if (compacted) {
        return; // a late report: counted; the frozen centroid stays
      }
      centroid = null;
      embeddingStale = true;
      recent.addLast(f);
      while (recent.size() > keep) {
        recent.removeFirst();
      }
    }


    void setCentroid(Map<String, Double> c, int atDocs) {
      centroid = c;
      centroidDocs = atDocs;
      double norm = 0;
      for (double w : c.values()) {
        norm += w * w;
      }
      centroidNorm = Math.sqrt(norm);
    }

    /** Whether {@code d} lies within the story's dates widened by {@code days} (unknown: yes). */
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

  /**
   * Links a whole collection in the order given, its document frequencies counted over all of
   * it first ({@link #know}): a store relinked for a report, an evaluation set.
   */
  public static StoryLinker linkAll(LinkerConfig cfg, List<ArticleFeatures> articles) {
    StoryLinker linker = new StoryLinker(cfg);
    articles.forEach(linker::know);
    articles.forEach(linker::link);
    return linker;
  }

  /**
   * Counts an article's terms into the document frequencies before it is linked, so that the
   * first articles of a collection held whole are weighed as the last are: linked one by one
   * from nothing, the first few articles see every word as rare, and two unrelated stories of a
   * small store sharing "Trump" and "White House" scored as one storyline (tax returns, Syria and
   * the Supreme Court in three days of US news). Counted once per article, however often known.
   */
  public void know(ArticleFeatures f) {
    if (!linked.contains(f.articleId()) && known.add(f.articleId())) {
      count(f);
    }
  }

  private void count(ArticleFeatures f) {
    for (String t : f.terms().keySet()) {
      df.computeIfAbsent(t, Df::new).count++;
    }
    docs++;
  }

  /** Links one article; its story and storyline may still merge with others later. */
  public Assignment link(ArticleFeatures f) {
    if (!linked.add(f.articleId())) {
      throw new IllegalArgumentException("article " + f.articleId() + " is already linked");
    }
    Map<String, Double> v = vector(f.terms());
    List<String> keys = strongest(v, cfg.keysPerArticle());
    // story → {keys it shares, the last key counted}: each story counts once per key
    Map<Integer, int[]> hits = new HashMap<>();
    for (int ki = 0; ki < keys.size(); ki++) {
      Ring p = postings.get(keys.get(ki));
      if (p != null) {
        for (int i = 0; i < p.size; i++) {
          int root = storyParent.find(p.get(i));
          if (!closedStories.get(root)) {
            int[] h = hits.computeIfAbsent(root, x -> new int[] {0, -1});
            if (h[1] != ki) {
              h[0]++;
              h[1] = ki;
            }
          }
        }
      }
    }
    List<Integer> candidates = hits.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<Integer, int[]> e) -> -e.getValue()[0])
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(cfg.candidates()).map(Map.Entry::getKey).toList();
    int best = -1;
    double bestScore = 0;
    double bestRelative = 0;
    int bestLine = -1;
    double bestLineScore = 0;
    List<Integer> matched = new ArrayList<>();
    // storyline → {sum of scores × articles, a story of it, sum of the words' part × articles,
    // sum of embedding cosines × articles, articles whose stories had an embedding}
    Map<Integer, double[]> lineSums = new java.util.TreeMap<>();
    double[] words = new double[1];
    for (int s : candidates) {
      Group g = stories.get(s);
      double score = score(v, g, words);
      float[] ge = cfg.embeddingWeight() > 0 && f.embedding() != null ? embedding(g) : null;
      double storyScore = score;
      double threshold = cfg.lexicalStoryThreshold();
      double e = ge == null ? 0 : Vectors.cosine(f.embedding(), ge);
      if (ge != null) {
        storyScore = (1 - cfg.embeddingWeight()) * score + cfg.embeddingWeight()
            * Math.max(0, (e - cfg.embeddingFloor()) / (1 - cfg.embeddingFloor()));
        threshold = cfg.storyThreshold();
      }
      double relative = storyScore / threshold;
      if (relative >= 1 && g.within(f.published(), cfg.storyDays())) {
        if (relative >= cfg.bridgeFactor()) {
          matched.add(s);
        }
        if (relative > bestRelative) {
          best = s;
          bestRelative = relative;
          bestScore = storyScore;
        }
      }
      // a storyline is scored by average link: the article's score against each of the
      // storyline's stories, weighted by their articles, over the articles of its open stories
      // (its stories that are no candidates count as nothing) — one similar story in a long
      // storyline is not enough, or storylines chain through common political vocabulary
      if (g.within(f.published(), cfg.storylineDays())) {
        double[] sum = lineSums.computeIfAbsent(lineParent.find(g.line),
            k -> new double[] {0, s, 0, 0, 0});
        sum[0] += score * g.ids.size();
        sum[2] += words[0] * g.ids.size();
        if (ge != null) {
          sum[3] += e * g.ids.size();
          sum[4] += g.ids.size();
        }
      }
    }
    for (Map.Entry<Integer, double[]> e : lineSums.entrySet()) {
      double avg = e.getValue()[0] / lineArticles.get(e.getKey());
      double wordsAvg = e.getValue()[2] / lineArticles.get(e.getKey());
      // the storyline with the highest average; of equals, the oldest; and what it shares are
      // words of what happened, not only names ("Russia" alone joined a Yars missile test and a
      // law on phone apps to the Syrian patrols)
      double[] sum = e.getValue();
      // and, where embeddings were compared, the article reads more like the stories it shares
      // terms with than unrelated news does: the Senate's impeachment trial shared "Trump",
      // "Senate", "Pelosi", "vote" and "House" with a month of the Soleimani storyline
      boolean near = sum[4] == 0 || sum[3] / sum[4] >= cfg.embeddingFloor();
      if (avg >= cfg.storylineThreshold() && wordsAvg >= cfg.storylineWordThreshold()
          && near && avg > bestLineScore) {
        bestLine = (int) e.getValue()[1];
        bestLineScore = avg;
      }
    }
    Group home;
    boolean created = best < 0;
    if (created) {
      int line;
      if (bestLine >= 0) {
        line = lineParent.find(stories.get(bestLine).line);
      } else {
        line = lineParent.add();
        lineFirst.add(f.articleId());
        lineArticles.add(0);
      }
      home = new Group(stories.size(), line);
      stories.add(home);
      open.addLast(home);
      storyParent.add();
    } else {
      home = stories.get(best);
      for (int s : matched) {
        if (s != best) {
          merge(home, stories.get(s));
        }
      }
    }
    // the link order, not the document count: with linkAll the count is the whole collection's
    // from the first link on, and a merge orders its members by this number
    int seq = linked.size() - 1;
    home.add(f, cfg.centroidMembers(), seq);
    int root = lineParent.find(home.line);
    lineArticles.set(root, lineArticles.get(root) + 1);
    if (!known.remove(f.articleId())) {
      count(f);
    }
    if (f.published() != null && (newest == null || f.published().isAfter(newest))) {
      newest = f.published();
    }
    if ((seq + 1) % SWEEP_EVERY == 0) {
      close();
    }
    for (String k : keys) {
      Ring p = postings.computeIfAbsent(k, x -> new Ring(cfg.postingsPerKey()));
      if (!p.contains(home.no)) {
        p.add(home.no);
      }
    }
    return new Assignment(storyId(home), lineId(lineParent.find(home.line)),
        created ? bestLineScore : bestScore, created);
  }

  /**
   * Closes the stories whose newest article is more than the storyline window older than the
   * newest article linked: they can take no more articles, so their features are let go. Memory
   * stays bounded by the stories of one window, not the whole collection.
   */
  private void close() {
    if (newest == null) {
      return;
    }
    LocalDate horizon = newest.minusDays(cfg.storylineDays());
    LocalDate storyHorizon = newest.minusDays(cfg.storyDays());
    for (java.util.Iterator<Group> it = open.iterator(); it.hasNext(); ) {
      Group g = it.next();
      if (storyParent.find(g.no) != g.no) {
        it.remove(); // merged into another
      } else if (g.max != null && g.max.isBefore(horizon)) {
        closedStories.set(g.no);
        int root = lineParent.find(g.line);
        lineArticles.set(root, lineArticles.get(root) - g.ids.size());
        g.recent.clear();
        g.centroid = null;
        g.embedding = null;
        g.frozenTerms = null;
        g.frozenWeights = null;
        g.seqs = List.of(); // only merges read them, and a closed story takes part in none
        it.remove();
      } else if (!g.compacted && g.max != null && g.max.isBefore(storyHorizon)) {
        // only storylines (and undated articles) can still reach it: its strongest terms do
        Map<String, Double> c = centroid(g);
        embedding(g); // frozen with the terms
        List<String> kept = strongest(c, COMPACT_TERMS);
        String[] terms = new String[kept.size()];
        double[] weights = new double[kept.size()];
        double norm = 0;
        for (int i = 0; i < terms.length; i++) {
          Df known = df.get(kept.get(i));
          terms[i] = known == null ? kept.get(i) : known.term;
          weights[i] = c.get(kept.get(i));
          norm += weights[i] * weights[i];
        }
        g.recent.clear();
        g.centroid = null;
        g.frozenTerms = terms;
        g.frozenWeights = weights;
        g.centroidNorm = Math.sqrt(norm);
        g.compacted = true;
      }
    }
  }

  /** How many articles the document frequencies count. */
  int documents() {
    return docs;
  }

  /** How many stories are still open to new articles. */
  public int openStories() {
    return open.size();
  }

  /** The stories so far, in the order they started, with their final storylines. */
  public List<Story> stories() {
    List<Story> out = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      if (storyParent.find(i) != i) {
        continue;
      }
      Group g = stories.get(i);
      out.add(new Story(storyId(g), lineId(lineParent.find(g.line)),
          g.ids));
    }
    return out;
  }

  private void merge(Group into, Group other) {
    int a = storyParent.find(into.no);
    int b = storyParent.find(other.no);
    if (a == b) {
      return;
    }
    storyParent.attach(a, b);
    // one list in link order: the first article linked names the merged story
    List<String> ids = new ArrayList<>(into.ids.size() + other.ids.size());
    List<Integer> seqs = new ArrayList<>(ids.size());
    int i = 0;
    int j = 0;
    while (i < into.ids.size() || j < other.ids.size()) {
      boolean left = j >= other.ids.size()
          || i < into.ids.size() && into.seqs.get(i) < other.seqs.get(j);
      ids.add(left ? into.ids.get(i) : other.ids.get(j));
      seqs.add(left ? into.seqs.get(i++) : other.seqs.get(j++));
    }
    into.ids = ids;
    into.seqs = seqs;
    other.ids = new ArrayList<>();
    other.seqs = new ArrayList<>();
    if (into.compacted && !other.compacted) {
      into.compacted = false; // a live story joined it: its centroid is computed again
      into.centroid = null;
      into.frozenTerms = null;
      into.frozenWeights = null;
    }
    into.embeddingStale = true;
    if (other.min != null) {
      into.min = into.min == null || other.min.isBefore(into.min) ? other.min : into.min;
    }
    if (other.max != null) {
      into.max = into.max == null || other.max.isAfter(into.max) ? other.max : into.max;
    }
    for (ArticleFeatures m : other.recent) {
      into.recent.addLast(m);
      if (into.recent.size() > cfg.centroidMembers()) {
        into.recent.removeFirst();
      }
    }
    other.recent.clear();
    other.centroid = null;
    other.frozenTerms = null;
    other.frozenWeights = null;
    if (!into.compacted) {
      into.centroid = null;
    }
    int la = lineParent.find(into.line);
    int lb = lineParent.find(other.line);
    lineParent.union(la, lb); // the older storyline (smaller number) keeps its id
    if (la != lb) {
      int keep = lineParent.find(la);
      int total = lineArticles.get(la) + lineArticles.get(lb);
      lineArticles.set(la, 0);
      lineArticles.set(lb, 0);
      lineArticles.set(keep, total);
    }
    into.line = Math.min(la, lb);
  }

  /**
   * The latest story numbers of one posting key, oldest dropped past the capacity: an int ring,
   * not a deque of boxed numbers, so walking a key's postings stays in one small array.
   */
  private static final class Ring {
    private int[] items;
    private final int capacity;
    private int head;
    int size;

    Ring(int capacity) {
      this.capacity = Math.max(1, capacity);
      this.items = new int[Math.min(4, this.capacity)];
    }

    /** The {@code i}-th oldest. */
    int get(int i) {
      return items[(head + i) % items.length];
    }

    boolean contains(int x) {
      for (int i = 0; i < size; i++) {
        if (get(i) == x) {
          return true;
        }
      }
      return false;
    }

    void add(int x) {
      if (size < capacity && size == items.length) {
        int[] grown = new int[Math.min(capacity, items.length * 2)];
        for (int i = 0; i < size; i++) {
          grown[i] = get(i);
        }
        items = grown;
        head = 0;
      }
      if (size < items.length) {
        items[(head + size) % items.length] = x;
        size++;
      } else { // full at capacity: overwrite the oldest
        items[head] = x;
        head = (head + 1) % items.length;
      }
    }
  }

  private String storyId(Group g) {
    return "story-" + g.ids.get(0);
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
      Df known = df.get(e.getKey());
      double idf = Math.log((docs + PRIOR_DOCS + 1.0) / ((known == null ? 0 : known.count) + 0.5));
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

  /**
   * The sum of the latest members' unit vectors. Kept until the story changes or the collection
   * has grown by a tenth since (document frequencies drift slowly), so scoring a candidate costs
   * one cosine, not one vector per member.
   */
  private Map<String, Double> centroid(Group g) {
    if (g.centroid != null && docs <= g.centroidDocs + g.centroidDocs / 10 + 10) {
      return g.centroid;
    }
    Map<String, Double> c = new HashMap<>();
    for (ArticleFeatures f : g.recent) {
      vector(f.terms()).forEach((k, w) -> c.merge(k, w, Double::sum));
    }
    g.setCentroid(c, docs);
    return c;
  }

  /** The unit mean of a story's latest embeddings, or null when none of them has one. */
  private float @Nullable [] embedding(Group g) {
    if (!g.embeddingStale || g.compacted) {
      return g.embedding;
    }
    float[] sum = null;
    for (ArticleFeatures f : g.recent) {
      float[] e = f.embedding();
      if (e != null) {
        if (sum == null) {
          sum = new float[e.length];
        }
        if (e.length != sum.length) {
          throw new IllegalArgumentException("article " + f.articleId() + " has an embedding of "
              + e.length + " dimensions, others of " + sum.length);
        }
        for (int i = 0; i < e.length; i++) {
          sum[i] += e[i];
        }
      }
    }
    g.embedding = sum == null ? null : Vectors.unit(sum);
    g.embeddingStale = false;
    return sum;
  }

  /**
   * The cosine of an article's unit vector and a story's centroid, in one pass over the (short)
   * article vector; {@code words[0]} is set to the part of it the text's words make (terms that
   * are no entity, date or event).
   */
  private double score(Map<String, Double> unit, Group g, double[] words) {
    words[0] = 0;
    if (g.compacted) {
      String[] terms = g.frozenTerms;
      double[] weights = g.frozenWeights;
      if (terms == null || weights == null || g.centroidNorm == 0) {
        return 0;
      }
      double dot = 0;
      for (int i = 0; i < terms.length; i++) {
        Double w = unit.get(terms[i]);
        if (w != null) {
          dot += w * weights[i];
          words[0] += isWord(terms[i]) ? w * weights[i] : 0;
        }
      }
      words[0] /= g.centroidNorm;
      return dot / g.centroidNorm;
    }
    Map<String, Double> c = centroid(g);
    if (g.centroidNorm == 0) {
      return 0;
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : unit.entrySet()) {
      Double w = c.get(e.getKey());
      if (w != null) {
        dot += w * e.getValue();
        words[0] += isWord(e.getKey()) ? w * e.getValue() : 0;
      }
    }
    words[0] /= g.centroidNorm;
    return dot / g.centroidNorm;
  }

  /** A content word, not an entity ({@code @}), a date ({@code #}) or an event ({@code !}). */
  private static boolean isWord(String term) {
    return Character.isLetterOrDigit(term.charAt(0));
  }

  private static List<String> strongest(Map<String, Double> v, int k) {
    return v.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(k).map(Map.Entry::getKey).toList();
  }
}
