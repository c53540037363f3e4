package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.Outlet;

class SqliteStoreTest {
  @TempDir Path tmp;

  static final Outlet WIRE = Articles.outlet("wire.example", "Example Wire");
  static final Outlet DAILY = Articles.outlet("daily.example", "Example Daily");

  static final String[] WIRE_STORY = {
      "The central bank raised its main interest rate by half a point on Thursday, the third"
          + " increase this year, citing stubborn inflation in food and energy prices.",
      "The governor told reporters that further rises could not be ruled out if prices kept"
          + " climbing through the summer, and that the bank would watch wage settlements closely.",
      "Economists had expected a smaller move. Markets fell sharply after the announcement, with"
          + " bank shares leading the decline and the currency gaining against the dollar."};

  @Test
  void createsTheFileOnFirstUseAndKeepsArticlesAcrossReopening() {
    Path db = tmp.resolve("sub/dir/parallax.db");
    Article a = Articles.article(WIRE, "Bank raises rates", LocalDate.of(2024, 3, 14), WIRE_STORY);
    try (SqliteStore store = SqliteStore.open(db)) {
      assertThat(store.store(List.of(a))).extracting(StoreResult::status)
          .containsExactly(StoreResult.Status.STORED);
    }
    assertThat(Files.isRegularFile(db)).isTrue();
    try (SqliteStore store = SqliteStore.open(db)) {
      assertThat(store.count()).isEqualTo(1);
      Article back = store.get(a.id()).orElseThrow();
      assertThat(back.text()).isEqualTo(a.text());
      assertThat(back.paragraphs()).isEqualTo(a.paragraphs());
      assertThat(back.published()).isEqualTo(LocalDate.of(2024, 3, 14));
      assertThat(back.outlet().name()).isEqualTo("Example Wire");
    }
  }

