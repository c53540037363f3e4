/**
 * The article store: {@link org.parallax.store.SqliteStore} keeps everything in one SQLite file
 * (full-text search with FTS5); the schema comes from Flyway migrations written to run on
 * PostgreSQL as well.
 */
@NullMarked
package org.parallax.store;

import org.jspecify.annotations.NullMarked;
