package org.parallax.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;
import org.parallax.model.Article;
import org.parallax.model.InputKind;
import org.parallax.model.ReadOutcome;

/**
 * The entry point for reading: expands paths, directories, globs and {@code -} into inputs,
 * detects each input's format, and hands it to the right reader. Bad input never throws: every
 * problem becomes a {@link ReadOutcome.Rejected} naming the file (and record) and the reason, and
 * reading goes on with the next input.
 */
public final class ArticleReaders {
  /** The largest single document (text dump, HTML page, feed, WARC payload, JSON line) read. */
  public static final int MAX_DOCUMENT_BYTES = 50_000_000;

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private final OutletRegistry registry;
  private final TextDumpReader text;
  private final HtmlReader html;
  private final FeedReader feeds;
  private final JsonLinesReader jsonLines;
  private final WarcArticleReader warc;

  public ArticleReaders(OutletRegistry registry) {
    this.registry = registry;
    this.text = new TextDumpReader(registry);
    this.html = new HtmlReader(registry);
    this.feeds = new FeedReader(registry);
    this.jsonLines = new JsonLinesReader(registry);
    this.warc = new WarcArticleReader(registry);
  }

  private java.util.function.LongConsumer bytesRead = n -> {};

  public OutletRegistry registry() {
    return registry;
  }

  /**
   * Reports how many bytes of the input files have been read, as they are read (for progress
   * bars over large WARC or JSON Lines files).
   */
  public void onBytesRead(java.util.function.LongConsumer listener) {
    this.bytesRead = listener;
  }

