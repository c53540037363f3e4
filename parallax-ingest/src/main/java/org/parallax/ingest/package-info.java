/**
 * Reading articles from every format a user meets: scraped text dumps, HTML pages, RSS/Atom
 * feeds, WARC archives and JSON Lines. Start at {@link org.parallax.ingest.ArticleReaders}.
 */
@NullMarked
package org.parallax.ingest;

import org.jspecify.annotations.NullMarked;
