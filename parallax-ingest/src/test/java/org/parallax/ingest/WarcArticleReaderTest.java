package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.parallax.model.Article;
import org.parallax.model.InputKind;
import org.parallax.model.ReadOutcome;

class WarcArticleReaderTest {
  @TempDir Path tmp;

  static String page(String title, String body) {
    return "<html><head><title>" + title + "</title></head><body><nav><a href='/'>Home</a></nav>"
        + "<article><h1>" + title + "</h1><p>" + body + "</p><p>" + body + " Officials gave no"
        + " further details on Monday, saying an inquiry would follow.</p></article></body></html>";
  }

  static byte[] http(String contentType, String body, int status) {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 " + status + " OK\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + b.length + "\r\n\r\n";
    byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = Arrays.copyOf(h, h.length + b.length);
    System.arraycopy(b, 0, all, h.length, b.length);
    return all;
  }

  Path writeWarc(String name, WarcCompression compression) throws IOException {
    Path f = tmp.resolve(name);
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter w = new WarcWriter(ch, compression)) {
      w.write(new WarcResponse.Builder(URI.create("https://www.aljazeera.com/news/one"))
          .body(MediaType.HTTP_RESPONSE, http("text/html; charset=utf-8",
              page("Floods hit the delta", "Floods hit the delta region after days of rain."), 200))
          .build());
      w.write(new WarcResponse.Builder(URI.create("https://example.org/style.css"))
          .body(MediaType.HTTP_RESPONSE, http("text/css", "body{color:red}", 200)).build());
      w.write(new WarcResponse.Builder(URI.create("https://example.org/missing"))
          .body(MediaType.HTTP_RESPONSE, http("text/html", "<html>Not found</html>", 404)).build());
      w.write(new WarcResponse.Builder(URI.create("https://www.dw.com/en/two"))
          .body(MediaType.HTTP_RESPONSE, http("text/html",
              page("Talks resume in Geneva", "Talks resumed in Geneva after a two-week pause."), 200))
          .build());
    }
    return f;
  }

  static List<ReadOutcome> read(Path f) {
    List<ReadOutcome> out = new ArrayList<>();
    new ArticleReaders(OutletRegistry.bundled()).read(Input.of(f), out::add);
    return out;
  }

  @Test
  void readsHtmlResponsesOfAGzippedWarc() throws IOException {
    List<ReadOutcome> out = read(writeWarc("crawl.warc.gz", WarcCompression.GZIP));
    assertThat(out).hasSize(2).allMatch(o -> o instanceof ReadOutcome.Extracted);
    Article first = ((ReadOutcome.Extracted) out.get(0)).article();
    assertThat(first.inputKind()).isEqualTo(InputKind.WARC);
    assertThat(first.url()).isEqualTo("https://www.aljazeera.com/news/one");
    assertThat(first.outlet().name()).isEqualTo("Al Jazeera");
    assertThat(first.title()).isEqualTo("Floods hit the delta");
    assertThat(first.text()).startsWith("Floods hit the delta region").doesNotContain("Home");
    assertThat(first.source()).endsWith("crawl.warc.gz#record=1");
  }

  @Test
  void readsAnUncompressedWarc() throws IOException {
    assertThat(read(writeWarc("crawl.warc", WarcCompression.NONE))).hasSize(2);
  }

  @Test
  void keepsRecordsBeforeTruncationAndReportsTheDamage() throws IOException {
    Path whole = writeWarc("whole.warc", WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = tmp.resolve("cut.warc");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 200));
    List<ReadOutcome> out = read(cut);
    assertThat(out.get(0)).isInstanceOf(ReadOutcome.Extracted.class);
    assertThat(out.get(out.size() - 1)).isInstanceOfSatisfying(ReadOutcome.Rejected.class,
        r -> assertThat(r.message()).contains("cut.warc#record=", "truncated"));
  }

  @Test
  void reportsATruncatedGzipWarc() throws IOException {
    Path whole = writeWarc("whole.warc.gz", WarcCompression.GZIP);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = tmp.resolve("cut.warc.gz");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 100));
    List<ReadOutcome> out = read(cut);
    assertThat(out).anyMatch(o -> o instanceof ReadOutcome.Extracted);
    assertThat(out).anyMatch(o -> o instanceof ReadOutcome.Rejected r
        && r.message().contains("cut.warc.gz"));
  }

  @Test
  void regressionBinaryRecordFirstDoesNotRejectTheWholeArchive() throws IOException {
    Path f = tmp.resolve("imgfirst.warc.gz");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 0, 0, 0, 0};
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
      byte[] head = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
      byte[] all = Arrays.copyOf(head, head.length + png.length);
      System.arraycopy(png, 0, all, head.length, png.length);
      w.write(new WarcResponse.Builder(URI.create("https://example.org/logo.png"))
          .body(MediaType.HTTP_RESPONSE, all).build());
      w.write(new WarcResponse.Builder(URI.create("https://www.dw.com/en/two"))
          .body(MediaType.HTTP_RESPONSE, http("text/html",
              page("Talks resume in Geneva", "Talks resumed in Geneva after a two-week pause."), 200))
          .build());
    }
    List<ReadOutcome> out = read(f);
    assertThat(out).hasSize(1).allMatch(o -> o instanceof ReadOutcome.Extracted);
    // and uncompressed, where the first bytes of the file are the PNG record's
    Path plain = tmp.resolve("imgfirst.warc");
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(f))) {
      Files.write(plain, in.readAllBytes());
    }
    assertThat(read(plain)).hasSize(1).allMatch(o -> o instanceof ReadOutcome.Extracted);
  }

  @Test
  void regressionHttpCharsetDecodesTheRecord() throws IOException {
    Path f = tmp.resolve("cyrillic.warc");
    String html = page("Переговоры в Женеве", "Переговоры в Женеве возобновились после двухнедельной паузы.");
    byte[] body = html.getBytes(java.nio.charset.Charset.forName("windows-1251"));
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1251\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter w = new WarcWriter(ch, WarcCompression.NONE)) {
      w.write(new WarcResponse.Builder(URI.create("https://example.ru/talks"))
          .body(MediaType.HTTP_RESPONSE, all).build());
    }
    Article a = ((ReadOutcome.Extracted) read(f).get(0)).article();
    assertThat(a.title()).isEqualTo("Переговоры в Женеве");
    assertThat(a.language()).isEqualTo("ru");
  }
}
