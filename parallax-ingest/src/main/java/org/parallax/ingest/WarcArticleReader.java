package org.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.parallax.model.InputKind;
import org.parallax.model.ReadOutcome;

/**
 * Reads WARC and WARC.gz archives with jwarc: every successful HTML response (or HTML resource)
 * record becomes one article, read by {@link HtmlReader} with the record's target URI. Other
 * records are skipped. A truncated or corrupt archive keeps the articles read before the damage
 * and reports the damage, naming the record.
 */
public final class WarcArticleReader {
  private final HtmlReader html;

  public WarcArticleReader(OutletRegistry registry) {
    this.html = new HtmlReader(registry);
  }

  public void read(String source, InputStream in, Consumer<ReadOutcome> sink)
      throws BadInputException {
    int n = 0;
    try (WarcReader reader = new WarcReader(in)) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
          sink.accept(new ReadOutcome.Rejected(source + "#record=" + (n + 1),
              "corrupt or truncated WARC after " + n + " record(s) (" + message(e) + ")"));
          return;
        }
        if (next.isEmpty()) {
          break;
        }
        n++;
        WarcRecord record = next.get();
        String recordSource = source + "#record=" + n;
        try {
          readRecord(record, recordSource, sink);
        } catch (IOException | RuntimeException | StackOverflowError e) {
          // the record is bad; the archive's framing may still be fine: go on to the next one
          sink.accept(new ReadOutcome.Rejected(recordSource,
              "unreadable WARC record (" + (e instanceof Exception ex ? message(ex)
                  : e.getClass().getSimpleName()) + ")"));
        }
      }
    } catch (IOException e) {
      throw new BadInputException("not a readable WARC archive (" + message(e) + ")", e);
    }
    if (n == 0) {
      throw new BadInputException("WARC archive has no records");
    }
  }

  private void readRecord(WarcRecord record, String recordSource, Consumer<ReadOutcome> sink)
      throws IOException {
    String target;
    InputStream body;
    String charset = null;
    if (record instanceof WarcResponse response) {
      if (!isHtml(response.payloadType())) {
        return;
      }
      int status = response.http().status();
      if (status < 200 || status >= 300) {
        return;
      }
      target = response.target();
      charset = response.http().contentType().parameters().get("charset");
      body = response.http().bodyDecoded().stream();
    } else if (record instanceof WarcResource resource) {
      Optional<WarcPayload> payload = resource.payload();
      if (payload.isEmpty() || !isHtml(payload.get().type())) {
        return;
      }
      target = resource.target();
      body = payload.get().body().stream();
    } else {
      return;
    }
    byte[] bytes = body.readNBytes(ArticleReaders.MAX_DOCUMENT_BYTES + 1);
    if (bytes.length > ArticleReaders.MAX_DOCUMENT_BYTES) {
      sink.accept(new ReadOutcome.Rejected(recordSource,
          "HTML payload over the " + ArticleReaders.MAX_DOCUMENT_BYTES / 1_000_000 + " MB limit"));
      return;
    }
    if (bytes.length == 0 || ArticleReaders.binaryKind(bytes) != null) {
      sink.accept(new ReadOutcome.Rejected(recordSource,
          bytes.length == 0 ? "empty HTML payload" : "HTML payload is binary"));
      return;
    }
    ArticleBuilder b = html.read(recordSource, TextDecoding.decode(bytes, charset), target,
        InputKind.WARC);
    sink.accept(ArticleReaders.finish(b));
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    return (m == null ? e.getClass().getSimpleName() : m).replaceAll("\\s+", " ").strip();
  }
}
