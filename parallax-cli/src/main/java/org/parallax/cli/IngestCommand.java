package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.ArticleReaders;
import org.parallax.ingest.Input;
import org.parallax.model.Article;
import org.parallax.model.ReadOutcome;
import org.parallax.store.SqliteStore;
import org.parallax.store.StoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax ingest PATH…}: read articles and store them. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Reads articles from files, directories, globs or - (standard input) and"
        + " stores them. Formats: scraped text dumps, HTML, RSS/Atom, WARC(.gz), JSON Lines;"
        + " gzip is read transparently.",
        "Re-ingesting the same input stores nothing twice. Near-identical copies are linked."})
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, globs, or -.")
  List<String> paths = new ArrayList<>();

  @Mixin StoreOptions storeOptions = new StoreOptions();

  @Mixin ProgressOptions progress = new ProgressOptions();

  @Mixin RegistryOptions registry = new RegistryOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Summary summary = new Summary();
    List<Input> inputs = ArticleReaders.expand(paths, System.in, summary::reject);
    summary.rejections.forEach(r -> err.println("parallax: rejected " + r.message()));
    ArticleReaders readers = new ArticleReaders(registry.registry());
    Path db = storeOptions.db;
    try (SqliteStore store = SqliteStore.open(db);
        Progress bar = new Progress("ingest", inputs, progress.show(), System.err)) {
      readers.onBytesRead(bar::bytes);
      new IngestJob(readers, store, new IngestJob.Listener() {
        @Override
        public void rejected(ReadOutcome.Rejected r) {
          summary.reject(r);
          err.println("parallax: rejected " + r.message());
        }

        @Override
        public void article(Article a, @Nullable StoreResult result) {
          summary.count(result);
          bar.article();
        }

        @Override
        public void inputDone(Input input) {
          bar.inputDone(input.path());
        }
      }).run(inputs);
      bar.close();
      out.println(summary.render(db, store.count(), bar.seconds()));
    }
    return summary.rejectedCount == 0 ? 0 : Main.BAD_INPUT;
  }

  /** Counts for the closing summary. */
  static final class Summary {
    int stored;
    int already;
    int nearDuplicates;
    final List<ReadOutcome.Rejected> rejections = new ArrayList<>();

    /** Rejections kept for the summary; the rest are counted (a bad file can have millions). */
    static final int KEPT_REJECTIONS = 200;
    int rejectedCount;

    void reject(ReadOutcome.Rejected r) {
      rejectedCount++;
      if (rejections.size() < KEPT_REJECTIONS) {
        rejections.add(r);
      }
    }

    void count(@Nullable StoreResult r) {
      if (r == null) {
        return;
      }
      if (r.status() == StoreResult.Status.ALREADY_STORED) {
        already++;
      } else {
        stored++;
        if (r.nearDuplicateOf() != null) {
          nearDuplicates++;
        }
      }
    }

    String render(Path db, int total, double seconds) {
      StringBuilder sb = new StringBuilder();
      int read = stored + already;
      sb.append(String.format(Locale.ROOT, "%d article(s) read in %.1f s (%.1f/s): %d stored"
          + " (%d linked as near-duplicates), %d already stored, %d rejected%n", read, seconds,
          read / Math.max(seconds, 1e-3), stored, nearDuplicates, already, rejectedCount));
      for (ReadOutcome.Rejected r : rejections) {
        sb.append("  rejected ").append(r.message()).append(System.lineSeparator());
      }
      if (rejectedCount > rejections.size()) {
        sb.append("  … and ").append(rejectedCount - rejections.size())
            .append(" more rejections (each printed above as it happened)")
            .append(System.lineSeparator());
      }
      sb.append(db).append(" now holds ").append(total).append(" article(s)");
      return sb.toString();
    }
  }
}
