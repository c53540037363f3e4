package org.parallax.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parallax.analysis.Analyzer;
import org.parallax.story.Reports;
import org.parallax.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax report}: the cross-outlet comparison of stored stories. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Links the analysed articles of the store into stories and storylines and"
        + " prints the comparison of their outlets: registry facts, timeline, claim groups"
        + " (claim × outlet), framing (actor × outlet, own words vs. quoted) and sourcing chains,"
        + " every cell pointing at its evidence span. Without --story or --storyline: the"
        + " largest storylines first (--limit).")
final class ReportCommand implements Callable<Integer> {
  enum Format {
    md,
    html,
    json
  }

  @Option(names = "--story", paramLabel = "ID", description = "Only this story.")
  @Nullable String story;

  @Option(names = "--storyline", paramLabel = "ID", description = "Only this storyline.")
  @Nullable String storyline;

  @Option(names = "--format", defaultValue = "md", paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES} (default: md; json schema: docs/SCHEMA.md).")
  Format format;

  @Option(names = "--limit", defaultValue = "20", paramLabel = "N",
      description = "At most N storylines when none is named (default: 20).")
  int limit;

  @Mixin StoreOptions store = new StoreOptions();

  @Mixin RegistryOptions registry = new RegistryOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (story != null && storyline != null) {
      err.println("parallax report: give --story or --storyline, not both");
      return 2;
    }
    if (limit < 1) {
      err.println("parallax report: --limit must be at least 1, got " + limit);
      return 2;
    }
    if (!java.nio.file.Files.exists(store.db)) {
      // a mistyped --db must not leave an empty store behind
      err.println("parallax report: no analysed articles in " + store.db + ": no such file"
          + " (run `parallax analyze PATH… --db " + store.db + "` first)");
      return 2;
    }
    List<Reports.Section> sections;
    int stale;
    try (SqliteStore db = SqliteStore.open(store.db)) {
      stale = db.staleAnalyses(Analyzer.STORE_KEY);
      StoryIndex index = StoryIndex.build(db, registry.registry(), err);
      if (story != null || storyline != null) {
        Optional<Reports.Section> s = story != null ? index.story(story)
            : index.storyline(storyline);
        if (s.isEmpty()) {
          err.println("parallax report: no " + (story != null ? "story " + story
              : "storyline " + storyline) + " in " + store.db + " ("
              + index.stories.size() + " stories; `parallax report` lists them)");
          return 2;
        }
        sections = List.of(s.get());
      } else {
        sections = index.storylines(null, limit);
      }
    }
    if (sections.isEmpty()) {
      err.println("parallax report: no analysed articles in " + store.db + (stale == 0
          ? " (run `parallax analyze PATH…` first)" : staleNote(stale, store.db)));
      return 2;
    }
    if (stale > 0) {
      err.println("parallax report: left out" + staleNote(stale, store.db));
    }
    out.print(render(format, sections));
    out.flush();
    return 0;
  }

  /** The advice for articles analysed by an earlier version only. */
  private static String staleNote(int stale, java.nio.file.Path db) {
    return ": " + stale + (stale == 1 ? " article" : " articles") + " analysed by an earlier"
        + " version of Parallax, whose analysis has changed since; `parallax analyze --stored"
        + " --db " + db + "` analyses them again";
  }

  static String render(Format format, List<Reports.Section> sections) {
    return switch (format) {
      case md -> Reports.markdown(sections);
      case html -> Reports.html(sections);
      case json -> Reports.json(sections) + System.lineSeparator();
    };
  }
}
