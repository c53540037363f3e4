-- Parallax schema, version 1: articles, near-duplicate links, cross-document boilerplate.
-- Portable SQL: the same file runs on SQLite and PostgreSQL. Dates are ISO-8601 text
-- (partial dates sort correctly); lists are JSON text.

CREATE TABLE outlet (
  id      TEXT PRIMARY KEY,
  name    TEXT NOT NULL,
  country TEXT,
  kind    TEXT NOT NULL
);

CREATE TABLE article (
  id          TEXT PRIMARY KEY,         -- content hash of outlet, title and body
  outlet_id   TEXT NOT NULL REFERENCES outlet (id),
  source      TEXT NOT NULL,            -- file, file#record or URL it was first read from
  input_kind  TEXT NOT NULL,
  url         TEXT,
  published   TEXT,                     -- yyyy-mm-dd, or NULL when the article does not say
  dateline    TEXT,
  title       TEXT,
  language    TEXT,
  authors     TEXT NOT NULL,            -- JSON array of strings
  body        TEXT NOT NULL,
  paragraphs  TEXT NOT NULL,            -- JSON array of [begin, end]
  boilerplate TEXT NOT NULL,            -- JSON array of removed lines
  problems    TEXT NOT NULL,            -- JSON array of {code, message}
  minhash     TEXT NOT NULL,            -- MinHash signature, comma-separated
  ingested_at TEXT NOT NULL
);
CREATE INDEX article_outlet_published ON article (outlet_id, published);
CREATE INDEX article_published ON article (published);
CREATE INDEX article_url ON article (url);

-- LSH buckets of the MinHash signatures: candidates for near-duplicate detection
CREATE TABLE minhash_band (
  band       INTEGER NOT NULL,
  bucket     BIGINT NOT NULL,
  article_id TEXT NOT NULL REFERENCES article (id),
  PRIMARY KEY (band, bucket, article_id)
);

-- an article that is a near-identical copy of an earlier one (wire copy republished)
CREATE TABLE near_duplicate (
  article_id   TEXT NOT NULL REFERENCES article (id),
  duplicate_of TEXT NOT NULL REFERENCES article (id),
  similarity   DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (article_id, duplicate_of)
);
CREATE INDEX near_duplicate_of ON near_duplicate (duplicate_of);

-- how many distinct articles of an outlet carry a paragraph: repeated ones are boilerplate
CREATE TABLE paragraph_count (
  outlet_id TEXT NOT NULL,
  line_hash BIGINT NOT NULL,
  line      TEXT NOT NULL,
  articles  INTEGER NOT NULL,
  PRIMARY KEY (outlet_id, line_hash)
);
