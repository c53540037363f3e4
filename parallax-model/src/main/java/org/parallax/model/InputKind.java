package org.parallax.model;

/** The formats Parallax reads articles from. */
public enum InputKind {
  /** Scraped plain-text dumps: optional date header, domain line, title, body, scraper residue. */
  TEXT_DUMP,
  /** One HTML page. */
  HTML,
  /** An RSS or Atom feed: one article per item. */
  FEED,
  /** A WARC or WARC.gz archive: one article per HTML response record. */
  WARC,
  /** JSON Lines, one object per line: {@code {url, outlet, published, title, text}}. */
  JSON_LINES
}
