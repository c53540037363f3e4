package org.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parallax.model.Article;
import org.parallax.model.Outlet;
import org.parallax.model.Problem;
import org.parallax.model.TextSpan;

/** The JSON form of an article, as documented in {@code docs/SCHEMA.md}. */
final class ArticleJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleJson() {}

  static ObjectNode of(Article a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("source", a.source());
    o.put("inputKind", a.inputKind().name());
    o.set("outlet", outlet(a.outlet()));
    o.put("url", a.url());
    o.put("published", a.published() == null ? null : a.published().toString());
    o.put("dateline", a.dateline());
    o.put("title", a.title());
    o.put("language", a.language());
    ArrayNode authors = o.putArray("authors");
    a.authors().forEach(authors::add);
    o.put("text", a.text());
    ArrayNode paragraphs = o.putArray("paragraphs");
    for (TextSpan p : a.paragraphs()) {
      paragraphs.addObject().put("begin", p.begin()).put("end", p.end());
    }
    ArrayNode boilerplate = o.putArray("boilerplate");
    a.boilerplate().forEach(boilerplate::add);
    ArrayNode problems = o.putArray("problems");
    for (Problem p : a.problems()) {
      problems.addObject().put("code", p.code()).put("message", p.message());
    }
    return o;
  }

  static ObjectNode outlet(Outlet outlet) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", outlet.id());
    o.put("name", outlet.name());
    o.put("country", outlet.country());
    o.put("kind", outlet.kind().label());
    return o;
  }
}
