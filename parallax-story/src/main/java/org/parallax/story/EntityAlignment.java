package org.parallax.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.analysis.Analysis;
import org.parallax.model.analysis.Attribution;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.EntityType;
import org.parallax.model.analysis.Event;
import org.parallax.model.analysis.FramingCue;
import org.parallax.model.analysis.Mention;
import org.parallax.model.analysis.Names;
import org.parallax.model.analysis.Variant;

/**
 * One actor across the articles of a story or storyline, however each outlet spells it. Each
 * article resolves its own entities, and the gazetteer gives the widely reported ones one id
 * across spellings (Kiev/Kyiv); a name it does not hold gets an id from its spelling, so the
 * outlets of one story that transliterate it differently ("Irena Vasko" and "Irina Vaskova",
 * "Kessel" and "Kessl", "Teodor" and "Theodor Halm") would be different actors in the report.
 * Here such entities become one, under the spelling most outlets use (or the gazetteer's).
 *
 * <p>Two names are one when they have as many words and each pair of words is one spelling: the
 * same after folding common transliteration differences (th/t, ph/f, kh/h, ck/k, w/v, y/i, j/i,
 * q/k, doubled letters), or — words of four letters or more — the same first letter and the same
 * consonants in the same order, one vowel apart (two in words of eight letters or more):
 * "Irena"/"Irina", "Kessel"/"Kessl", "Pressley"/"Presley". A word lengthened is another word
 * ("Latin"/"Latino", "Paul"/"Paula"), a given name ending otherwise another person's
 * ("Mario"/"Maria"), but a surname may carry the feminine ending Slavic languages add
 * ("Vasko"/"Vaskova", "Petrov"/"Petrova"). Words of three letters or fewer must be one
 * spelling ("Kim Jong Un" is not "Kim Jong Il"). Two entities of the gazetteer are never merged
 * with each other, and entities of different types only when their names are identical (one
 * article's CRF calling a capital a person: the type most mentions have wins). A place's adjective the article resolved as an
 * entity of its own ("Valdorian" beside "Valdoria") joins the place.
 */
final class EntityAlignment {

  /**
   * The aligned articles.
   *
   * @param items the articles with every entity id replaced by its actor's
   * @param names actor id → the name shown for it
   * @param preferred for actors merged from differently spelled names, actor id → the spelling
   *     the report takes as the common one (a mention spelled otherwise is a naming variant)
   */
  record Result(List<Analysed> items, Map<String, String> names, Map<String, String> preferred) {}

  private EntityAlignment() {}

