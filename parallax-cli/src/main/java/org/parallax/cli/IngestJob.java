package org.parallax.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.ArticleReaders;
import org.parallax.ingest.Input;
import org.parallax.model.Article;
import org.parallax.model.ReadOutcome;
import org.parallax.store.SqliteStore;
import org.parallax.store.StoreResult;

/**
 * Reads inputs, removes cross-document boilerplate, and stores articles in batches of {@value
 * #BATCH} (one transaction each). Without a store it only reads and cleans (for {@code extract}).
 * Rejections are passed on as they happen; the job never stops for bad input.
 */
final class IngestJob {
  static final int BATCH = 200;

  /** What happened to each input record. */
  interface Listener {
    void rejected(ReadOutcome.Rejected rejected);

    void article(Article article, @Nullable StoreResult result);

    default void inputDone(Input input) {}
  }

  private final ArticleReaders readers;
  private final @Nullable SqliteStore store;
  private final CrossDocumentBoilerplate boilerplate;
  private final Listener listener;
  private final List<Article> buffer = new ArrayList<>();

  IngestJob(ArticleReaders readers, @Nullable SqliteStore store, Listener listener) {
    this.readers = readers;
    this.store = store;
    this.boilerplate = new CrossDocumentBoilerplate(store);
    this.listener = listener;
  }

  void run(List<Input> inputs) {
    Consumer<ReadOutcome> sink = outcome -> {
      if (outcome instanceof ReadOutcome.Rejected r) {
        listener.rejected(r);
      } else if (outcome instanceof ReadOutcome.Extracted e) {
        buffer.add(e.article());
        if (buffer.size() >= BATCH) {
          flush();
        }
      }
    };
    for (Input input : inputs) {
      readers.read(input, sink);
      listener.inputDone(input);
    }
    flush();
  }

  private void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    List<Article> cleaned = boilerplate.clean(buffer);
    buffer.clear();
    if (store == null) {
      cleaned.forEach(a -> listener.article(a, null));
      return;
    }
    List<StoreResult> results = store.store(cleaned);
    for (int i = 0; i < cleaned.size(); i++) {
      listener.article(cleaned.get(i), results.get(i));
    }
  }
}
