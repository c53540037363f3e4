-- Sentence embeddings of articles (title and lead), keyed by article and model, so linking a
-- stored article never runs the model again. The vector is base64 of little-endian float32s:
-- one portable column type on SQLite and PostgreSQL.
CREATE TABLE embedding (
  article_id TEXT NOT NULL REFERENCES article (id),
  model      TEXT NOT NULL,
  dimension  INTEGER NOT NULL,
  vector     TEXT NOT NULL,
  PRIMARY KEY (article_id, model)
);
