-- Full-text search for SQLite: an FTS5 table kept in step with article by the store.
CREATE VIRTUAL TABLE article_fts USING fts5(
  article_id UNINDEXED,
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);
