package edu.stanford.nlp.ling.tokensregex;

import edu.stanford.nlp.ling.tokensregex.SequencePattern.GroupPatternExpr;
import edu.stanford.nlp.ling.tokensregex.SequencePattern.NodePatternExpr;
import edu.stanford.nlp.ling.tokensregex.SequencePattern.OrPatternExpr;
import edu.stanford.nlp.ling.tokensregex.SequencePattern.PatternExpr;
import edu.stanford.nlp.ling.tokensregex.SequencePattern.RepeatPatternExpr;
import edu.stanford.nlp.ling.tokensregex.SequencePattern.SequenceEndPatternExpr;
import edu.stanford.nlp.ling.tokensregex.SequencePattern.SequencePatternExpr;
import edu.stanford.nlp.ling.tokensregex.SequencePattern.SequenceStartPatternExpr;
import edu.stanford.nlp.ling.tokensregex.SequencePattern.ValuePatternExpr;
import edu.stanford.nlp.ling.tokensregex.types.Expressions;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Skips a TokensRegex rule on a sequence where it cannot match: no element of the sequence is
 * accepted by any node the rule's pattern can start with. Parallax's own code; it lives in
 * CoreNLP's package only because the parts of a compiled pattern it reads are package-private.
 *
 * <p>Why: SUTime tries each of its ~175 token rules (and its composite rules) at every position
 * of the words it is given, and every try allocates the matcher's branch states before the
 * pattern's first node is tested — most of SUTime's time (docs/BENCHMARKS.md). A month-name rule
 * is tried at every word of "said on Thursday". Here each rule's possible first nodes are read off
 * its pattern once, at install; before the rule runs on a sequence, those nodes are tested on its
 * elements — the same {@code NodePattern.match} the matcher would call first — and the rule runs
 * only if one accepts. A pattern that can match the empty sequence, or that starts with something
 * whose match is not a single node's test (a multi-node phrase, a back reference, a conjunction),
 * always runs. Node tests read only the element and the rules' environment, so a rule skipped here
 * is one whose matcher would have found nothing: SUTime's output is unchanged (checked against the
 * stock rules in {@code FirstNodeGuardTest}).
 */
public final class FirstNodeGuard {

  private FirstNodeGuard() {}

  /** How many rules {@link #install} guarded and how many it left to run always. */
  public record Installed(int guarded, int unguarded) {}

  /** Guards the rules of SUTime's extractor in the annotator. */
  public static Installed install(edu.stanford.nlp.time.TimeAnnotator sutime) {
    Object timexExtractor = read(sutime, "timexExtractor");
    return install((CoreMapExpressionExtractor<?>) read(timexExtractor, "expressionExtractor"));
  }

  /**
   * Guards every token-pattern rule of the extractor's stages, basic and composite. Installing
   * twice guards nothing more.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Installed install(CoreMapExpressionExtractor<?> extractor) {
    int[] counts = new int[2];
    Map<Integer, CoreMapExpressionExtractor.Stage> stages =
        (Map<Integer, CoreMapExpressionExtractor.Stage>) read(extractor, "stages");
    for (CoreMapExpressionExtractor.Stage stage : stages.values()) {
      if (stage.basicExtractRule instanceof SequenceMatchRules.ListExtractRule list) {
        guardAll(list.rules, false, counts);
      }
      if (stage.compositeExtractRule instanceof SequenceMatchRules.ListExtractRule list) {
        guardAll(list.rules, true, counts);
      }
    }
    return new Installed(counts[0], counts[1]);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void guardAll(List rules, boolean composite, int[] counts) {
    for (int i = 0; i < rules.size(); i++) {
      Object rule = rules.get(i);
      if (rule instanceof Guarded) {
        continue;
      }
      List<NodePattern<Object>> firsts = null;
      if (rule instanceof SequenceMatchRules.AnnotationExtractRule aer
          && aer.pattern instanceof SequencePattern<?> pattern) {
        firsts = firstNodes(pattern);
      }
      if (firsts == null) {
        counts[1]++;
        continue;
      }
      SequenceMatchRules.AnnotationExtractRule aer = (SequenceMatchRules.AnnotationExtractRule) rule;
      rules.set(i, composite ? new GuardedComposite(aer, firsts) : new GuardedBasic(aer, firsts));
      counts[0]++;
    }
  }

  /**
   * The nodes a match of the pattern can start with, or null when that cannot be told from single
   * nodes (or the pattern can match nothing at all).
   */
  static List<NodePattern<Object>> firstNodes(SequencePattern<?> pattern) {
    Start start = start(pattern.getPatternExpr());
    return start == null || start.canBeEmpty ? null : start.nodes;
  }

