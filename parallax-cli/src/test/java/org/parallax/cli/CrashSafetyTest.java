package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kill -9 an ingest half-way: the file still opens and keeps every committed batch. */
class CrashSafetyTest {
  @TempDir Path tmp;

  static final String[] WORDS = ("harbour bridge council minister election storm market court"
      + " school hospital railway drought festival strike treaty border vaccine museum").split(" ");

  @Test
  void killedIngestLeavesAnOpenableStoreWithWholeBatches() throws Exception {
    Path jsonl = tmp.resolve("many.jsonl");
    List<String> lines = new ArrayList<>();
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 4000; i++) {
      StringBuilder text = new StringBuilder();
      for (int p = 0; p < 4; p++) {
        text.append(p == 0 ? "" : "\\n\\n").append("Article ").append(i).append(" paragraph ").append(p);
        for (int w = 0; w < 30; w++) {
          text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        text.append('.');
      }
      lines.add("{\"url\":\"https://example.org/" + i + "\",\"title\":\"Story " + i
          + "\",\"text\":\"" + text + "\"}");
    }
    Files.write(jsonl, lines);
    Path db = tmp.resolve("crash.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "ingest", jsonl.toString(), "--db", db.toString(), "--no-progress")
        .redirectErrorStream(true).redirectOutput(tmp.resolve("out.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    int seen = 0;
    while (seen < IngestJob.BATCH && System.nanoTime() < deadline && p.isAlive()) {
      Thread.sleep(50);
      seen = count(db);
    }
    assertThat(p.isAlive()).as("ingest still running when killed (else raise the article count)").isTrue();
    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    int kept = count(db);
    assertThat(kept).isGreaterThanOrEqualTo(IngestJob.BATCH);
    assertThat(kept % IngestJob.BATCH).as("only whole batches are committed").isZero();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("ok");
    }
    Cli.Run again = Cli.run("ingest", jsonl.toString(), "--db", db.toString(), "--no-progress");
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains((4000 - kept) + " stored", kept + " already stored",
        "now holds 4000 article(s)");
  }

  static int count(Path db) {
    if (!new File(db.toString()).exists()) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM article")) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (java.sql.SQLException e) {
      return 0; // not created or not migrated yet
    }
  }
}
