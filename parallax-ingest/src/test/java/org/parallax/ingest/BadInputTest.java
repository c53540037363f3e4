package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.ReadOutcome;

/** Every kind of bad input gets one clear line naming the file, and reading goes on. */
class BadInputTest {
  @TempDir Path tmp;
  final ArticleReaders readers = new ArticleReaders(OutletRegistry.bundled());

  List<ReadOutcome> read(Path f) {
    List<ReadOutcome> out = new ArrayList<>();
    readers.read(Input.of(f), out::add);
    return out;
  }

  String rejection(Path f) {
    List<ReadOutcome> out = read(f);
    assertThat(out).hasSize(1);
    assertThat(out.get(0)).isInstanceOf(ReadOutcome.Rejected.class);
    return ((ReadOutcome.Rejected) out.get(0)).message();
  }

  Article article(Path f) {
    List<ReadOutcome> out = read(f);
    assertThat(out).hasSize(1);
    assertThat(out.get(0)).isInstanceOf(ReadOutcome.Extracted.class);
    return ((ReadOutcome.Extracted) out.get(0)).article();
  }

  Path write(String name, byte[] bytes) throws IOException {
    Path f = tmp.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void rejectsBinaryFiles() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    assertThat(rejection(write("photo.html", png))).isEqualTo(tmp.resolve("photo.html")
        + ": binary content (a PNG image)");
    assertThat(rejection(write("blob.txt", new byte[] {'a', 'b', 0, 1, 2})))
        .endsWith("blob.txt: binary content (NUL byte at offset 2)");
    // a few hundred random bytes may hold no NUL and few control bytes
    byte[] noise = new byte[300];
    new java.util.Random(7).nextBytes(noise);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = noise[i] == 0 ? (byte) 0xe9 : noise[i];
    }
    assertThat(rejection(write("noise.txt", noise))).contains("noise.txt: binary content (");
  }

  @Test
  void russianInWindows1251IsText() throws IOException {
    byte[] russian = ("\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0437\u0430\u044f\u0432\u0438\u043b"
        + " \u0432 \u0447\u0435\u0442\u0432\u0435\u0440\u0433, \u0447\u0442\u043e"
        + " \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b"
        + " \u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0430\u0442\u0441\u044f"
        + " \u0432 \u043f\u044f\u0442\u043d\u0438\u0446\u0443.\n").repeat(3)
        .getBytes(java.nio.charset.Charset.forName("windows-1251"));
    assertThat(ArticleReaders.binaryKind(russian)).isNull();
  }

  @Test
  void rejectsEmptyAndBlankFiles() throws IOException {
    assertThat(rejection(write("empty.txt", new byte[0]))).endsWith("empty.txt: empty file");
    assertThat(rejection(write("blank.txt", "  \n\n \t\n"))).endsWith("blank.txt: file has only white space");
  }

  @Test
  void rejectsHugeDocuments() throws IOException {
    Path f = tmp.resolve("huge.txt");
    byte[] line = "All work and no play makes a long article.\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(f)) {
      for (long written = 0; written <= 52_000_000L; written += line.length) {
        out.write(line);
      }
    }
    assertThat(rejection(f)).matches(".*huge\\.txt: file is 52\\.0 MB, over the 50 MB limit for one document");
  }

  @Test
  void decodesLatin1TextAndSaysSo() throws IOException {
    byte[] latin1 = ("example.org\n\nCafé reopens\n\nThe café in the old town reopened on"
        + " Monday, the owner said, after a long renovation.\n").getBytes(StandardCharsets.ISO_8859_1);
    Article a = article(write("latin1.txt", latin1));
    assertThat(a.title()).isEqualTo("Café reopens");
    assertThat(a.text()).contains("The café in the old town");
    assertThat(a.problems()).extracting(p -> p.code()).containsExactly("encoding-fallback");
  }

  @Test
  void decodesMixedEncodingsLineByLine() throws IOException {
    byte[] utf8 = "example.org\n\nNaïve title\n\nThe first paragraph is UTF-8 – with a dash.\n\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] latin = "The second paragraph is Latin-1: déjà vu for the façade.\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] both = Arrays.copyOf(utf8, utf8.length + latin.length);
    System.arraycopy(latin, 0, both, utf8.length, latin.length);
    Article a = article(write("mixed.txt", both));
    assertThat(a.text()).contains("UTF-8 – with a dash", "déjà vu for the façade");
    assertThat(a.problems()).extracting(p -> p.code()).containsExactly("encoding-mixed");
  }

  @Test
  void reportsTruncatedGzip() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      StringBuilder html = new StringBuilder("<html><body><article>");
      for (int i = 0; i < 400; i++) {
        html.append("<p>Paragraph ").append(i).append(" of a page that will be cut short.</p>");
      }
      gz.write(html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = bytes.toByteArray();
    Path f = write("page.html.gz", Arrays.copyOf(whole, whole.length / 2));
    assertThat(rejection(f)).contains("page.html.gz: truncated or corrupt gzip data");
  }

  @Test
  void readsBrokenHtmlLeniently() throws IOException {
    Article a = article(write("broken.html", "<html><body><div><p>The council met on Monday"
        + " and approved the budget, officials said, after a long debate.<p>Unclosed <b>bold"
        + " <i>and italic text that never ends, but the story goes on regardless of markup."));
    assertThat(a.text()).contains("approved the budget", "the story goes on");
  }

  @Test
  void rejectsHtmlWithoutText() throws IOException {
    assertThat(rejection(write("empty.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")))
        .endsWith("empty.html: no article text found");
  }

  @Test
  void rejectsFeedWithInvalidXmlAndNamesTheFile() throws IOException {
    assertThat(rejection(write("broken.rss", "<?xml version=\"1.0\"?>\n<rss><channel><item>"
        + "<title>oops</item></channel></rss>"))).contains("broken.rss: not a well-formed feed");
  }

  @Test
  void rejectsJsonLinesThatAreNotObjectsAndKeepsTheRest() throws IOException {
    Path f = write("mixed.jsonl", String.join("\n",
        "{\"url\":\"https://www.rt.com/news/1\",\"title\":\"First\",\"published\":\"2024-05-01\","
            + "\"text\":\"The first article says something.\\n\\nIt has two paragraphs.\"}",
        "[1, 2, 3]",
        "{not json",
        "{\"title\":\"No text here\"}",
        "",
        "{\"outlet\":\"Le Monde\",\"published\":null,\"title\":\"Third\",\"text\":\"Le texte.\"}"));
    List<ReadOutcome> out = read(f);
    assertThat(out).hasSize(5);
    Article first = ((ReadOutcome.Extracted) out.get(0)).article();
    assertThat(first.outlet().name()).isEqualTo("RT");
    assertThat(first.paragraphs()).hasSize(2);
    assertThat(((ReadOutcome.Rejected) out.get(1)).message())
        .endsWith("mixed.jsonl#line=2: not a JSON object (got array); each line must be"
            + " {url, outlet, published, title, text}");
    assertThat(((ReadOutcome.Rejected) out.get(2)).message()).contains("mixed.jsonl#line=3: not valid JSON");
    assertThat(((ReadOutcome.Rejected) out.get(3)).message()).contains("#line=4: object has no \"text\"");
    Article third = ((ReadOutcome.Extracted) out.get(4)).article();
    assertThat(third.outlet().name()).isEqualTo("Le Monde");
    assertThat(third.published()).isNull();
  }

  @Test
  void expandsDirectoriesGlobsAndReportsMissingPaths() throws IOException {
    write("a.txt", "example.org\n\nTitle\n\nBody text of a.");
    Files.createDirectories(tmp.resolve("sub"));
    write("sub/b.html", "<html><body><p>Body text of b.</p></body></html>");
    write("sub/README.md", "# not an article");
    List<ReadOutcome.Rejected> rejected = new ArrayList<>();
    List<Input> inputs = ArticleReaders.expand(List.of(tmp.toString(), tmp + "/sub/*.html",
        tmp + "/nothing-here.txt"), System.in, rejected::add);
    assertThat(inputs).extracting(i -> tmp.relativize(i.path()).toString())
        .containsExactly("a.txt", "sub/b.html", "sub/b.html");
    assertThat(rejected).extracting(ReadOutcome.Rejected::message)
        .containsExactly(tmp + "/nothing-here.txt: no such file or directory");
  }

  @Test
  void readsPrettyPrintedJsonDocumentsAndArraysAsWholes() throws IOException {
    Path one = write("one.json", "{\n  \"title\": \"Single\",\n  \"outlet\": \"Reuters\",\n"
        + "  \"text\": \"One article in one JSON document.\"\n}\n");
    assertThat(article(one).outlet().name()).isEqualTo("Reuters");
    Path many = write("many.json", "[\n {\"title\": \"A\", \"text\": \"First.\"},\n"
        + " {\"title\": \"B\", \"text\": \"Second.\"},\n 42\n]\n");
    List<ReadOutcome> out = read(many);
    assertThat(out).extracting(ReadOutcome::source).containsExactly(
        many + "#index=1", many + "#index=2", many + "#index=3");
    assertThat(out.get(2)).isInstanceOf(ReadOutcome.Rejected.class);
    Path config = write("settings.json", "{\n  \"V1\": {\"title\": \"not an article\"}\n}\n");
    assertThat(rejection(config)).endsWith("settings.json: object has no \"text\" (nor \"body\"/\"content\")");
    assertThat(rejection(write("broken.json", "{\n  \"title\": \"x\",\n"))).contains(
        "broken.json: not valid JSON");
  }

  @Test
  void trustsValidUtf8OverAStaleCharsetDeclaration() throws IOException {
    Article a = article(write("stale.html", "<html><head><meta charset=\"iso-8859-1\"></head><body>"
        + "<p>La sanción del piloto fue confirmada por los comisarios después de la carrera.</p>"
        + "</body></html>"));
    assertThat(a.text()).contains("La sanción del piloto");
    Article latin = article(write("latin.html", ("<html><head><meta charset=\"iso-8859-1\"></head>"
        + "<body><p>La sanción del piloto fue confirmada por los comisarios después de la carrera.</p>"
        + "</body></html>").getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(latin.text()).contains("La sanción del piloto");
    assertThat(latin.problems()).isEmpty();
  }

  @Test
  void regressionLongDomainLikeLineDoesNotOverflowTheStack() throws IOException {
    Path f = write("domain.txt", "a.".repeat(1500) + "com\n\nTitle Of The Piece\n\n"
        + "The body of an article follows the odd first line, officials said.\n");
    Path next = write("next.txt", "example.org\n\nNext Title\n\nThe next article is read too.\n");
    List<ReadOutcome> out = read(f);
    out.addAll(read(next));
    assertThat(out).hasSize(2);
    assertThat(out.get(1)).isInstanceOf(ReadOutcome.Extracted.class);
  }

  @Test
  void regressionHeaderTimeDoesNotSwallowTheFirstNumberOfTheBody() throws IOException {
    Article a = article(write("num.txt", " date 2024-10-10 10 people were hurt in the blast on"
        + " Monday, police said.\n"));
    assertThat(a.text()).startsWith("10 people were hurt");
  }

  @Test
  void regressionJsonLinesFileWithABadFirstLineKeepsTheGoodLines() throws IOException {
    Path f = write("badfirst.jsonl", "{broken\n{\"title\":\"A\",\"text\":\"Good line.\"}\n"
        + "[1, 2]\n{\"title\":\"B\",\"text\":\"Another.\"} {\"title\":\"C\",\"text\":\"x\"}\n");
    List<ReadOutcome> out = read(f);
    assertThat(out).hasSize(4);
    assertThat(out.get(1)).isInstanceOf(ReadOutcome.Extracted.class);
    assertThat(((ReadOutcome.Rejected) out.get(2)).message()).contains("#line=3: not a JSON object");
    assertThat(((ReadOutcome.Rejected) out.get(3)).message()).contains("#line=4: not valid JSON");
  }
}