  /** The first nodes of an expression and whether it can match the empty sequence. */
  private record Start(List<NodePattern<Object>> nodes, boolean canBeEmpty) {}

  @SuppressWarnings("unchecked")
  private static Start start(PatternExpr expr) {
    if (expr instanceof NodePatternExpr node) {
      List<NodePattern<Object>> nodes = new ArrayList<>(1);
      nodes.add((NodePattern<Object>) node.nodePattern);
      return new Start(nodes, false);
    }
    if (expr instanceof SequenceStartPatternExpr || expr instanceof SequenceEndPatternExpr) {
      return new Start(new ArrayList<>(), true); // a position, not an element
    }
    if (expr instanceof SequencePatternExpr seq) {
      List<NodePattern<Object>> nodes = new ArrayList<>();
      for (PatternExpr part : seq.patterns) {
        Start s = start(part);
        if (s == null) {
          return null;
        }
        nodes.addAll(s.nodes);
        if (!s.canBeEmpty) {
          return new Start(nodes, false);
        }
      }
      return new Start(nodes, true);
    }
    if (expr instanceof GroupPatternExpr) {
      return start((PatternExpr) read(expr, "pattern"));
    }
    if (expr instanceof ValuePatternExpr) {
      return start((PatternExpr) read(expr, "expr"));
    }
    if (expr instanceof RepeatPatternExpr) {
      Start s = start((PatternExpr) read(expr, "pattern"));
      int min = (Integer) read(expr, "minMatch");
      return s == null ? null : new Start(s.nodes, s.canBeEmpty || min == 0);
    }
    if (expr instanceof OrPatternExpr) {
      List<NodePattern<Object>> nodes = new ArrayList<>();
      boolean canBeEmpty = false;
      for (Object part : (List<?>) read(expr, "patterns")) {
        Start s = start((PatternExpr) part);
        if (s == null) {
          return null;
        }
        nodes.addAll(s.nodes);
        canBeEmpty |= s.canBeEmpty;
      }
      return new Start(nodes, canBeEmpty);
    }
    return null; // multi-node phrases, back references, conjunctions: not a single node's test
  }

  static boolean anyAccepts(List<NodePattern<Object>> firsts, List<?> sequence) {
    if (sequence == null) {
      return true; // the rule decides what an absent sequence means
    }
    for (Object element : sequence) {
      if (element == null) {
        return true; // left to the matcher
      }
      for (NodePattern<Object> node : firsts) {
        if (node.match(element)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Object read(Object owner, String name) {
    for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
      } catch (NoSuchFieldException e) {
        // declared higher up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + name + " of " + owner.getClass(), e);
      }
    }
    throw new IllegalStateException("no field " + name + " in " + owner.getClass()
        + " (is CoreNLP 4.5.10 on the class path?)");
  }

  private interface Guarded {}

  /** A basic rule: it reads the sequence from a field of the annotation it is given. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final class GuardedBasic implements SequenceMatchRules.ExtractRule<CoreMap, Object>,
      Guarded {
    private final SequenceMatchRules.AnnotationExtractRule rule;
    private final List<NodePattern<Object>> firsts;

    GuardedBasic(SequenceMatchRules.AnnotationExtractRule rule, List<NodePattern<Object>> firsts) {
      this.rule = rule;
      this.firsts = firsts;
    }

    @Override
    public boolean extract(CoreMap in, List<Object> out) {
      if (rule.extractRule instanceof SequenceMatchRules.CoreMapToListExtractRule) {
        return anyAccepts(firsts, List.of(in)) && rule.extract(in, out);
      }
      if (!(rule.extractRule instanceof SequenceMatchRules.CoreMapExtractRule c)
          || !(in.get(c.annotationField) instanceof List<?> sequence)) {
        return rule.extract(in, out);
      }
      // node tests that evaluate expressions see the annotation as the rule's own run does
      c.env.push(Expressions.VAR_SELF, in);
      boolean accepts;
      try {
        accepts = anyAccepts(firsts, sequence);
      } finally {
        c.env.pop(Expressions.VAR_SELF);
      }
      return accepts && rule.extract(in, out);
    }
  }

  /** A composite rule: it runs on the sequence of words and expressions found so far. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final class GuardedComposite
      implements SequenceMatchRules.ExtractRule<List<? extends CoreMap>, Object>, Guarded {
    private final SequenceMatchRules.AnnotationExtractRule rule;
    private final List<NodePattern<Object>> firsts;

    GuardedComposite(SequenceMatchRules.AnnotationExtractRule rule,
        List<NodePattern<Object>> firsts) {
      this.rule = rule;
      this.firsts = firsts;
    }

    @Override
    public boolean extract(List<? extends CoreMap> in, List<Object> out) {
      return anyAccepts(firsts, in) && rule.extract(in, out);
    }
  }
}