  static Result align(List<Analysed> items) {
    // one node per entity id, with every article's entity of that id
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (Analysed a : items) {
      for (Entity e : a.analysis().entities()) {
        Node n = nodes.computeIfAbsent(e.id(),
            k -> new Node(e.id(), e.name(), e.type(), nodes.size()));
        n.mentions += e.mentions().size();
        if (!e.mentions().isEmpty()) {
          n.outlets.add(a.article().outlet().id()); // not a country only an event stood for
        }
        n.typeVotes.merge(e.type(), e.mentions().size(), Integer::sum);
      }
    }
    List<Node> all = new ArrayList<>(nodes.values());
    Map<String, String> parent = new HashMap<>();
    Set<String> knownRoots = new HashSet<>();
    for (Node n : all) {
      parent.put(n.id, n.id);
      if (n.known) {
        knownRoots.add(n.id);
      }
    }
    Map<String, List<Node>> byFirstLetter = new HashMap<>();
    for (Node n : all) {
      if (!n.words.isEmpty()) {
        byFirstLetter.computeIfAbsent(skeleton(n.words.get(0)).substring(0, 1),
            k -> new ArrayList<>())
            .add(n);
      }
    }
    for (List<Node> block : byFirstLetter.values()) {
      for (int i = 0; i < block.size(); i++) {
        for (int j = i + 1; j < block.size(); j++) {
          Node a = block.get(i);
          Node b = block.get(j);
          if (a.known && b.known) {
            continue;
          }
          Node adjective = demonymOf(a, b) ? a : demonymOf(b, a) ? b : null;
          if (adjective != null) {
            adjective.adjective = true;
            union(parent, knownRoots, a, b);
          } else if (sameName(a, b)) {
            union(parent, knownRoots, a, b);
          }
        }
      }
    }
    surnames(all, parent, knownRoots);
    Map<String, List<Node>> groups = new LinkedHashMap<>();
    for (Node n : all) {
      groups.computeIfAbsent(find(parent, n.id), k -> new ArrayList<>()).add(n);
    }
    Map<String, String> actorOf = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    Map<String, String> preferred = new HashMap<>();
    Map<String, EntityType> typeOf = new HashMap<>();
    for (List<Node> g : groups.values()) {
      Node head = g.stream().filter(n -> n.known).findFirst().orElseGet(() -> g.stream()
          .max(Comparator.comparing((Node n) -> !n.adjective) // the place, not its adjective
              .thenComparingInt(n -> n.outlets.size())
              .thenComparingInt(n -> n.mentions)
              .thenComparingInt(n -> -n.order)) // else the earliest article's
          .orElseThrow());
      Map<EntityType, Integer> votes = new HashMap<>();
      g.forEach(n -> n.typeVotes.forEach((t, c) -> votes.merge(t, c, Integer::sum)));
      EntityType type = head.known ? head.type : votes.entrySet().stream()
          .max(Map.Entry.<EntityType, Integer>comparingByValue()
              .thenComparing(e -> e.getKey() == head.type))
          .map(Map.Entry::getKey).orElse(head.type);
      for (Node n : g) {
        actorOf.put(n.id, head.id);
      }
      names.put(head.id, head.name);
      typeOf.put(head.id, type);
      if (g.stream().map(n -> n.folded).distinct().count() > 1) {
        preferred.put(head.id, head.name);
      }
    }
    List<Analysed> out = new ArrayList<>();
    for (Analysed a : items) {
      out.add(new Analysed(a.article(), rewrite(a.analysis(), actorOf, typeOf)));
    }
    return new Result(out, names, preferred);
  }

  private static Analysis rewrite(Analysis an, Map<String, String> actorOf,
      Map<String, EntityType> typeOf) {
    Map<String, Entity> merged = new LinkedHashMap<>();
    for (Entity e : an.entities()) {
      String id = actorOf.getOrDefault(e.id(), e.id());
      List<Mention> mentions = new ArrayList<>();
      for (Mention m : e.mentions()) {
        mentions.add(m.standsFor() == null ? m : new Mention(m.begin(), m.end(), m.text(),
            m.kind(), actorOf.getOrDefault(m.standsFor(), m.standsFor())));
      }
      Entity prior = merged.get(id);
      if (prior != null) {
        List<Mention> ms = new ArrayList<>(prior.mentions());
        ms.addAll(mentions);
        ms.sort(Comparator.comparingInt(Mention::begin));
        List<Variant> vs = new ArrayList<>(prior.variants());
        vs.addAll(e.variants());
        merged.put(id, new Entity(id, prior.name(), prior.type(), prior.country(), vs, ms));
      } else {
        merged.put(id, new Entity(id, e.name(), typeOf.getOrDefault(id, e.type()), e.country(),
            e.variants(), mentions));
      }
    }
    List<Attribution> attributions = new ArrayList<>();
    for (Attribution at : an.attributions()) {
      String src = at.source().entity();
      attributions.add(src == null || !actorOf.containsKey(src) ? at
          : new Attribution(at.id(), at.parent(),
              new Attribution.Source(at.source().span(), actorOf.get(src),
                  at.source().refersTo()), at.cue(),
              at.content(), at.direct(), at.stance(), at.contentParts()));
    }
    List<Event> events = new ArrayList<>();
    for (Event ev : an.events()) {
      List<Event.Participant> ps = new ArrayList<>();
      for (Event.Participant p : ev.participants()) {
        ps.add(p.entity() == null ? p : new Event.Participant(p.role(),
            actorOf.getOrDefault(p.entity(), p.entity()), p.span()));
      }
      events.add(new Event(ev.id(), ev.type(), ev.trigger(), ps, ev.time(), ev.negated(),
          ev.modality(), ev.attribution()));
    }
    List<FramingCue> framing = new ArrayList<>();
    for (FramingCue c : an.framing()) {
      framing.add(c.target() == null ? c : new FramingCue(c.kind(), c.begin(), c.end(),
          c.text(), actorOf.getOrDefault(c.target(), c.target()), c.voice(), c.attribution()));
    }
    return new Analysis(an.articleId(), an.version(), an.tokens(),
        new ArrayList<>(merged.values()), an.times(), attributions, events, framing);
  }

