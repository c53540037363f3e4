package org.parallax.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;
import org.parallax.model.Article;
import org.parallax.model.InputKind;
import org.parallax.model.Outlet;
import org.parallax.model.OutletKind;
import org.parallax.model.Problem;
import org.parallax.model.TextSpan;
import org.sqlite.SQLiteConfig;

/**
 * The embedded store: one SQLite file, created and migrated on first use. Writes are one
 * transaction per batch in WAL mode with full sync, so a crash mid-ingest leaves the file openable
 * and keeps every batch that was reported stored. Not thread-safe: one store per thread.
 */
public final class SqliteStore implements AutoCloseable {
  /** Near-duplicates are linked from this estimated Jaccard similarity up. */
  public static final double NEAR_DUPLICATE = 0.8;

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Connection conn;
  private final Path file;

  private SqliteStore(Path file, Connection conn) {
    this.file = file;
    this.conn = conn;
  }

  /**
   * Opens (creating and migrating when needed) the store in {@code file}.
   *
   * @throws StoreException naming the file when it cannot be opened or is not a Parallax store
   */
  public static SqliteStore open(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
      String url = "jdbc:sqlite:" + file;
      Flyway.configure()
          .dataSource(url, null, null)
          .locations("classpath:db/migration/common", "classpath:db/migration/sqlite")
          .load()
          .migrate();
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      config.enforceForeignKeys(true);
      config.setBusyTimeout(10_000);
      Connection c = DriverManager.getConnection(url, config.toProperties());
      return new SqliteStore(file, c);
    } catch (FlywayException e) {
      throw new StoreException(file + ": cannot prepare the database (" + firstLine(e) + ")", e);
    } catch (SQLException | java.io.IOException e) {
      throw new StoreException(file + ": cannot open the database (" + firstLine(e) + ")", e);
    }
  }

  private static String firstLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m).strip();
  }

  public Path file() {
    return file;
  }

  /**
   * Stores a batch in one transaction. Articles already stored (same content hash) are reported
   * as such and left alone; new ones are linked to an earlier near-identical copy when there is
   * one. The paragraph counts used for boilerplate learning are updated for new articles that are
   * not near-duplicates.
   */
  public List<StoreResult> store(List<Article> batch) {
    List<StoreResult> results = new ArrayList<>();
    try {
      conn.setAutoCommit(false);
      try {
        Set<String> inBatch = new HashSet<>();
        for (Article a : batch) {
          if (!inBatch.add(a.id()) || exists(a.id())) {
            results.add(new StoreResult(a.id(), a.source(), StoreResult.Status.ALREADY_STORED,
                null, 0));
            continue;
          }
          results.add(insert(a));
        }
        conn.commit();
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot store a batch of " + batch.size()
          + " articles (" + firstLine(e) + "); nothing of this batch was stored", e);
    }
    return results;
  }

  private boolean exists(String id) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM article WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private StoreResult insert(Article a) throws SQLException {
    upsertOutlet(a.outlet());
    long[] sig = MinHash.signature(a.text());
    String dupOf = null;
    double best = 0;
    for (Map.Entry<String, long[]> c : candidates(sig).entrySet()) {
      double s = MinHash.similarity(sig, c.getValue());
      if (s >= NEAR_DUPLICATE && s > best) {
        best = s;
        dupOf = c.getKey();
      }
    }
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO article (id, outlet_id, source,"
        + " input_kind, url, published, dateline, title, language, authors, body, paragraphs,"
        + " boilerplate, problems, minhash, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      int i = 1;
      ps.setString(i++, a.id());
      ps.setString(i++, a.outlet().id());
      ps.setString(i++, a.source());
      ps.setString(i++, a.inputKind().name());
      ps.setString(i++, a.url());
      ps.setString(i++, a.published() == null ? null : a.published().toString());
      ps.setString(i++, a.dateline());
      ps.setString(i++, a.title());
      ps.setString(i++, a.language());
      ps.setString(i++, json(a.authors()));
      ps.setString(i++, a.text());
      List<int[]> spans = new ArrayList<>();
      a.paragraphs().forEach(p -> spans.add(new int[] {p.begin(), p.end()}));
      ps.setString(i++, json(spans));
      ps.setString(i++, json(a.boilerplate()));
      ps.setString(i++, json(a.problems()));
      ps.setString(i++, MinHash.encode(sig));
      ps.setString(i, Instant.now().toString());
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        conn.prepareStatement("INSERT INTO minhash_band (band, bucket, article_id) VALUES (?,?,?)")) {
      for (int b = 0; b < MinHash.BANDS; b++) {
        ps.setInt(1, b);
        ps.setLong(2, MinHash.bucket(sig, b));
        ps.setString(3, a.id());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = conn.prepareStatement(
        "INSERT INTO article_fts (article_id, title, body) VALUES (?,?,?)")) {
      ps.setString(1, a.id());
      ps.setString(2, a.title() == null ? "" : a.title());
      ps.setString(3, a.text());
      ps.executeUpdate();
    }
    if (dupOf != null) {
      try (PreparedStatement ps = conn.prepareStatement(
          "INSERT INTO near_duplicate (article_id, duplicate_of, similarity) VALUES (?,?,?)")) {
        ps.setString(1, a.id());
        ps.setString(2, dupOf);
        ps.setDouble(3, best);
        ps.executeUpdate();
      }
    } else {
      countParagraphs(a);
    }
    return new StoreResult(a.id(), a.source(), StoreResult.Status.STORED, dupOf, best);
  }

  private Map<String, long[]> candidates(long[] sig) throws SQLException {
    Map<String, long[]> out = new LinkedHashMap<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT a.id, a.minhash FROM minhash_band b"
        + " JOIN article a ON a.id = b.article_id WHERE b.band = ? AND b.bucket = ? LIMIT 200")) {
      for (int b = 0; b < MinHash.BANDS; b++) {
        ps.setInt(1, b);
        ps.setLong(2, MinHash.bucket(sig, b));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.computeIfAbsent(rs.getString(1), k -> decodeQuietly(rs));
          }
        }
      }
    }
    return out;
  }

  private static long[] decodeQuietly(ResultSet rs) {
    try {
      return MinHash.decode(rs.getString(2));
    } catch (SQLException e) {
      throw new StoreException("cannot read a MinHash signature", e);
    }
  }

  private void upsertOutlet(Outlet o) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO outlet (id, name, country, kind)"
        + " VALUES (?,?,?,?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
        + " country = excluded.country, kind = excluded.kind")) {
      ps.setString(1, o.id());
      ps.setString(2, o.name());
      ps.setString(3, o.country());
      ps.setString(4, o.kind().label());
      ps.executeUpdate();
    }
  }

  private void countParagraphs(Article a) throws SQLException {
    Set<Long> seen = new HashSet<>();
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO paragraph_count"
        + " (outlet_id, line_hash, line, articles) VALUES (?,?,?,1) ON CONFLICT (outlet_id, line_hash)"
        + " DO UPDATE SET articles = paragraph_count.articles + 1")) {
      for (int i = 0; i < a.paragraphs().size(); i++) {
        String p = a.paragraph(i);
        if (p.length() > BoilerplateStats.MAX_LINE) {
          continue;
        }
        long h = BoilerplateStats.lineHash(p);
        if (seen.add(h)) {
          ps.setString(1, a.outlet().id());
          ps.setLong(2, h);
          ps.setString(3, p);
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  /** How many stored (non-duplicate) articles of {@code outletId} carry each of {@code hashes}. */
  public Map<Long, Integer> paragraphCounts(String outletId, Collection<Long> hashes) {
    Map<Long, Integer> out = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT articles FROM paragraph_count WHERE outlet_id = ? AND line_hash = ?")) {
      for (Long h : hashes) {
        ps.setString(1, outletId);
        ps.setLong(2, h);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            out.put(h, rs.getInt(1));
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot read paragraph counts", e);
    }
    return out;
  }

  /** Stored articles of {@code outletId} that are not near-duplicates of others. */
  public int originalArticles(String outletId) {
    return queryInt("SELECT count(*) FROM article a WHERE a.outlet_id = ? AND NOT EXISTS"
        + " (SELECT 1 FROM near_duplicate d WHERE d.article_id = a.id)", outletId);
  }

  /** How many articles are stored. */
  public int count() {
    return queryInt("SELECT count(*) FROM article", null);
  }

  /** The ids of the earlier articles {@code id} nearly copies. */
  public List<String> nearDuplicatesOf(String id) {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT duplicate_of FROM near_duplicate WHERE article_id = ? ORDER BY similarity DESC")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot read near-duplicates of " + id, e);
    }
    return out;
  }

  private int queryInt(String sql, @Nullable String arg) {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      if (arg != null) {
        ps.setString(1, arg);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": query failed (" + firstLine(e) + ")", e);
    }
  }

  /** Stores (or replaces) the analysis of {@code articleId} made by analysis {@code version}. */
  public void saveAnalysis(String articleId, int version, String json) {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO analysis (article_id, version,"
        + " body, analyzed_at) VALUES (?,?,?,?) ON CONFLICT (article_id, version) DO UPDATE SET"
        + " body = excluded.body, analyzed_at = excluded.analyzed_at")) {
      ps.setString(1, articleId);
      ps.setInt(2, version);
      ps.setString(3, json);
      ps.setString(4, Instant.now().toString());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot store the analysis of " + articleId, e);
    }
  }

  /** The stored analysis (JSON) of {@code articleId} by analysis {@code version}, if any. */
  public Optional<String> analysis(String articleId, int version) {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT body FROM analysis WHERE article_id = ? AND version = ?")) {
      ps.setString(1, articleId);
      ps.setInt(2, version);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot read the analysis of " + articleId, e);
    }
  }

  /** Stores (or replaces) the embedding of {@code articleId} made by {@code model}. */
  public void saveEmbedding(String articleId, String model, float[] vector) {
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(vector.length * Float.BYTES)
        .order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (float x : vector) {
      buf.putFloat(x);
    }
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO embedding (article_id, model,"
        + " dimension, vector) VALUES (?,?,?,?) ON CONFLICT (article_id, model) DO UPDATE SET"
        + " dimension = excluded.dimension, vector = excluded.vector")) {
      ps.setString(1, articleId);
      ps.setString(2, model);
      ps.setInt(3, vector.length);
      ps.setString(4, java.util.Base64.getEncoder().encodeToString(buf.array()));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot store the embedding of " + articleId, e);
    }
  }

  /** The stored embedding of {@code articleId} by {@code model}, if any. */
  public Optional<float[]> embedding(String articleId, String model) {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT dimension, vector FROM embedding WHERE article_id = ? AND model = ?")) {
      ps.setString(1, articleId);
      ps.setString(2, model);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        int dimension = rs.getInt(1);
        byte[] bytes;
        try {
          bytes = java.util.Base64.getDecoder().decode(rs.getString(2));
        } catch (IllegalArgumentException e) {
          throw new StoreException(file + ": the stored embedding of " + articleId
              + " is not base64 (" + e.getMessage() + ")", e);
        }
        if (bytes.length != dimension * Float.BYTES) {
          throw new StoreException(file + ": the stored embedding of " + articleId + " has "
              + bytes.length + " bytes for " + dimension + " dimensions");
        }
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes)
            .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[dimension];
        for (int i = 0; i < dimension; i++) {
          v[i] = buf.getFloat();
        }
        return Optional.of(v);
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot read the embedding of " + articleId, e);
    }
  }

  /**
   * How many stored articles have an analysis, but none by analysis {@code version}: analysed by
   * an earlier Parallax, they wait to be analysed again.
   */
  public int staleAnalyses(int version) {
    return queryInt("SELECT count(DISTINCT n.article_id) FROM analysis n WHERE NOT EXISTS"
        + " (SELECT 1 FROM analysis m WHERE m.article_id = n.article_id AND m.version = "
        + version + ")", null);
  }

  /** The ids of every stored article, in the order they were stored. */
  public List<String> articleIds() {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT id FROM article ORDER BY ingested_at, id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot list articles", e);
    }
    return out;
  }

  /** The ids of the articles with an analysis of {@code version}, in the order they were stored. */
  public List<String> analysedArticleIds(int version) {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT a.id FROM article a JOIN analysis n"
        + " ON n.article_id = a.id AND n.version = ? ORDER BY a.ingested_at, a.id")) {
      ps.setInt(1, version);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot list analysed articles", e);
    }
    return out;
  }

  /** The stored article {@code id}, if any. */
  public Optional<Article> get(String id) {
    try (PreparedStatement ps = conn.prepareStatement("SELECT a.*, o.name AS outlet_name,"
        + " o.country, o.kind FROM article a JOIN outlet o ON o.id = a.outlet_id WHERE a.id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(article(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot read article " + id, e);
    }
  }

  private static Article article(ResultSet rs) throws SQLException {
    Outlet outlet = new Outlet(rs.getString("outlet_id"), rs.getString("outlet_name"),
        rs.getString("country"), OutletKind.fromLabel(rs.getString("kind")), List.of(), null, null);
    List<TextSpan> spans = new ArrayList<>();
    for (int[] s : read(rs.getString("paragraphs"), new TypeReference<List<int[]>>() {})) {
      spans.add(new TextSpan(s[0], s[1]));
    }
    List<Problem> problems = new ArrayList<>();
    for (Map<String, String> p : read(rs.getString("problems"),
        new TypeReference<List<Map<String, String>>>() {})) {
      problems.add(new Problem(p.get("code"), p.get("message")));
    }
    String published = rs.getString("published");
    return new Article(rs.getString("id"), rs.getString("source"),
        InputKind.valueOf(rs.getString("input_kind")), outlet, rs.getString("url"),
        published == null ? null : LocalDate.parse(published), rs.getString("dateline"),
        rs.getString("title"), rs.getString("language"),
        read(rs.getString("authors"), new TypeReference<List<String>>() {}), rs.getString("body"),
        spans, read(rs.getString("boilerplate"), new TypeReference<List<String>>() {}), problems);
  }

  /**
   * Full-text search: every word of the query must occur (in title or body); quoted words form a
   * phrase. Results are ranked by BM25.
   */
  public List<SearchHit> search(SearchQuery q) {
    StringBuilder sql = new StringBuilder("SELECT a.id, a.outlet_id, o.name, a.published, a.title,"
        + " a.url, snippet(article_fts, 2, '[', ']', '…', 16) AS snip, bm25(article_fts) AS rank"
        + " FROM article_fts JOIN article a ON a.id = article_fts.article_id"
        + " JOIN outlet o ON o.id = a.outlet_id WHERE article_fts MATCH ?");
    List<String> args = new ArrayList<>();
    args.add(ftsQuery(q.text()));
    if (q.outlet() != null) {
      sql.append(" AND (a.outlet_id = ? OR lower(o.name) = ?)");
      args.add(q.outlet().toLowerCase(Locale.ROOT));
      args.add(q.outlet().toLowerCase(Locale.ROOT));
    }
    if (q.from() != null) {
      sql.append(" AND a.published >= ?");
      args.add(q.from().toString());
    }
    if (q.to() != null) {
      sql.append(" AND a.published <= ?");
      args.add(q.to().toString());
    }
    sql.append(" ORDER BY rank LIMIT ").append(q.limit());
    List<SearchHit> hits = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        ps.setString(i + 1, args.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String pub = rs.getString(4);
          hits.add(new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3),
              pub == null ? null : LocalDate.parse(pub), rs.getString(5), rs.getString(6),
              rs.getString(7), -rs.getDouble(8)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": search failed (" + firstLine(e) + ")", e);
    }
    return hits;
  }

  /** Turns user text into an FTS5 query: each word or "quoted phrase" becomes a quoted term. */
  static String ftsQuery(String text) {
    List<String> terms = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]+)\"|([\\p{L}\\p{N}]+)")
        .matcher(text);
    while (m.find()) {
      String t = m.group(1) != null ? m.group(1) : m.group(2);
      terms.add("\"" + t.replace("\"", "") + "\"");
    }
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("search text '" + text + "' has no words");
    }
    return String.join(" AND ", terms);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass(), e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("corrupt JSON column: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot close the database", e);
    }
  }
}
