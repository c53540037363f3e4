package org.parallax.cli;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parallax.analysis.Analyzer;
import org.parallax.model.Article;
import org.parallax.model.analysis.Analysis;
import org.parallax.model.analysis.Attribution;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.Event;
import org.parallax.model.analysis.TimeExpression;
import org.parallax.ingest.ArticleReaders;
import org.parallax.ingest.Input;
import org.parallax.ingest.Languages;
import org.parallax.model.ReadOutcome;
import org.parallax.store.SqliteStore;
import org.parallax.store.StoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax analyze PATH…}: ingest, analyse and print each article's analysis. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Ingests articles (like ingest), analyses them — entities with spelling"
        + " variants, dates normalised against the publication date, attributions with their"
        + " chains — and prints a summary per article.",
        "Analyses are stored: a second run over the same articles reads them back."})
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, directories, globs, or -.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--stored", description = "Also analyse every article already in the store"
      + " (after an upgrade changes the analysis, stored articles have none until analysed"
      + " again; their text is in the store, so no PATH is needed).")
  boolean stored;

  @Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--json", description = "One JSON document per article and line (docs/SCHEMA.md).")
  boolean json;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads, one CoreNLP"
      + " pipeline each (the models are shared). Default: the number of cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-report", negatable = true, description = "After the articles, print the"
      + " report of the storylines they belong to (default: on; not with --json, where"
      + " `parallax report --format json` gives it).")
  boolean report = true;

  @Mixin ProgressOptions progress = new ProgressOptions();

  @Mixin RegistryOptions registry = new RegistryOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (paths.isEmpty() && !stored) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "give a PATH to analyse, or --stored to analyse the articles already in the store");
    }
    Rejections rejected = new Rejections(err);
    List<Input> inputs = ArticleReaders.expand(paths, System.in, rejected);
    Map<String, Article> articles = new LinkedHashMap<>();
    String reportText = null;
    try (SqliteStore store = SqliteStore.open(this.store.db)) {
      new IngestJob(new ArticleReaders(registry.registry()), store, new IngestJob.Listener() {
        @Override
        public void rejected(ReadOutcome.Rejected r) {
          rejected.accept(r);
        }

        @Override
        public void article(Article a, @Nullable StoreResult result) {
          // the stored form is the one analysed (already-stored articles keep their first reading)
          articles.putIfAbsent(a.id(), store.get(a.id()).orElse(a));
        }
      }).run(inputs);
      if (stored) {
        for (String id : store.articleIds()) {
          if (!articles.containsKey(id)) {
            store.get(id).ifPresent(a -> articles.put(id, a));
          }
        }
      }
      // stored analyses are read back; the rest are analysed on --threads threads (one CoreNLP
      // pipeline each) and stored from this thread, in input order
      List<Article> all = new ArrayList<>(articles.values());
      Map<String, Analysis> done = new LinkedHashMap<>();
      List<Article> todo = new ArrayList<>();
      for (Article a : all) {
        // an article stored by an earlier version may carry no language its guess now gives
        String language = a.language() != null ? a.language()
            : Languages.guess(a.text());
        if (language != null && !language.equals("en")) {
          // the models are English: analysing other languages would produce confident nonsense
          err.println("parallax: not analysed " + a.source() + ": language '" + language
              + "' (analysis needs English)");
          continue;
        }
        store.analysis(a.id(), Analyzer.STORE_KEY).map(AnalysisJson::load)
            .ifPresentOrElse(an -> done.put(a.id(), an), () -> todo.add(a));
      }
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
          Math.max(1, Math.min(threads, todo.size())), r -> {
            Thread th = new Thread(r, "parallax-analyze");
            th.setDaemon(true);
            return th;
          });
      try (me.tongfei.progressbar.ProgressBar bar = todo.size() > 1
          && progress.show()
          ? new me.tongfei.progressbar.ProgressBarBuilder().setTaskName("analyze")
              .setInitialMax(todo.size()).setUnit(" articles", 1).showSpeed()
              .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
              .build() : null) {
        List<java.util.concurrent.Future<Analysis>> futures = new ArrayList<>();
        Map<String, float[]> embeddings = new java.util.concurrent.ConcurrentHashMap<>();
        for (Article a : todo) {
          futures.add(pool.submit(() -> {
            Analysis an = Analyzers.forThisThread().analyze(a);
            // made on the same worker, so linking later reads it from the store
            float[] vector = Embeddings.orReport(a, err);
            if (vector != null) {
              embeddings.put(a.id(), vector);
            }
            return an;
          }));
        }
        for (int i = 0; i < todo.size(); i++) {
          Analysis an;
          try {
            an = futures.get(i).get();
          } catch (java.util.concurrent.ExecutionException e) {
            // one article the analysis cannot handle must not cost the others their results
            rejected.accept(new ReadOutcome.Rejected(todo.get(i).source(), "analysis failed ("
                + e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage() + ")"));
            if (bar != null) {
              bar.step();
            }
            continue;
          }
          store.saveAnalysis(todo.get(i).id(), Analyzer.STORE_KEY, AnalysisJson.store(an));
          float[] vector = embeddings.remove(todo.get(i).id());
          if (vector != null) {
            store.saveEmbedding(todo.get(i).id(), org.parallax.embed.SentenceEmbedder.MODEL,
                vector);
          }
          done.put(todo.get(i).id(), an);
          if (bar != null) {
            bar.step();
          }
        }
      } finally {
        pool.shutdownNow();
      }
      if (!json && report && !done.isEmpty()) {
        // the comparison of the storylines these articles belong to, in the store's context
        reportText = ReportCommand.render(ReportCommand.Format.md,
            StoryIndex.build(store, registry.registry(), err).storylines(done.keySet(),
                Integer.MAX_VALUE));
      }
      for (Article a : all) {
        Analysis analysis = done.get(a.id());
        if (analysis == null) {
          continue; // not English, or its analysis failed (reported above)
        }
        if (json) {
          out.println(AnalysisJson.document(a, analysis).toString());
        } else {
          out.println(readable(a, analysis));
        }
      }
    }
    if (reportText != null) {
      out.println();
      out.print(reportText);
    }
    out.flush();
    return rejected.exitCode();
  }

  static String readable(Article a, Analysis an) {
    String nl = System.lineSeparator();
    StringBuilder sb = new StringBuilder();
    sb.append("== ").append(a.title() == null ? a.source() : a.title()).append(nl);
    sb.append(a.outlet().name()).append(", ")
        .append(a.published() == null ? "date unknown" : a.published().toString())
        .append(a.dateline() == null ? "" : ", " + a.dateline()).append(" — ").append(an.tokens())
        .append(" tokens").append(nl);
    sb.append("entities:").append(nl);
    for (Entity e : an.entities()) {
      if (e.mentions().size() < 2 && e.variants().size() < 2) {
        continue;
      }
      sb.append(String.format(Locale.ROOT, "  %-28s %-12s %2d mentions", e.name(), e.type(),
          e.mentions().size()));
      if (e.variants().size() > 1) {
        sb.append("; spelled ");
        e.variants().forEach(v -> sb.append('"').append(v.text()).append("\" "));
      }
      sb.append(nl);
    }
    sb.append("times:").append(nl);
    for (TimeExpression t : an.times()) {
      sb.append("  \"").append(t.text()).append("\" → ")
          .append(t.resolved() ? t.value() : "unresolved (" + t.reason() + ")").append(nl);
    }
    sb.append("attributions:").append(nl);
    // in tree order: each attribution under the one it is reported in, children in text order
    Map<String, List<Attribution>> children = new HashMap<>();
    Set<String> ids = new HashSet<>();
    an.attributions().forEach(at -> ids.add(at.id()));
    List<Attribution> roots = new ArrayList<>();
    for (Attribution at : an.attributions()) {
      if (at.parent() == null || !ids.contains(at.parent())) {
        roots.add(at);
      } else {
        children.computeIfAbsent(at.parent(), k -> new ArrayList<>()).add(at);
      }
    }
    roots.addAll(an.attributions()); // after the roots, any caught in a cycle of parents
    Deque<Map.Entry<Attribution, Integer>> stack = new ArrayDeque<>();
    Set<String> shown = new HashSet<>();
    for (int r = 0; r < roots.size() || !stack.isEmpty(); ) {
      if (stack.isEmpty()) {
        stack.push(Map.entry(roots.get(r++), 0));
      }
      Map.Entry<Attribution, Integer> next = stack.pop();
      Attribution at = next.getKey();
      int depth = next.getValue();
      if (!shown.add(at.id())) {
        continue;
      }
      List<Attribution> kids = children.getOrDefault(at.id(), List.of());
      for (int i = kids.size() - 1; i >= 0; i--) {
        stack.push(Map.entry(kids.get(i), depth + 1));
      }
      // no source: the outlet's own hedge ("X seems to …")
      String source = at.source().span() == null
          ? depth == 0 ? "(the outlet)" : "(hedge)" : at.source().text();
      String content = at.contentText();
      sb.append("  ".repeat(depth + 1)).append(at.id()).append(' ').append(source)
          .append(at.source().entity() == null ? "" : " [" + at.source().entity() + "]")
          .append(" —").append(at.cue().text()).append("→ ").append(at.stance())
          .append(at.direct() ? " (quote) " : " ")
          .append('"').append(content.length() > 90 ? content.substring(0, 90) + "…" : content)
          .append('"').append(nl);
    }
    sb.append("events:").append(nl);
    for (Event ev : an.events()) {
      sb.append("  ").append(ev.id()).append(' ').append(String.format(Locale.ROOT, "%-15s",
          ev.type())).append(" \"").append(ev.trigger().text()).append('"');
      for (Event.Participant p : ev.participants()) {
        sb.append(' ').append(p.role().name().toLowerCase(Locale.ROOT)).append('=')
            .append(p.entity() == null ? '"' + p.span().text() + '"' : p.entity());
      }
      TimeExpression t = ev.time();
      sb.append(" when=").append(t == null ? "unknown" : t.resolved() ? t.value()
          : "\"" + t.text() + "\" (unresolved)");
      sb.append(ev.negated() ? " NEGATED" : "")
          .append(ev.modality() == Event.Modality.ASSERTED ? "" : " " + ev.modality())
          .append(ev.attribution() == null ? " (narration)" : " (in " + ev.attribution() + ")")
          .append(nl);
    }
    sb.append("framing:").append(nl);
    for (org.parallax.model.analysis.FramingCue c : an.framing()) {
      sb.append("  ").append(String.format(Locale.ROOT, "%-15s %-10s \"%s\"", c.kind(), c.voice(),
          c.text())).append(c.target() == null ? "" : " → " + c.target())
          .append(c.attribution() == null ? "" : " (in " + c.attribution() + ")").append(nl);
    }
    return sb.toString();
  }
}