  @Test
  void storingTheSameArticleTwiceIsIdempotent() {
    Article a = Articles.article(WIRE, "Bank raises rates", null, WIRE_STORY);
    try (SqliteStore store = SqliteStore.open(tmp.resolve("p.db"))) {
      store.store(List.of(a));
      List<StoreResult> again = store.store(List.of(a, a));
      assertThat(again).extracting(StoreResult::status).containsExactly(
          StoreResult.Status.ALREADY_STORED, StoreResult.Status.ALREADY_STORED);
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @Test
  void linksNearIdenticalCopiesInsteadOfDroppingThem() {
    Article original = Articles.article(WIRE, "Bank raises rates", null, WIRE_STORY);
    String[] republished = WIRE_STORY.clone();
    republished[2] = republished[2] + " Reporting by the wire; editing by the desk.";
    Article copy = Articles.article(DAILY, "Central bank raises rates again", null, republished);
    Article other = Articles.article(DAILY, "Storm closes harbour", null,
        "A storm closed the harbour for three days, port officials said on Monday, and ships"
            + " waited offshore while crews checked the piers for damage.");
    try (SqliteStore store = SqliteStore.open(tmp.resolve("p.db"))) {
      store.store(List.of(original));
      List<StoreResult> r = store.store(List.of(copy, other));
      assertThat(r.get(0).status()).isEqualTo(StoreResult.Status.STORED);
      assertThat(r.get(0).nearDuplicateOf()).isEqualTo(original.id());
      assertThat(r.get(0).similarity()).isGreaterThanOrEqualTo(SqliteStore.NEAR_DUPLICATE);
      assertThat(r.get(1).nearDuplicateOf()).isNull();
      assertThat(store.count()).isEqualTo(3);
      assertThat(store.nearDuplicatesOf(copy.id())).containsExactly(original.id());
    }
  }

  @Test
  void searchesFullTextWithOutletAndDateFilters() {
    try (SqliteStore store = SqliteStore.open(tmp.resolve("p.db"))) {
      store.store(List.of(
          Articles.article(WIRE, "Bank raises rates", LocalDate.of(2024, 3, 14), WIRE_STORY),
          Articles.article(DAILY, "Rates rise again", LocalDate.of(2024, 6, 1),
              "The central bank raised rates again in June, surprising some economists."),
          Articles.article(DAILY, "Storm closes harbour", LocalDate.of(2024, 6, 2),
              "A storm closed the harbour for three days.")));
      assertThat(store.search(new SearchQuery("central bank", null, null, null, 10)))
          .extracting(SearchHit::title).containsExactlyInAnyOrder("Bank raises rates", "Rates rise again");
      assertThat(store.search(new SearchQuery("central bank", "daily.example", null, null, 10)))
          .extracting(SearchHit::title).containsExactly("Rates rise again");
      assertThat(store.search(new SearchQuery("bank", "Example Daily", null, null, 10))).hasSize(1);
      assertThat(store.search(new SearchQuery("bank", null, LocalDate.of(2024, 5, 1), null, 10)))
          .extracting(SearchHit::title).containsExactly("Rates rise again");
      assertThat(store.search(new SearchQuery("\"three days\"", null, null, null, 10)))
          .extracting(SearchHit::title).containsExactly("Storm closes harbour");
      SearchHit hit = store.search(new SearchQuery("harbour", null, null, null, 10)).get(0);
      assertThat(hit.snippet()).contains("[harbour]");
      // FTS syntax in user text is taken literally, never as an operator
      assertThat(store.search(new SearchQuery("bank* OR NEAR(", null, null, null, 10))).isEmpty();
    }
  }

  @Test
  void rejectsAFileThatIsNotADatabase() throws Exception {
    Path notDb = tmp.resolve("notes.db");
    Files.writeString(notDb, "these are my notes, not a database\n".repeat(200));
    assertThatThrownBy(() -> SqliteStore.open(notDb)).isInstanceOf(StoreException.class)
        .hasMessageStartingWith(notDb + ": cannot");
    assertThat(Files.readString(notDb)).startsWith("these are my notes");
  }

  @Test
  void aFailedBatchStoresNothingOfItAndKeepsEarlierBatches() throws Exception {
    Path db = tmp.resolve("p.db");
    Article good = Articles.article(WIRE, "Bank raises rates", null, WIRE_STORY);
    Article first = Articles.article(DAILY, "First of batch", null, "A first article in the batch.");
    Article poison = Articles.article(DAILY, "poison", null, "An article the database refuses.");
    try (SqliteStore store = SqliteStore.open(db)) {
      store.store(List.of(good));
    }
    // a real failure inside the real database, half-way through the next batch
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        java.sql.Statement st = c.createStatement()) {
      st.execute("CREATE TRIGGER refuse BEFORE INSERT ON article WHEN NEW.title = 'poison'"
          + " BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END");
    }
    try (SqliteStore store = SqliteStore.open(db)) {
      assertThatThrownBy(() -> store.store(List.of(first, poison)))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("nothing of this batch was stored");
      assertThat(store.count()).isEqualTo(1);
      assertThat(store.get(first.id())).isEmpty();
      assertThat(store.get(good.id())).isPresent();
    }
  }

  @Test
  void embeddingsRoundTripPerModelAndSurviveReopening() {
    Path db = tmp.resolve("e.db");
    Article a = Articles.article(WIRE, "Bank raises rates", null, WIRE_STORY);
    float[] v = {0.6f, -0.8f, 0f, 1e-7f};
    try (SqliteStore store = SqliteStore.open(db)) {
      store.store(List.of(a));
      assertThat(store.embedding(a.id(), "m1")).isEmpty();
      store.saveEmbedding(a.id(), "m1", v);
      store.saveEmbedding(a.id(), "m1", v); // again: replaced, not duplicated
      store.saveEmbedding(a.id(), "m2", new float[] {1f});
    }
    try (SqliteStore store = SqliteStore.open(db)) {
      assertThat(store.embedding(a.id(), "m1")).hasValueSatisfying(
          back -> assertThat(back).containsExactly(v));
      assertThat(store.embedding(a.id(), "m2")).hasValueSatisfying(
          back -> assertThat(back).containsExactly(1f));
      assertThat(store.embedding("no-such-article", "m1")).isEmpty();
    }
  }
}
