package org.parallax.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.ArticleReaders;
import org.parallax.ingest.Input;
import org.parallax.model.Article;
import org.parallax.model.ReadOutcome;
import org.parallax.store.StoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax extract PATH…}: show what the readers extract, without storing. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Reads articles and prints what was extracted (nothing is stored).")
final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, globs, or -.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--json", description = "One JSON object per article and line (JSON Lines),"
      + " naming its input in \"source\".")
  boolean json;

  @Mixin RegistryOptions registry = new RegistryOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Rejections rejected = new Rejections(err);
    List<Input> inputs = ArticleReaders.expand(paths, System.in, rejected);
    new IngestJob(new ArticleReaders(registry.registry()), null, new IngestJob.Listener() {
      @Override
      public void rejected(ReadOutcome.Rejected r) {
        rejected.accept(r);
      }

      @Override
      public void article(Article a, @Nullable StoreResult result) {
        if (json) {
          out.println(ArticleJson.of(a).toString());
        } else {
          out.println(readable(a));
        }
      }
    }).run(inputs);
    out.flush();
    return rejected.exitCode();
  }

  static String readable(Article a) {
    StringBuilder sb = new StringBuilder();
    String nl = System.lineSeparator();
    sb.append("== ").append(a.source()).append(nl);
    sb.append("outlet:    ").append(a.outlet().name()).append(" (").append(a.outlet().id())
        .append(", ").append(a.outlet().kind().label()).append(")").append(nl);
    sb.append("published: ").append(a.published() == null ? "unknown" : a.published()).append(nl);
    if (a.dateline() != null) {
      sb.append("dateline:  ").append(a.dateline()).append(nl);
    }
    sb.append("title:     ").append(a.title() == null ? "(none)" : a.title()).append(nl);
    if (a.url() != null) {
      sb.append("url:       ").append(a.url()).append(nl);
    }
    sb.append("language:  ").append(a.language() == null ? "unknown" : a.language()).append(nl);
    sb.append("text:      ").append(a.paragraphs().size()).append(" paragraphs, ")
        .append(a.text().length()).append(" characters; ").append(a.boilerplate().size())
        .append(" boilerplate line(s) removed").append(nl);
    a.problems().forEach(p -> sb.append("problem:   ").append(p.message()).append(nl));
    String t = a.text();
    sb.append(t.length() > 400 ? t.substring(0, 400) + "…" : t).append(nl);
    return sb.toString();
  }
}