  // ---- names ----------------------------------------------------------------------------------

  /** An entity id of the story with what its name is made of. */
  private static final class Node {
    final String id;
    final String name;
    final EntityType type;
    /** The order it was met in, articles oldest first. */
    final int order;
    /** A gazetteer entity (its id has no type prefix): a known referent. */
    final boolean known;
    final String folded;
    final List<String> words;
    int mentions;
    /** The adjective of another entity's place name. */
    boolean adjective;
    final Set<String> outlets = new HashSet<>();
    final Map<EntityType, Integer> typeVotes = new HashMap<>();

    Node(String id, String name, EntityType type, int order) {
      this.id = id;
      this.order = order;
      this.name = name;
      this.type = type;
      this.known = id.indexOf(':') < 0;
      this.folded = Names.fold(name);
      this.words = folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }
  }

  private static boolean sameName(Node a, Node b) {
    if (a.words.isEmpty() || a.words.size() != b.words.size()) {
      return false;
    }
    if (a.folded.equals(b.folded)) {
      return a.type == b.type || !a.known && !b.known; // one name, two types: one referent
    }
    if (a.type != b.type) {
      return false;
    }
    return sameWords(a.words, b.words, a.type);
  }

  /**
   * Whether two names of as many words spell each word alike ({@link #sameWord}); for a person,
   * the words before the last are given names and the last a surname.
   */
  private static boolean sameWords(List<String> a, List<String> b, EntityType type) {
    boolean person = type == EntityType.PERSON;
    int n = a.size();
    for (int i = 0; i < n; i++) {
      if (!sameWord(a.get(i), b.get(i), person && i < n - 1, person && i == n - 1 && n > 1)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameWord(String a, String b, boolean givenName, boolean surname) {
    String sa = skeleton(a);
    String sb = skeleton(b);
    if (a.equals(b) || sa.equals(sb)) {
      return true;
    }
    if (a.length() < 4 || b.length() < 4) {
      return false;
    }
    if (surname && (feminine(sa, sb) || feminine(sb, sa))) {
      return true;
    }
    if (sa.startsWith(sb) || sb.startsWith(sa)) {
      return false; // Paul/Paula, Latin/Latino: another word, not another spelling
    }
    if (givenName && sa.charAt(sa.length() - 1) != sb.charAt(sb.length() - 1)) {
      return false; // Mario/Maria
    }
    return sa.charAt(0) == sb.charAt(0) && consonants(sa).equals(consonants(sb))
        && edits(sa, sb) <= (Math.max(sa.length(), sb.length()) >= 8 ? 2 : 1);
  }

  /** Levenshtein distance. */
  private static int edits(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
            diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length()];
  }

  /**
   * A person some articles name by the surname alone ("Soleimani", "Suleimani": articles that
   * never give the full name) joins the person the other articles name in full with that surname
   * in one spelling ("Qassem Soleimani", "Qassim Suleimani"), when one such person is reported by
   * at least twice as many outlets as any other of that surname (news calls the prominent bearer
   * by the surname: "Soleimani" is the general, not his daughter Zeinab, named once). Otherwise
   * the surname stays an actor of its own.
   */
  private static void surnames(List<Node> all, Map<String, String> parent,
      Set<String> knownRoots) {
    Map<String, List<Node>> fullByInitial = new HashMap<>();
    for (Node n : all) {
      if (n.type == EntityType.PERSON && n.words.size() >= 2) {
        String last = n.words.get(n.words.size() - 1);
        fullByInitial.computeIfAbsent(skeleton(last).substring(0, 1), k -> new ArrayList<>())
            .add(n);
      }
    }
    for (Node n : all) {
      if (n.type != EntityType.PERSON || n.words.size() != 1 || n.known) {
        continue;
      }
      String word = n.words.get(0);
      Map<String, Set<String>> outletsByRoot = new HashMap<>();
      Map<String, Node> memberOfRoot = new HashMap<>();
      for (Node full : fullByInitial.getOrDefault(skeleton(word).substring(0, 1), List.of())) {
        if (sameWord(full.words.get(full.words.size() - 1), word, false, true)) {
          String root = find(parent, full.id);
          outletsByRoot.computeIfAbsent(root, k -> new HashSet<>()).addAll(full.outlets);
          memberOfRoot.putIfAbsent(root, full);
        }
      }
      List<Map.Entry<String, Set<String>>> ranked = new ArrayList<>(outletsByRoot.entrySet());
      ranked.sort(Comparator.comparingInt(e -> -e.getValue().size()));
      if (!ranked.isEmpty() && (ranked.size() == 1
          || ranked.get(0).getValue().size() >= 2 * ranked.get(1).getValue().size())) {
        union(parent, knownRoots, memberOfRoot.get(ranked.get(0).getKey()), n);
      }
    }
  }

  /** A Slavic surname's feminine form: Petrov/Petrova, Vasko/Vaskova. */
  private static boolean feminine(String longer, String shorter) {
    return longer.equals(shorter + "a") || longer.equals(shorter + "va");
  }

  /** A single-word adjective of a single-word place ("Valdorian" of "Valdoria"). */
  private static boolean demonymOf(Node adjective, Node place) {
    if (place.type != EntityType.LOCATION || adjective.type == EntityType.PERSON
        || adjective.words.size() != 1 || place.words.size() != 1 || adjective.known) {
      return false;
    }
    String adj = adjective.words.get(0);
    String p = place.words.get(0);
    if (p.length() < 4) {
      return false;
    }
    for (String suffix : new String[] {"n", "an", "ian", "ese", "i", "ish"}) {
      if (adj.equals(p + suffix)) {
        return true;
      }
    }
    return false;
  }

  private static void union(Map<String, String> parent, Set<String> knownRoots, Node a,
      Node b) {
    String ra = find(parent, a.id);
    String rb = find(parent, b.id);
    if (ra.equals(rb) || knownRoots.contains(ra) && knownRoots.contains(rb)) {
      return; // two groups that each hold a gazetteer entity are two known referents
    }
    parent.put(rb, ra);
    if (knownRoots.remove(rb)) {
      knownRoots.add(ra);
    }
  }

  private static String find(Map<String, String> parent, String id) {
    String p = parent.get(id);
    while (!p.equals(parent.get(p))) {
      p = parent.get(p);
    }
    parent.put(id, p);
    return p;
  }

  /** A word with common transliteration differences folded and doubled letters single. */
  static String skeleton(String word) {
    String s = word.replace("th", "t").replace("ph", "f").replace("kh", "h").replace("ck", "k")
        .replace('w', 'v').replace('y', 'i').replace('j', 'i').replace('q', 'k');
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  private static String consonants(String skeleton) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < skeleton.length(); i++) {
      char c = skeleton.charAt(i);
      if (!isVowel(c) && (b.length() == 0 || b.charAt(b.length() - 1) != c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /**
   * Whether {@code mention} spells {@code name}, or one of its words, otherwise than it does:
   * "Kessl" for "Kessel", "Vaskova" for "Irena Vasko" (not "Vasko", not "Valdorian").
   */
  static boolean respells(String mention, String name, EntityType type) {
    String m = Names.fold(mention);
    String n = Names.fold(name);
    if (m.isEmpty() || n.isEmpty() || m.equals(n)) {
      return false;
    }
    List<String> mw = List.of(m.split(" "));
    List<String> nw = List.of(n.split(" "));
    if (mw.size() == nw.size()) {
      return sameWords(mw, nw, type);
    }
    if (mw.size() == 1) {
      // a one-word form of one of its words: "Vaskova" for "Irena Vasko"
      for (int i = 0; i < nw.size(); i++) {
        if (!mw.get(0).equals(nw.get(i)) && sameWord(mw.get(0), nw.get(i),
            type == EntityType.PERSON && i < nw.size() - 1,
            type == EntityType.PERSON && i == nw.size() - 1 && nw.size() > 1)) {
          return true;
        }
      }
    }
    return false;
  }

}
