package org.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;
import org.parallax.analysis.Analyzer;
import org.parallax.model.analysis.TimeExpression;
import org.parallax.model.nlp.ParsedText;
import org.parallax.model.nlp.TextParser;

/**
 * Temporal expressions on TempEval-3 TimeML ({@code *.tml}), scored like the task's Task A:
 * relaxed span match (overlap), and the value attribute — value F1 counts an expression right
 * when it overlaps a gold TIMEX3 and has its value. Matching is one to one: a gold expression
 * split in two ("Thanksgiving" + "Day") credits only the first part, the other is spurious. The document creation time is the
 * publication date. Parts: relaxed span, strict span, value.
 */
public final class TimeEval {
  private static final Pattern DCT = Pattern.compile(
      "<DCT>\\s*<TIMEX3[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern TEXT = Pattern.compile("(?s)<TEXT>(.*)</TEXT>");
  private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*)>");
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

  record Timex(int begin, int end, String value) {}

  private TimeEval() {}

  public static EvalReport run(Path dataDir, TextParser parser, Consumer<String> mismatch)
      throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dataDir)) {
      files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("--data " + dataDir + ": no TimeML (.tml) files");
    }
    int gold = 0;
    int predicted = 0;
    int relaxed = 0;
    int strict = 0;
    int values = 0;
    for (Path f : files) {
      String xml = Files.readString(f, StandardCharsets.UTF_8);
      Matcher dct = DCT.matcher(xml);
      LocalDate published = dct.find() ? LocalDate.parse(dct.group(1)) : null;
      Matcher tm = TEXT.matcher(xml);
      if (!tm.find()) {
        continue;
      }
      List<Timex> goldTimexes = new ArrayList<>();
      String text = strip(tm.group(1), goldTimexes);
      ParsedText parsed = parser.parse(text, t -> false);
      List<TimeExpression> ours = Analyzer.times(parsed, published);
      gold += goldTimexes.size();
      predicted += ours.size();
      boolean[] taken = new boolean[goldTimexes.size()];
      for (TimeExpression t : ours) {
        Timex match = null;
        for (int gi = 0; gi < goldTimexes.size(); gi++) {
          Timex g = goldTimexes.get(gi);
          if (!taken[gi] && t.begin() < g.end() && g.begin() < t.end()) {
            match = g;
            taken[gi] = true;
            break;
          }
        }
        if (match == null) {
          mismatch.accept(f.getFileName() + ": '" + t.text() + "' not in gold, ours " + t.value()
              + " in …" + context(text, t.begin(), t.end()) + "…");
          continue;
        }
        relaxed++;
        if (match.begin() == t.begin() && match.end() == t.end()) {
          strict++;
        }
        if (match.value().equals(t.value())) {
          values++;
        } else {
          mismatch.accept(f.getFileName() + ": '" + t.text() + "' gold " + match.value()
              + ", ours " + t.value() + (t.reason() == null ? "" : " (" + t.reason() + ")"));
        }
      }
      for (int gi = 0; gi < goldTimexes.size(); gi++) {
        if (!taken[gi]) {
          Timex g = goldTimexes.get(gi);
          mismatch.accept(f.getFileName() + ": '" + text.substring(g.begin(), g.end())
              + "' gold " + g.value() + ", missed in …" + context(text, g.begin(), g.end()) + "…");
        }
      }
    }
    List<EvalReport> parts = List.of(report("span-relaxed", relaxed, predicted, gold, files.size()),
        report("span-strict", strict, predicted, gold, files.size()),
        report("value", values, predicted, gold, files.size()));
    EvalReport v = parts.get(2);
    return new EvalReport("time", v.precision(), v.recall(), v.f1(), files.size(), parts);
  }

  /** Forty characters either side of a span, on one line. */
  private static String context(String text, int begin, int end) {
    return text.substring(Math.max(0, begin - 40), Math.min(text.length(), end + 40))
        .replaceAll("\\s+", " ");
  }

  private static EvalReport report(String name, int correct, int predicted, int gold, int docs) {
    double p = predicted == 0 ? 0 : (double) correct / predicted;
    double r = gold == 0 ? 0 : (double) correct / gold;
    return new EvalReport(name, p, r, EvalReport.f1(p, r), docs, List.of());
  }

  /** Plain text of a TimeML TEXT element, collecting TIMEX3 spans with their values. */
  static String strip(String inner, List<Timex> timexes) {
    StringBuilder out = new StringBuilder();
    Matcher m = TAG.matcher(inner);
    int last = 0;
    int open = -1;
    String value = null;
    while (m.find()) {
      out.append(Parser.unescapeEntities(inner.substring(last, m.start()), false));
      last = m.end();
      if (m.group(2).equals("TIMEX3")) {
        if (m.group(1).isEmpty()) {
          open = out.length();
          Matcher v = VALUE.matcher(m.group(3));
          value = v.find() ? v.group(1) : "";
        } else if (open >= 0) {
          timexes.add(new Timex(open, out.length(), value));
          open = -1;
        }
      }
    }
    out.append(Parser.unescapeEntities(inner.substring(last), false));
    return out.toString();
  }
}
