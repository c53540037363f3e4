package org.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parallax.model.Article;
import org.parallax.model.analysis.Analysis;
import org.parallax.model.analysis.Attribution;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.Event;
import org.parallax.model.analysis.FramingCue;
import org.parallax.model.analysis.Mention;
import org.parallax.model.analysis.Span;
import org.parallax.model.analysis.TimeExpression;
import org.parallax.model.analysis.Variant;

/** The JSON document of an analysed article ({@code docs/SCHEMA.md}) and the stored form. */
final class AnalysisJson {
  private AnalysisJson() {}

  static String store(Analysis a) {
    try {
      return ArticleJson.MAPPER.writeValueAsString(a);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the analysis of " + a.articleId(), e);
    }
  }

  static Analysis load(String json) {
    try {
      return ArticleJson.MAPPER.readValue(json, Analysis.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored analysis is not readable: " + e.getOriginalMessage(), e);
    }
  }

  static ObjectNode document(Article article, Analysis a) {
    ObjectNode o = ArticleJson.MAPPER.createObjectNode();
    o.put("id", article.id());
    o.put("source", article.source());
    o.set("outlet", ArticleJson.outlet(article.outlet()));
    o.put("url", article.url());
    o.put("published", article.published() == null ? null : article.published().toString());
    o.put("dateline", article.dateline());
    o.put("title", article.title());
    o.put("language", article.language());
    o.put("text", article.text());
    ArrayNode entities = o.putArray("entities");
    for (Entity e : a.entities()) {
      ObjectNode n = entities.addObject();
      n.put("id", e.id());
      n.put("name", e.name());
      n.put("type", e.type().name());
      n.put("country", e.country());
      ArrayNode variants = n.putArray("variants");
      for (Variant v : e.variants()) {
        variants.addObject().put("text", v.text()).put("outlet", v.outlet()).put("count", v.count());
      }
      ArrayNode mentions = n.putArray("mentions");
      for (Mention m : e.mentions()) {
        ObjectNode mn = mentions.addObject().put("begin", m.begin()).put("end", m.end())
            .put("text", m.text()).put("kind", m.kind().name());
        if (m.standsFor() != null) {
          mn.put("standsFor", m.standsFor());
        }
      }
    }
    ArrayNode times = o.putArray("times");
    for (TimeExpression t : a.times()) {
      ObjectNode n = times.addObject().put("begin", t.begin()).put("end", t.end())
          .put("text", t.text()).put("type", t.type()).put("value", t.value())
          .put("resolved", t.resolved());
      if (t.reason() != null) {
        n.put("reason", t.reason());
      }
    }
    ArrayNode attributions = o.putArray("attributions");
    for (Attribution at : a.attributions()) {
      ObjectNode n = attributions.addObject();
      n.put("id", at.id());
      n.put("parent", at.parent());
      ObjectNode src = n.putObject("source");
      Span s = at.source().span();
      src.put("text", s == null ? null : s.text());
      if (s != null) {
        src.put("begin", s.begin()).put("end", s.end());
      }
      src.put("entity", at.source().entity());
      if (at.source().refersTo() != null) {
        src.set("refersTo", span(at.source().refersTo())); // what a "they" stands for
      }
      n.set("cue", span(at.cue()));
      ObjectNode content = span(at.content());
      n.set("content", content);
      if (at.contentParts().size() > 1) {
        ArrayNode parts = content.putArray("parts");
        at.contentParts().forEach(part -> parts.add(span(part)));
      }
      n.put("direct", at.direct());
      n.put("stance", at.stance().name());
      n.put("negated", at.negated()); // "did not allege", "would not say"
      n.put("notYetSaid", at.notYetSaid()); // "will announce", "should explain"
    }
    ArrayNode events = o.putArray("events");
    for (Event ev : a.events()) {
      ObjectNode n = events.addObject();
      n.put("id", ev.id());
      n.put("type", ev.type().name());
      n.set("trigger", span(ev.trigger()));
      ArrayNode parts = n.putArray("participants");
      for (Event.Participant p : ev.participants()) {
        parts.addObject().put("role", p.role().name()).put("entity", p.entity())
            .put("begin", p.span().begin()).put("end", p.span().end()).put("text", p.span().text());
      }
      TimeExpression t = ev.time();
      if (t == null) {
        n.putNull("time");
      } else {
        ObjectNode tn = n.putObject("time").put("begin", t.begin()).put("end", t.end())
            .put("text", t.text()).put("value", t.value()).put("resolved", t.resolved());
        if (t.reason() != null) {
          tn.put("reason", t.reason());
        }
      }
      n.put("negated", ev.negated());
      n.put("modality", ev.modality().name());
      n.put("attribution", ev.attribution());
    }
    ArrayNode framing = o.putArray("framing");
    for (FramingCue c : a.framing()) {
      framing.addObject().put("kind", c.kind().name()).put("begin", c.begin()).put("end", c.end())
          .put("text", c.text()).put("target", c.target()).put("voice", c.voice().name())
          .put("attribution", c.attribution());
    }
    return o;
  }

  private static ObjectNode span(Span s) {
    return ArticleJson.MAPPER.createObjectNode().put("begin", s.begin()).put("end", s.end())
        .put("text", s.text());
  }
}
