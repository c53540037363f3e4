-- Full-text search for PostgreSQL: a generated tsvector over title and body, GIN-indexed.
ALTER TABLE article ADD COLUMN search tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || body)) STORED;
CREATE INDEX article_search ON article USING GIN (search);
