package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The same migrations run on a real PostgreSQL server (127.0.0.1:5432, database {@code test};
 * {@code .ci/run} starts it). Each run uses a fresh schema and drops it afterwards.
 */
class PostgresMigrationTest {
  static final String URL = System.getProperty("parallax.pg.url",
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  @Test
  void migrationsApplyToPostgresql() throws SQLException {
    String schema = "parallax_test_" + ProcessHandle.current().pid();
    try (Connection c = DriverManager.getConnection(URL); Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      try {
        MigrateResult result = Flyway.configure()
            .dataSource(URL, null, null)
            .schemas(schema)
            .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
            .load()
            .migrate();
        assertThat(result.migrationsExecuted).isEqualTo(4);
        st.execute("SET search_path TO " + schema);
        st.execute("INSERT INTO outlet (id, name, kind) VALUES ('wire.example', 'Wire', 'agency')");
        st.execute("INSERT INTO article (id, outlet_id, source, input_kind, title, authors, body,"
            + " paragraphs, boilerplate, problems, minhash, ingested_at) VALUES ('a1',"
            + " 'wire.example', 't', 'HTML', 'Harbour reopens', '[]', 'The harbour reopened after"
            + " the storm.', '[]', '[]', '[]', '', '2024-01-01T00:00:00Z')");
        try (ResultSet rs = st.executeQuery("SELECT id FROM article WHERE search @@"
            + " to_tsquery('simple', 'harbour & storm')")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).isEqualTo("a1");
        }
      } finally {
        st.execute("SET search_path TO public");
        st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }
}
