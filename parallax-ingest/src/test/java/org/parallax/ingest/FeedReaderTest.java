package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.testkit.SharedData;
import org.parallax.model.Article;
import org.parallax.model.ReadOutcome;

class FeedReaderTest {
  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
           xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>Example wire</title><link>https://www.bbc.co.uk/news</link>
      <language>en-gb</language>
      <item><title>Bridge reopens</title><link>https://www.bbc.co.uk/news/bridge</link>
        <pubDate>Tue, 14 Mar 2023 09:30:00 GMT</pubDate><dc:creator>Ann Smith</dc:creator>
        <content:encoded><![CDATA[<p>The bridge reopened on Tuesday.</p><p>Traffic resumed at noon.</p>]]></content:encoded>
      </item>
      <item><title>Empty item</title><link>https://www.bbc.co.uk/news/empty</link></item>
      </channel></rss>
      """;

  static List<ReadOutcome> read(String xml) throws BadInputException {
    List<ReadOutcome> out = new ArrayList<>();
    new FeedReader(OutletRegistry.bundled()).read("feed.xml",
        TextDecoding.decode(xml.getBytes(StandardCharsets.UTF_8)), out::add);
    return out;
  }

  @Test
  void readsItemsOfAnRssFeed() throws BadInputException {
    List<ReadOutcome> out = read(RSS);
    assertThat(out).hasSize(2);
    Article a = ((ReadOutcome.Extracted) out.get(0)).article();
    assertThat(a.title()).isEqualTo("Bridge reopens");
    assertThat(a.published()).isEqualTo(LocalDate.of(2023, 3, 14));
    assertThat(a.outlet().name()).isEqualTo("BBC News");
    assertThat(a.authors()).containsExactly("Ann Smith");
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.source()).isEqualTo("feed.xml#item=1");
    assertThat(out.get(1)).isInstanceOfSatisfying(ReadOutcome.Rejected.class,
        r -> assertThat(r.message()).isEqualTo("feed.xml#item=2: feed item has no text"));
  }

  @Test
  void readsAtom() throws BadInputException {
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom example</title>
        <link href="https://www.theguardian.com/"/><updated>2024-01-02T10:00:00Z</updated>
        <entry><title>Snow closes schools</title><link href="https://www.theguardian.com/snow"/>
        <id>urn:x</id><updated>2024-01-02T10:00:00Z</updated><published>2024-01-02T08:00:00Z</published>
        <content type="html">&lt;p&gt;Heavy snow closed schools across the region on Tuesday.&lt;/p&gt;</content>
        </entry></feed>
        """;
    Article a = ((ReadOutcome.Extracted) read(atom).get(0)).article();
    assertThat(a.title()).isEqualTo("Snow closes schools");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(a.text()).isEqualTo("Heavy snow closed schools across the region on Tuesday.");
  }

  @Test
  void rejectsInvalidXmlWithLine() {
    assertThatThrownBy(() -> read("<?xml version=\"1.0\"?>\n<rss><channel><item><title>x</item></rss>"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("not a well-formed feed");
  }

  @Test
  void refusesDoctypeEntities() {
    String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<rss version=\"2.0\"><channel>"
        + "<title>&b;</title><item><title>t</title><description>&b;</description></item></channel></rss>";
    assertThatThrownBy(() -> read(bomb)).isInstanceOf(BadInputException.class);
  }

  @Test
  void readsEveryRealSampleFeed() throws Exception {
    Path dir = SharedData.dir("corpus/feed-samples");
    assumeTrue(dir != null, SharedData.MISSING);
    ArticleReaders readers = new ArticleReaders(OutletRegistry.bundled());
    List<Path> files;
    try (var walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().matches("(?i).*(\\.md|license.*)$")).toList();
    }
    assertThat(files).isNotEmpty();
    int extracted = 0;
    for (Path f : files) {
      List<ReadOutcome> out = new ArrayList<>();
      readers.read(Input.of(f), out::add);
      // every feed parses; items are judged one by one (some real items have no text at all)
      assertThat(out).as(f.toString()).isNotEmpty()
          .allMatch(o -> o.source().contains("#item="));
      extracted += (int) out.stream().filter(o -> o instanceof ReadOutcome.Extracted).count();
      for (ReadOutcome o : out) {
        if (o instanceof ReadOutcome.Extracted e) {
          assertThat(e.article().text()).as(f.toString()).doesNotContain("\uFFFD");
        }
      }
    }
    assertThat(extracted).isGreaterThan(10);
  }

  @Test
  void regressionFeedDatesKeepTheirOwnOffsetAndUpdateDatesAreNotPublication() throws BadInputException {
    String rss = """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>t</title><link>https://example.org/</link>
        <item><title>Late story</title><link>https://example.org/late</link>
          <pubDate>Thu, 10 Oct 2024 23:30:00 -0500</pubDate>
          <description>A story filed late in the evening, local time.</description></item>
        </channel></rss>
        """;
    Article late = ((ReadOutcome.Extracted) read(rss).get(0)).article();
    assertThat(late.published()).isEqualTo(LocalDate.of(2024, 10, 10));
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:f</id>
        <updated>2024-10-12T01:00:00+03:00</updated>
        <entry><title>Only updated</title><link href="https://example.org/u"/><id>urn:u</id>
        <updated>2024-10-12T01:00:00+03:00</updated>
        <content type="text">Text of an entry that says when it was updated only.</content></entry></feed>
        """;
    Article updated = ((ReadOutcome.Extracted) read(atom).get(0)).article();
    assertThat(updated.published()).isNull();
    assertThat(updated.problems()).extracting(p -> p.code()).containsExactly("date-updated-only");
  }
}
