package org.parallax.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parallax.corenlp.FullPipeline;
import org.parallax.ingest.ArticleReaders;
import org.parallax.ingest.Input;
import org.parallax.model.Article;
import org.parallax.model.ReadOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax bench analyze --data DIR}: speed and memory of analysis on real articles. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures analysis speed (articles/s, tokens/s) and peak heap on real articles,"
        + " next to CoreNLP's full pipeline on the same articles.")
final class BenchCommand implements Callable<Integer> {
  enum Stage {
    analyze,
    link
  }

  @Parameters(paramLabel = "STAGE", description = "What to measure: ${COMPLETION-CANDIDATES}.")
  Stage stage;

  @Option(names = "--data", paramLabel = "PATH",
      description = "Articles: a file, directory or glob (e.g. ../shared/corpus/allsides-article-bias)."
          + " Required for analyze; for link, the real articles the synthetic ones are modelled on"
          + " (word frequencies, lengths; a Zipf model without).")
  List<String> data = new ArrayList<>();

  @Option(names = "--limit", defaultValue = "200", description = "Articles to analyse. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--warmup", defaultValue = "0", paramLabel = "N",
      description = "analyze: analyse the first N of the --limit articles untimed first, and time"
          + " the rest (the JIT compiler then competes less with the timed work). Default:"
          + " ${DEFAULT-VALUE}.")
  int warmup;

  @Option(names = "--threads", defaultValue = "2", description = "Threads, one pipeline each. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--baseline", defaultValue = "20",
      description = "Articles for CoreNLP's full pipeline (one thread); 0 skips it. Default: ${DEFAULT-VALUE}.")
  int baseline;

  @Option(names = "--articles", split = ",", paramLabel = "N", defaultValue = "10000,100000",
      description = "link: collection sizes to link, comma-separated. Default: ${DEFAULT-VALUE}.")
  List<Integer> sizes = new ArrayList<>();

  @Option(names = "--seed", defaultValue = "1", description = "link: random seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Mixin RegistryOptions registry = new RegistryOptions();

  @Spec CommandSpec spec;

  /** Up to --limit English articles read from --data. */
  private List<Article> englishArticles() throws Exception {
    List<Article> articles = new ArrayList<>();
    ArticleReaders readers = new ArticleReaders(registry.registry());
    for (Input in : ArticleReaders.expand(data, System.in, r -> { })) {
      if (articles.size() >= limit) {
        break;
      }
      readers.read(in, o -> {
        if (o instanceof ReadOutcome.Extracted e && articles.size() < limit
            && "en".equals(e.article().language())) {
          articles.add(e.article());
        }
      });
    }
    return articles;
  }

  private Integer link(PrintWriter out) throws Exception {
    for (int n : sizes) {
      if (n < 1) {
        throw new IllegalArgumentException("--articles needs sizes >= 1, got " + n);
      }
    }
    List<Article> real = data.isEmpty() ? List.of() : englishArticles();
    LinkBench bench = LinkBench.model(real, seed);
    out.printf(Locale.ROOT, "model: %s, %,d words; %d articles/day; max heap %d MB%n",
        real.isEmpty() ? "Zipf (no --data)" : real.size() + " real articles from " + data,
        bench.vocabularySize(), LinkBench.PER_DAY, Runtime.getRuntime().maxMemory() >> 20);
    for (int n : sizes) {
      bench.run(n, out);
    }
    return 0;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (limit < 1 || threads < 1 || baseline < 0 || warmup < 0) {
      throw new IllegalArgumentException(
          "--limit and --threads must be >= 1, --baseline and --warmup >= 0");
    }
    if (stage == Stage.link) {
      return link(out);
    }
    if (data.isEmpty()) {
      throw new IllegalArgumentException("bench analyze needs --data PATH (real articles)");
    }
    List<Article> read = englishArticles();
    if (read.size() <= warmup) {
      throw new IllegalArgumentException("--data " + data + ": " + read.size()
          + " English articles found, none left to time after --warmup " + warmup);
    }
    List<Article> warmupArticles = read.subList(0, warmup);
    List<Article> articles = read.subList(warmup, read.size());
    out.printf(Locale.ROOT, "%d English articles%s, %d threads, max heap %d MB%n",
        articles.size(), warmup > 0 ? " (after " + warmup + " untimed)" : "", threads,
        Runtime.getRuntime().maxMemory() / 1_000_000);
    // load one pipeline per thread before timing
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "parallax-bench");
      t.setDaemon(true);
      return t;
    });
    // an article the analysis fails on is named and counted, not the end of the run (the
    // warm-up's apart from the timed run's)
    List<String> warmFailed = java.util.Collections.synchronizedList(new ArrayList<>());
    List<String> failed = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Future<?>> warm = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      warm.add(pool.submit(() -> analyzed(read.get(0), warmFailed)));
    }
    for (Future<?> f : warm) {
      f.get();
    }
    AtomicInteger nextWarm = new AtomicInteger();
    warm.clear();
    for (int i = 0; i < threads; i++) {
      warm.add(pool.submit(() -> {
        int k;
        while ((k = nextWarm.getAndIncrement()) < warmupArticles.size()) {
          analyzed(warmupArticles.get(k), warmFailed);
        }
        return null;
      }));
    }
    for (Future<?> f : warm) {
      f.get();
    }
    resetPeaks();
    AtomicInteger next = new AtomicInteger();
    AtomicLong tokens = new AtomicLong();
    long start = System.nanoTime();
    List<Future<?>> work = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      work.add(pool.submit(() -> {
        int k;
        while ((k = next.getAndIncrement()) < articles.size()) {
          org.parallax.model.analysis.Analysis an = analyzed(articles.get(k), failed);
          tokens.addAndGet(an == null ? 0 : an.tokens());
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    double secs = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    double ours = articles.size() / secs;
    out.printf(Locale.ROOT, "parallax analyze: %.1f articles/s, %.0f tokens/s, peak heap %d MB%n",
        ours, tokens.get() / secs, peakHeapMb());
    PrintWriter err = spec.commandLine().getErr();
    warmFailed.stream().distinct().forEach(f -> err.println("(warm-up) " + f));
    if (!failed.isEmpty()) {
      failed.forEach(err::println);
      out.printf(Locale.ROOT, "%d articles failed (named above; counted in the time)%n",
          failed.size());
    }
    if (baseline > 0) {
      int n = Math.min(baseline, articles.size());
      FullPipeline full = new FullPipeline();
      full.annotate(articles.get(0).text());
      resetPeaks();
      long bt = 0;
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        bt += full.annotate(articles.get(i).text());
      }
      double bs = (System.nanoTime() - t0) / 1e9;
      double theirs = n / bs;
      out.printf(Locale.ROOT, "CoreNLP full pipeline (%s), 1 thread, %d articles: %.2f"
          + " articles/s, %.0f tokens/s, peak heap %d MB%n", FullPipeline.ANNOTATORS, n, theirs,
          bt / bs, peakHeapMb());
      out.printf(Locale.ROOT, "ratio (parallax, %d threads / full pipeline, 1 thread): %.1fx%n",
          threads, ours / theirs);
    }
    return 0;
  }

  /** The article's analysis, or null after naming it and the failure in {@code failed}. */
  private static org.parallax.model.analysis.@Nullable Analysis analyzed(Article a,
      List<String> failed) {
    try {
      return Analyzers.forThisThread().analyze(a);
    } catch (RuntimeException e) {
      failed.add(a.source() + ": analysis failed (" + e.getClass().getSimpleName() + ": "
          + e.getMessage() + ")");
      return null;
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum / 1_000_000;
  }
}
