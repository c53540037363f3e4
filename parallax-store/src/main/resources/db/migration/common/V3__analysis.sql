-- Analyses of articles (entities, times, attributions), as JSON, keyed by article and version:
-- a second run over the same articles reads them back instead of recomputing.
CREATE TABLE analysis (
  article_id  TEXT NOT NULL REFERENCES article (id),
  version     INTEGER NOT NULL,
  body        TEXT NOT NULL,
  analyzed_at TEXT NOT NULL,
  PRIMARY KEY (article_id, version)
);
