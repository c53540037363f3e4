package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax analyze} end to end on a fixture written for this test. */
class AnalyzeCommandTest {
  @TempDir Path tmp;

  static final String ARTICLE = """
       date 2024-03-14 GENEVA, March 14. /TASS/. The talks on the dam collapsed on Tuesday, the daily Le Monde reports.

      According to the newspaper, Ukrainian engineers left Geneva in February after the second round.

      Russian Foreign Minister Sergey Lavrov said that Kiev had sabotaged the negotiations. "We will not return to the table," he added.

      The Ukrainian side denied walking out of the talks.

      The agency Example Press, citing a port official, reported that two ships had left Geneva.
      """;

  @Test
  void analyzesStoresAndReadsBackAnalyses() throws Exception {
    Path f = tmp.resolve("talks.txt");
    Files.writeString(f, ARTICLE);
    Path db = tmp.resolve("a.db");
    Cli.Run first = Cli.run("analyze", f.toString(), "--db", db.toString(), "--json");
    assertThat(first.exit()).as(first.err()).isZero();
    List<JsonNode> docs = CliTest.jsonLines(first.out());
    assertThat(docs).hasSize(1);
    JsonNode doc = docs.get(0);
    assertThat(doc.at("/outlet/name").asText()).isEqualTo("TASS");
    assertThat(doc.get("published").asText()).isEqualTo("2024-03-14");
    // entities: gazetteer ids, TASS's spelling recorded as a variant
    JsonNode kyiv = find(doc.get("entities"), "id", "kyiv");
    assertThat(kyiv.get("variants").get(0).get("text").asText()).isEqualTo("Kiev");
    assertThat(kyiv.get("variants").get(0).get("outlet").asText()).isEqualTo("tass.com");
    // times: normalised against the publication date, tense-aware
    assertThat(find(doc.get("times"), "text", "Tuesday").get("value").asText()).isEqualTo("2024-03-12");
    assertThat(find(doc.get("times"), "text", "February").get("value").asText()).isEqualTo("2024-02");
    // attributions: Le Monde reports, Lavrov says, "he added" is Lavrov, a denial
    JsonNode lavrov = findBySource(doc.get("attributions"), "Sergey Lavrov");
    assertThat(lavrov.at("/source/entity").asText()).isEqualTo("sergey-lavrov");
    assertThat(lavrov.at("/content/text").asText()).contains("Kiev had sabotaged the negotiations");
    JsonNode he = findBySource(doc.get("attributions"), "he");
    assertThat(he.at("/source/entity").asText()).isEqualTo("sergey-lavrov");
    assertThat(he.get("direct").asBoolean()).isTrue();
    JsonNode denial = findBySource(doc.get("attributions"), "The Ukrainian side");
    assertThat(denial.get("stance").asText()).isEqualTo("DENY");
    assertThat(findBySource(doc.get("attributions"), "the daily Le Monde").at("/source/entity")
        .asText()).isEqualTo("le-monde");
    // "X, citing Y, reported that …": Y is X's source for the same content
    JsonNode agency = findBySource(doc.get("attributions"), "The agency Example Press");
    JsonNode citing = findBySource(doc.get("attributions"), "a port official");
    assertThat(citing.get("parent").asText()).isEqualTo(agency.get("id").asText());
    assertThat(citing.at("/content/text").asText()).isEqualTo(agency.at("/content/text").asText())
        .contains("two ships had left Geneva");
    // events: the collapsed talks are Le Monde's report, dated; the denial is the outlet's
    JsonNode talks = find(doc.get("events"), "type", "MEET");
    assertThat(talks.at("/trigger/text").asText()).isEqualTo("talks");
    assertThat(talks.at("/time/value").asText()).isEqualTo("2024-03-12");
    assertThat(talks.get("attribution").asText())
        .isEqualTo(findBySource(doc.get("attributions"), "the daily Le Monde").get("id").asText());
    JsonNode denied = find(doc.get("events"), "type", "DENY");
    assertThat(denied.get("attribution").isNull()).isTrue();
    assertThat(denied.at("/participants/0/text").asText()).isEqualTo("The Ukrainian side");
    assertThat(denied.get("time").isNull()).as("the text gives no date").isTrue();
    int offsetBegin = lavrov.at("/content/begin").asInt();
    int offsetEnd = lavrov.at("/content/end").asInt();
    assertThat(doc.get("text").asText().substring(offsetBegin, offsetEnd))
        .isEqualTo(lavrov.at("/content/text").asText());

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM analysis")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
    Cli.Run second = Cli.run("analyze", f.toString(), "--db", db.toString(), "--json");
    assertThat(second.out()).as("the stored analysis is read back").isEqualTo(first.out());
  }

  @Test
  void articlesAnalysedByAnEarlierVersionAreNamedByReportAndAnalysedAgainWithStored()
      throws Exception {
    Path f = tmp.resolve("talks.txt");
    Files.writeString(f, ARTICLE);
    Path db = tmp.resolve("old.db");
    assertThat(Cli.run("analyze", f.toString(), "--db", db.toString(), "--no-report").exit())
        .isZero();
    // as an upgrade leaves a store: the analysis is there, under an earlier version's key
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE analysis SET version = version - 100000");
    }
    Cli.Run report = Cli.run("report", "--db", db.toString());
    assertThat(report.exit()).isEqualTo(2);
    assertThat(report.err()).contains("1 article analysed by an earlier version")
        .contains("parallax analyze --stored --db " + db);
    assertThat(Cli.run("analyze", "--db", db.toString()).exit()).as("no PATH, no --stored")
        .isEqualTo(2);
    Cli.Run again = Cli.run("analyze", "--stored", "--db", db.toString(), "--json");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(CliTest.jsonLines(again.out())).singleElement()
        .satisfies(d -> assertThat(d.at("/outlet/name").asText()).isEqualTo("TASS"));
    Cli.Run after = Cli.run("report", "--db", db.toString());
    assertThat(after.exit()).as(after.err()).isZero();
    assertThat(after.err()).doesNotContain("earlier version");
  }

  static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.get(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no element with " + field + "=" + value + " in " + array);
  }

  static JsonNode findBySource(JsonNode attributions, String source) {
    for (JsonNode n : attributions) {
      String s = n.at("/source/text").asText();
      if (s.equals(source) || s.endsWith(" " + source)) {
        return n;
      }
    }
    throw new AssertionError("no attribution from '" + source + "' in " + attributions);
  }
}
