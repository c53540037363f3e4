package org.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parallax.model.InputKind;
import org.parallax.model.Outlet;
import org.parallax.model.ReadOutcome;

/**
 * Reads one line of JSON Lines: an object with {@code url}, {@code outlet}, {@code published},
 * {@code title} and {@code text} (also accepted: {@code body}/{@code content} for the text, {@code
 * date} for the date, {@code source} for the outlet, {@code lang}/{@code language}, {@code
 * author}/{@code authors}). Other fields are ignored. Paragraphs are separated by blank lines (or
 * single newlines when the text has no blank lines).
 */
public final class JsonLinesReader {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final OutletRegistry registry;

  public JsonLinesReader(OutletRegistry registry) {
    this.registry = registry;
  }

  /** Reads {@code line}; a line that is not a usable object is rejected with the reason. */
  public ReadOutcome read(String source, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException | StackOverflowError e) {
      if (e instanceof StackOverflowError) {
        return new ReadOutcome.Rejected(source, "JSON nested too deeply");
      }
      return new ReadOutcome.Rejected(source,
          "not valid JSON (" + ((JsonProcessingException) e).getOriginalMessage()
              .replaceAll("\\s+", " ") + ")");
    }
    if (node == null || !node.isObject()) {
      return new ReadOutcome.Rejected(source, "not a JSON object (got "
          + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT))
          + "); each line must be {url, outlet, published, title, text}");
    }
    String text = field(node, "text", "body", "content");
    if (text == null || text.isBlank()) {
      return new ReadOutcome.Rejected(source, "object has no \"text\" (nor \"body\"/\"content\")");
    }
    ArticleBuilder b = new ArticleBuilder(source, InputKind.JSON_LINES);
    String url = field(node, "url", "link");
    b.url(url).title(field(node, "title", "headline"))
        .language(field(node, "lang", "language"));
    String outlet = field(node, "outlet", "source", "publisher");
    Outlet fromUrl = registry.byUrl(url);
    if (outlet != null && !outlet.isBlank()) {
      Outlet named = registry.byNameOrDomain(outlet);
      if (named.kind() != org.parallax.model.OutletKind.UNKNOWN || fromUrl == null) {
        b.outlet(named);
      } else if (fromUrl.kind() != org.parallax.model.OutletKind.UNKNOWN) {
        b.outlet(fromUrl);
      } else {
        // an outlet the registry does not know: keyed by its domain, as every other reader keys
        // it, and called by the name the record gives ("Polygon", polygon.com)
        b.outlet(new Outlet(fromUrl.id(), named.name(), null, fromUrl.kind(), List.of(), null,
            null));
      }
    } else if (fromUrl != null) {
      b.outlet(fromUrl);
    }
    String published = field(node, "published", "date", "published_at", "datePublished");
    b.published(Dates.parse(published));
    if (published != null && b.published() == null) {
      b.problem("date-unparsed", "\"published\" value '" + published + "' is not a date");
    }
    JsonNode authors = node.has("authors") ? node.get("authors") : node.get("author");
    if (authors != null && authors.isArray()) {
      authors.forEach(a -> b.author(a.asText()));
    } else if (authors != null && authors.isTextual()) {
      b.author(authors.asText());
    }
    List<String> paragraphs = splitParagraphs(text);
    if (!paragraphs.isEmpty()) {
      TextDumpReader.applyDateline(b, paragraphs, registry);
    }
    ResidueFilter.Result filtered =
        ResidueFilter.filter(paragraphs, b.title() == null ? "" : b.title(), true);
    b.paragraphs(filtered.kept()).removed(filtered.removed());
    return new ReadOutcome.Extracted(b.build());
  }

  static List<String> splitParagraphs(String text) {
    String[] parts = text.contains("\n\n") || text.matches("(?s).*\\n\\s*\\n.*")
        ? text.split("\\n\\s*\\n") : text.split("\\n");
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }

  private static @Nullable String field(JsonNode node, String... names) {
    for (String n : names) {
      JsonNode v = node.get(n);
      if (v != null && !v.isNull() && v.isValueNode()) {
        return v.asText();
      }
    }
    return null;
  }
}
