package org.parallax.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parallax.model.Article;
import org.parallax.model.InputKind;
import org.parallax.model.Outlet;
import org.parallax.model.OutletKind;
import org.parallax.model.Paragraphs;
import org.parallax.model.TextSpan;

/** Test articles built directly from records (the store does not depend on the readers). */
final class Articles {
  private Articles() {}

  static Outlet outlet(String id, String name) {
    return new Outlet(id, name, "GB", OutletKind.PRIVATE, List.of(), null, null);
  }

  static Article article(Outlet outlet, String title, @Nullable LocalDate published,
      String... paragraphs) {
    Paragraphs body = Paragraphs.join(List.of(paragraphs));
    String text = body.text();
    List<TextSpan> spans = body.spans();
    String id;
    try {
      id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest((outlet.id() + title + text).getBytes(StandardCharsets.UTF_8)), 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return new Article(id, "test:" + title, InputKind.JSON_LINES, outlet, null, published, null,
        title, "en", List.of(), text, spans, List.of(), List.of());
  }
}