  /**
   * Expands command-line arguments: files as they are, directories recursively (hidden files
   * skipped, sorted), globs ({@code corpus/*.jsonl}), and {@code -} for standard input (spooled to
   * a temporary file). Arguments that match nothing are reported to {@code rejected}.
   */
  public static List<Input> expand(List<String> args, InputStream stdin,
      Consumer<ReadOutcome.Rejected> rejected) {
    List<Input> out = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-")) {
        try {
          Path tmp = Files.createTempFile("parallax-stdin", ".in");
          tmp.toFile().deleteOnExit();
          Files.copy(stdin, tmp, StandardCopyOption.REPLACE_EXISTING);
          out.add(new Input("-", tmp));
        } catch (IOException e) {
          rejected.accept(new ReadOutcome.Rejected("-", "cannot read standard input: " + e.getMessage()));
        }
        continue;
      }
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .filter(f -> !isDocumentation(f))
              .sorted()
              .forEach(f -> out.add(Input.of(f)));
        } catch (IOException | UncheckedIOException e) {
          rejected.accept(new ReadOutcome.Rejected(arg, "cannot list directory: " + e.getMessage()));
        }
      } else if (Files.isRegularFile(p)) {
        out.add(Input.of(p));
      } else if (arg.contains("*") || arg.contains("?") || arg.contains("[")) {
        List<Path> matches = glob(arg);
        if (matches.isEmpty()) {
          rejected.accept(new ReadOutcome.Rejected(arg, "no file matches this pattern"));
        }
        matches.forEach(m -> out.add(Input.of(m)));
      } else {
        rejected.accept(new ReadOutcome.Rejected(arg, "no such file or directory"));
      }
    }
    return out;
  }

  /** README.md, LICENSE and registry files in a directory of articles are not articles. */
  private static boolean isDocumentation(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".md") || name.startsWith("license") || name.endsWith(".tsv")
        || name.endsWith(".csv");
  }

  private static List<Path> glob(String pattern) {
    int slash = pattern.lastIndexOf('/', firstGlobChar(pattern));
    Path root = slash >= 0 ? Path.of(pattern.substring(0, slash + 1)) : Path.of(".");
    PathMatcher matcher =
        FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(slash + 1));
    List<Path> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .filter(f -> matcher.matches(root.relativize(f)))
          .sorted()
          .forEach(f -> out.add(slash >= 0 ? f : root.relativize(f)));
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
    return out;
  }

  private static int firstGlobChar(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return s.length();
  }

  /** Reads every article of {@code input}; never throws for bad input. */
  public void read(Input input, Consumer<ReadOutcome> sink) {
    String name = input.name();
    try {
      long size = Files.size(input.path());
      if (size == 0) {
        sink.accept(new ReadOutcome.Rejected(name, "empty file"));
        return;
      }
      byte[] head = readHead(input.path(), 65_536);
      boolean gzip = head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
      byte[] sniff = gzip ? gunzipHead(input.path(), 65_536) : head;
      InputKind kind = detect(name, sniff);
      if (kind == null) {
        String binary = binaryKind(sniff);
        sink.accept(new ReadOutcome.Rejected(name, binary != null ? binary
            : "cannot tell the format (not text, HTML, RSS/Atom, WARC or JSON Lines)"));
        return;
      }
      switch (kind) {
        case WARC -> {
          try (InputStream in = new BufferedInputStream(counted(Files.newInputStream(input.path())))) {
            warc.read(name, in, sink);
          }
        }
        case JSON_LINES -> readJsonLines(input, gzip, sink);
        default -> readDocument(input, kind, gzip, size, sink);
      }
    } catch (BadInputException e) {
      sink.accept(new ReadOutcome.Rejected(name, e.getMessage()));
    } catch (EOFException | ZipException e) {
      sink.accept(new ReadOutcome.Rejected(name, "truncated or corrupt gzip data ("
          + (e.getMessage() == null ? "unexpected end of file" : e.getMessage()) + ")"));
    } catch (IOException | UncheckedIOException e) {
      sink.accept(new ReadOutcome.Rejected(name, "cannot read: " + e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      // a reader bug or pathological input must not end the batch: report it and go on
      sink.accept(new ReadOutcome.Rejected(name, "internal error reading this input ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
          + ")"));
    }
  }

  private void readDocument(Input input, InputKind kind, boolean gzip, long size,
      Consumer<ReadOutcome> sink) throws IOException, BadInputException {
    String name = input.name();
    if (!gzip && size > MAX_DOCUMENT_BYTES) {
      sink.accept(new ReadOutcome.Rejected(name, String.format(Locale.ROOT,
          "file is %.1f MB, over the %d MB limit for one document", size / 1e6,
          MAX_DOCUMENT_BYTES / 1_000_000)));
      return;
    }
    byte[] bytes;
    try (InputStream in = open(input.path(), gzip)) {
      bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
    }
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      sink.accept(new ReadOutcome.Rejected(name, "decompressed document is over the "
          + MAX_DOCUMENT_BYTES / 1_000_000 + " MB limit"));
      return;
    }
    String binary = binaryKind(bytes);
    if (binary != null) {
      sink.accept(new ReadOutcome.Rejected(name, binary));
      return;
    }
    Decoded decoded = TextDecoding.decode(bytes);
    if (decoded.text().isBlank()) {
      sink.accept(new ReadOutcome.Rejected(name, "file has only white space"));
      return;
    }
    switch (kind) {
      case TEXT_DUMP -> sink.accept(finish(text.read(name, decoded)));
      case HTML -> sink.accept(finish(html.read(name, decoded, null, InputKind.HTML)));
      case FEED -> feeds.read(name, decoded, sink);
      default -> throw new IllegalStateException("not a one-document kind: " + kind);
    }
  }

  private void readJsonLines(Input input, boolean gzip, Consumer<ReadOutcome> sink)
      throws IOException {
    if (input.name().toLowerCase(Locale.ROOT).matches(".*\\.json(\\.gz)?$")
        && isJsonDocument(input, gzip)) {
      readJsonDocument(input, gzip, sink);
      return;
    }
    try (InputStream in = openCounted(input.path(), gzip);
        BoundedLines lines = new BoundedLines(in, MAX_DOCUMENT_BYTES)) {
      int lineNo = 0;
      String line;
      while ((line = lines.next()) != null) {
        lineNo++;
        String source = input.name() + "#line=" + lineNo;
        if (line == BoundedLines.TOO_LONG) {
          sink.accept(new ReadOutcome.Rejected(source, "line is over the "
              + MAX_DOCUMENT_BYTES / 1_000_000 + " MB limit"));
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        sink.accept(checked(jsonLines.read(source, line)));
      }
    }
  }

  /**
   * A pretty-printed JSON document (or a JSON array) rather than JSON Lines: its first line is
   * not a complete JSON value.
   */
  private static boolean isJsonDocument(Input input, boolean gzip) throws IOException {
    try (InputStream in = open(input.path(), gzip);
        BoundedLines lines = new BoundedLines(in, 1_000_000)) {
      String first;
      while ((first = lines.next()) != null && first.isBlank()) {
        // skip leading blank lines
      }
      if (first == null || first == BoundedLines.TOO_LONG) {
        return false;
      }
      String t = first.strip();
      if (t.startsWith("[")) {
        return true;
      }
      try {
        JSON.readTree(t);
        return false;
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        return true;
      }
    }
  }

  /** One JSON object is one article; a JSON array holds one article object per element. */
  private void readJsonDocument(Input input, boolean gzip, Consumer<ReadOutcome> sink)
      throws IOException {
    byte[] bytes;
    try (InputStream in = open(input.path(), gzip)) {
      bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
    }
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      sink.accept(new ReadOutcome.Rejected(input.name(), "JSON document over the "
          + MAX_DOCUMENT_BYTES / 1_000_000 + " MB limit (use JSON Lines for large collections)"));
      return;
    }
    com.fasterxml.jackson.databind.JsonNode root;
    try {
      root = JSON.readTree(TextDecoding.decode(bytes).text());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      sink.accept(new ReadOutcome.Rejected(input.name(), "not valid JSON ("
          + e.getOriginalMessage().replaceAll("\\s+", " ") + " at line "
          + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")"));
      return;
    }
    if (root.isArray()) {
      int i = 0;
      for (com.fasterxml.jackson.databind.JsonNode element : root) {
        i++;
        sink.accept(checked(jsonLines.read(input.name() + "#index=" + i, element.toString())));
      }
      if (i == 0) {
        sink.accept(new ReadOutcome.Rejected(input.name(), "empty JSON array"));
      }
    } else {
      sink.accept(checked(jsonLines.read(input.name(), root.toString())));
    }
  }

  private static ReadOutcome checked(ReadOutcome outcome) {
    if (outcome instanceof ReadOutcome.Extracted e && e.article().paragraphs().isEmpty()) {
      return new ReadOutcome.Rejected(e.source(), "no article text left after removing residue");
    }
    return outcome;
  }

  /** Builds the article, or rejects it when nothing of the body is left. */
  static ReadOutcome finish(ArticleBuilder b) {
    Article a = b.build();
    if (a.paragraphs().isEmpty()) {
      String why = a.problems().stream().filter(p -> p.code().equals("scripted-page"))
          .map(p -> " (" + p.message() + ")").findFirst()
          .orElse(a.boilerplate().isEmpty() ? "" : " (only scraper residue)");
      return new ReadOutcome.Rejected(a.source(), "no article text found" + why);
    }
    return new ReadOutcome.Extracted(a);
  }

  private static InputStream open(Path path, boolean gzip) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(path));
    return gzip ? new GZIPInputStream(in, 65_536) : in;
  }

  /** {@link #open} that reports the bytes read from the file. */
  private InputStream openCounted(Path path, boolean gzip) throws IOException {
    InputStream in = new BufferedInputStream(counted(Files.newInputStream(path)));
    return gzip ? new GZIPInputStream(in, 65_536) : in;
  }

  private InputStream counted(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytesRead.accept(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          bytesRead.accept(n);
        }
        return n;
      }
    };
  }

  private static byte[] readHead(Path path, int n) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(n);
    }
  }

  private static byte[] gunzipHead(Path path, int n) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
      byte[] buf = new byte[n];
      int total = 0;
      try {
        int r;
        while (total < n && (r = in.read(buf, total, n - total)) > 0) {
          total += r;
        }
      } catch (EOFException e) {
        // truncated: sniff what there is; reading proper reports the damage
      }
      return java.util.Arrays.copyOf(buf, total);
    }
  }

  /**
   * The format of an input, from its content (and its name where content cannot tell), or null
   * when it is binary or unrecognisable.
   */
  static @Nullable InputKind detect(String name, byte[] head) {
    if (head.length >= 5 && head[0] == 'W' && head[1] == 'A' && head[2] == 'R' && head[3] == 'C'
        && head[4] == '/') {
      return InputKind.WARC; // records may be binary; each is judged on its own
    }
    if (binaryKind(head) != null) {
      return null;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String start = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1)
        .replaceFirst("^\\uFEFF|^\\xEF\\xBB\\xBF", "").stripLeading();
    String startLower = start.toLowerCase(Locale.ROOT);
    if (start.startsWith("WARC/")) {
      return InputKind.WARC;
    }
    if (lower.matches(".*\\.(jsonl|ndjson|json)(\\.gz)?$") || start.startsWith("{")
        || start.startsWith("[{") || start.matches("(?s)\\[\\s*\\{.*")) {
      return InputKind.JSON_LINES;
    }
    if (startLower.startsWith("<?xml") || startLower.startsWith("<rss")
        || startLower.startsWith("<feed") || startLower.startsWith("<rdf")) {
      if (startLower.contains("<rss") || startLower.contains("<feed")
          || startLower.contains("<rdf:rdf") || startLower.contains("<channel")) {
        return InputKind.FEED;
      }
      if (startLower.contains("<html")) {
        return InputKind.HTML;
      }
      return InputKind.FEED; // the feed reader says what is wrong with it
    }
    if (startLower.startsWith("<!doctype html") || startLower.startsWith("<html")
        || startLower.startsWith("<!--") || startLower.startsWith("<head")
        || startLower.startsWith("<body") || lower.matches(".*\\.x?html?(\\.gz)?$")) {
      return InputKind.HTML;
    }
    if (lower.matches(".*\\.(rss|atom)(\\.gz)?$")) {
      return InputKind.FEED;
    }
    return InputKind.TEXT_DUMP;
  }

  /** Why {@code bytes} look binary ("binary content (PDF)"), or null when they look like text. */
  static @Nullable String binaryKind(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    if (n >= 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
      return "binary content (a PDF document)";
    }
    if (n >= 4 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
      return "binary content (a PNG image)";
    }
    if (n >= 3 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8 && (bytes[2] & 0xff) == 0xFF) {
      return "binary content (a JPEG image)";
    }
    if (n >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      return "binary content (a ZIP archive)";
    }
    if (n >= 2 && (((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)
        || ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE))) {
      return null; // UTF-16 with a byte order mark: text
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return "binary content (NUL byte at offset " + i + ")";
      }
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
        control++;
      }
    }
    if (n > 0 && control > n / 10) {
      return "binary content (" + control + " control bytes in the first " + n + ")";
    }
    // random or compressed bytes too few to hold a NUL: not UTF-8, and hardly any white space,
    // where text in a single-byte encoding (windows-1251 Russian, Latin-1) has its spaces
    int space = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
        space++;
      }
    }
    return n >= 64 && space * 100 < 3 * n && !TextDecoding.isUtf8(bytes, n, false)
        ? "binary content (not UTF-8, and " + space + " white-space bytes in the first " + n + ")"
        : null;
  }
}
