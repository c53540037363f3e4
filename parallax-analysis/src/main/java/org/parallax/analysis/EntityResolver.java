package org.parallax.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.EntityType;
import org.parallax.model.analysis.Mention;
import org.parallax.model.analysis.Names;
import org.parallax.model.analysis.Variant;
import org.parallax.model.nlp.NamedSpan;
import org.parallax.model.nlp.ParsedText;
import org.parallax.model.nlp.Sentence;
import org.parallax.model.nlp.Token;

/**
 * Resolves the mentions of one article to entities. The gazetteer comes first (its types override
 * the NER's, which calls Kyiv a person and headline words places); then NER spans it does not
 * know, clustered by transliteration-folded names and surnames; then short forms, acronyms
 * introduced in parentheses, demonyms ("the Malian army" → Mali), roles ("the minister" → the
 * last minister mentioned), pronouns ("He added" → the last person), and metonymy (a capital that
 * acts or has a "regime" stands for its country's government).
 */
public final class EntityResolver {
  static final Set<String> ROLE_WORDS = Set.of("minister", "president", "spokeswoman",
      "spokesman", "spokesperson", "premier", "chancellor", "secretary", "ambassador", "envoy",
      "diplomat", "general", "commander", "leader", "chief", "head", "official", "prime",
      "foreign", "defence", "defense", "deputy", "ministry", "newspaper", "daily", "agency",
      "broadcaster", "channel", "paper", "outlet", "king", "queen", "governor", "mayor", "senator",
      "boss", "director", "colonel", "junta", "army", "government", "ruler", "rulers",
      "congresswoman", "congressman", "congresswomen", "congressmen");
  /**
   * The capitals that begin the words of a name of three words or more, its small words
   * skipped: "National Rifle Association" → "NRA", "Foundation for Individual Rights in
   * Education" → "FIRE"; "" for a shorter name or a word in lower case other than a small word.
   */
  static String initials(String name) {
    String[] words = name.strip().split("[\\s-]+");
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (w.matches("of|the|and|for|in|on|to|at|&")) {
        continue;
      }
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return "";
      }
      b.append(w.charAt(0));
    }
    return words.length >= 3 ? b.toString() : "";
  }

  /** Words that make a place's name a paper's or a site's: "Persia Now", "China Daily". */
  private static final Set<String> OUTLET_WORDS = Set.of("Now", "Today", "Daily", "Times",
      "Post", "Tonight", "Weekly", "Online", "Live", "Insider", "Herald", "Tribune", "Journal",
      "Gazette", "Chronicle", "Observer", "Examiner", "Monitor", "Telegraph", "Mirror",
      "Express", "Independent", "Review", "Report", "Standard");

  /** Titles a person name may open with in the tagger's span: "Justice Clarence Thomas". */
  private static final Set<String> PERSON_TITLES = Set.of("justice", "justices", "judge",
      "judges", "magistrate", "speaker", "chairman", "chairwoman", "sheriff", "officer",
      "detective", "sergeant", "lieutenant", "captain", "pastor", "reverend", "rabbi", "bishop",
      "archbishop", "cardinal", "imam", "professor", "attorney", "prosecutor", "inspector",
      "commissioner", "superintendent", "trooper", "councilman", "councilwoman",
      "councilmember", "assemblyman", "assemblywoman", "delegate");
  private static final Set<String> ROLE_HEADS = Set.of("minister", "president", "spokeswoman",
      "spokesman", "spokesperson", "premier", "chancellor", "secretary", "ambassador", "envoy",
      "diplomat", "general", "commander", "leader", "chief", "official", "newspaper", "daily",
      "agency", "broadcaster", "channel", "paper", "governor", "mayor", "senator", "director",
      "congresswoman", "congressman");
  private static final Set<String> GOVERNMENT_WORDS = Set.of("regime", "government", "authorities",
      "administration", "leadership", "junta", "officials");
  private static final Set<String> LOCATIVE = Set.of("in", "to", "from", "at", "near", "into",
      "across", "outside", "inside", "around", "via", "visit", "visited", "toward", "towards");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
  /** Lower-case words that open a short form of a name: "bin Laden", "von der Leyen". */
  private static final Set<String> PARTICLES = Set.of("bin", "ibn", "bint", "al", "el", "van",
      "von", "der", "den", "de", "da", "di", "du", "la", "le");

  private final Gazetteer gazetteer;

  public EntityResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A mention before it is attached to an entity. */
  record Found(int sentence, int firstToken, int lastToken, Mention mention, String key,
      EntityType type, Gazetteer.@Nullable Entry entry) {}

  /** Mutable entity under construction. */
  static final class Cluster {
    final String id;
    String name;
    final EntityType type;
    final Gazetteer.@Nullable Entry entry;
    final List<Mention> mentions = new ArrayList<>();
    final List<String> roles = new ArrayList<>();
    /** Offices the text titles them with a qualifier ("Vice President"), and bare ("President"). */
    final Set<String> otherOffice = new HashSet<>();
    final Set<String> titledAs = new HashSet<>();
    @Nullable String country;
    int lastSentence;
    /**
     * "MALE" or "FEMALE" when a title before a mention says so ("King", "Ms"), "BOTH" when titles
     * disagree (a couple clustered by their surname), else "".
     */
    String gender = "";

    Cluster(String id, String name, EntityType type, Gazetteer.@Nullable Entry entry) {
      this.id = id;
      this.name = name;
      this.type = type;
      this.entry = entry;
      if (entry != null) {
        roles.addAll(entry.roles());
        country = entry.country();
      }
    }
  }

  /** The result: entities, and the cluster of each mention by its begin offset (for sources). */
  public record Resolution(List<Entity> entities, Map<Integer, String> entityAt) {}

  public Resolution resolve(ParsedText parsed, String outletId) {
    List<Found> found = new ArrayList<>();
    boolean[][] covered = new boolean[parsed.sentences().size()][];
    boolean[][] inPersonName = new boolean[parsed.sentences().size()][];
    for (Sentence s : parsed.sentences()) {
      inPersonName[s.index()] = new boolean[s.tokens().size()];
    }
    // and the surnames of people named in full: "Jordan said" after "Ohio Republican Jim Jordan"
    // is him, not the kingdom
    Set<String> surnames = new HashSet<>();
    for (NamedSpan span : parsed.spans()) {
      if (span.type().equals("PERSON") && span.lastToken() > span.firstToken()) {
        for (int k = span.firstToken(); k <= span.lastToken(); k++) {
          inPersonName[span.sentence()][k] = true;
        }
        surnames.add(parsed.sentences().get(span.sentence()).tokens().get(span.lastToken())
            .word());
      }
    }
    Map<Integer, List<int[]>> titled = new HashMap<>();
    for (Sentence s : parsed.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i + 2 < t.size(); i++) {
        int last = titledPersonEnd(t, i);
        if (last > 0) {
          titled.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(new int[] {i + 1, last});
          for (int k = i + 1; k <= last; k++) {
            inPersonName[s.index()][k] = true;
          }
          i = last;
        }
      }
    }
    boolean sports = sportsPage(parsed);
    for (Sentence s : parsed.sentences()) {
      covered[s.index()] = new boolean[s.tokens().size()];
      gazetteerMatches(parsed.text(), s, found, covered[s.index()], inPersonName[s.index()],
          surnames, sports);
      for (int[] span : titled.getOrDefault(s.index(), List.of())) {
        boolean free = true;
        for (int k = span[0]; k <= span[1]; k++) {
          free &= !covered[s.index()][k];
        }
        if (free) {
          List<Token> t = s.tokens();
          String name = parsed.text().substring(t.get(span[0]).begin(), t.get(span[1]).end());
          found.add(new Found(s.index(), span[0], span[1], new Mention(t.get(span[0]).begin(),
              t.get(span[1]).end(), name, Mention.Kind.NAME, null), foldPerson(name),
              EntityType.PERSON, null));
          for (int k = span[0]; k <= span[1]; k++) {
            covered[s.index()][k] = true;
          }
        }
      }
    }
    nerMatches(parsed, found, covered, surnames);
    numberedUnits(parsed, found, covered);
    // one name, one kind of entity: "Ocasio-Cortez" tagged an organisation after "Alexandria
    // Ocasio-Cortez" was a person is the person (the tagger is inconsistent, writers are not)
    Set<String> personNames = personNames(found);
    // … and a surname the tagger missed altogether ("Ocasio-Cortez tweeted") is the person too
    for (Sentence s : parsed.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        if (covered[s.index()][i] || !isNameWord(t.get(i))
            || MonthNames.isMonth(t.get(i)) && MonthNames.datedByContext(t, i)) {
          continue; // "in May" is the month, whoever Theresa May is
        }
        int last = i;
        while (last + 2 < t.size() && joiningHyphen(t, last + 1)
            && isNameWord(t.get(last + 2)) && !covered[s.index()][last + 2]) {
          last += 2;
        }
        String name = parsed.text().substring(t.get(i).begin(), t.get(last).end());
        if (personNames.contains(foldPerson(name))
            && (i == 0 || !t.get(i - 1).pos().startsWith("NNP") || isTitle(t.get(i - 1)))
            && (last + 1 >= t.size() || !t.get(last + 1).pos().startsWith("NNP"))) {
          found.add(new Found(s.index(), i, last, new Mention(t.get(i).begin(), t.get(last).end(),
              name, Mention.Kind.NAME, null), foldPerson(name), EntityType.PERSON, null));
          for (int k = i; k <= last; k++) {
            covered[s.index()][k] = true;
          }
        }
        i = last;
      }
    }
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      if (f.entry() == null && f.type() == EntityType.ORGANIZATION
          && personNames.contains(foldPerson(f.mention().text()))) {
        // organisations only: "Houston" the city stays a place beside Senator Whitney Houston
        found.set(i, new Found(f.sentence(), f.firstToken(), f.lastToken(), f.mention(),
            foldPerson(f.mention().text()), EntityType.PERSON, null));
      }
    }
    consistentTypes(found, personNames, parsed);
    shortOrganisations(found, personNames, parsed);
    found.sort((a, b) -> Integer.compare(a.mention().begin(), b.mention().begin()));
    usGeorgia(found);

    Map<String, Cluster> clusters = new LinkedHashMap<>();
    Map<String, Cluster> bySurname = new HashMap<>();
    Map<Integer, String> entityAt = new HashMap<>();
    Cluster lastPerson = null;
    List<Cluster> recent = new ArrayList<>();
    // acronyms introduced in parentheses: "Alliance of Sahel States (AES)"
    Map<String, String> acronymOf = new HashMap<>();
    for (int i = 0; i + 1 < found.size(); i++) {
      Found a = found.get(i);
      Found b = found.get(i + 1);
      if (b.sentence() == a.sentence() && b.firstToken() == a.lastToken() + 2
          && Gazetteer.isAcronym(b.mention().text()) && b.entry() == null) {
        Sentence s = parsed.sentences().get(a.sentence());
        if (s.tokens().get(a.lastToken() + 1).word().matches("-LRB-|\\(")) {
          acronymOf.put(b.key(), a.entry() != null ? a.entry().id() : slug(a.type(), a.key()));
        }
      }
    }
    // … and the initials of an organisation the article names in full, however far apart:
    // "National Rifle Association" … "the NRA", "Foundation for Individual Rights in Education"
    // … "FIRE" (two names with the same initials make neither)
    Map<String, String> byInitials = new HashMap<>();
    for (Found f : found) {
      if (f.entry() == null && f.type() == EntityType.ORGANIZATION) {
        String initials = initials(f.mention().text());
        if (initials.length() >= 3) {
          String id = slug(f.type(), f.key());
          String before = byInitials.putIfAbsent(initials, id);
          if (before != null && !before.equals(id)) {
            byInitials.put(initials, "");
          }
        }
      }
    }
    for (Found f : found) {
      String word = f.mention().text();
      String full = byInitials.get(word);
      if (f.entry() == null && word.length() >= 3 && word.matches("\\p{Lu}+")
          && full != null && !full.isEmpty() && !full.equals(slug(f.type(), f.key()))) {
        acronymOf.putIfAbsent(f.key(), full);
      }
    }
    for (Found f : found) {
      Cluster c;
      if (f.entry() != null) {
        c = clusters.computeIfAbsent(f.entry().id(),
            k -> new Cluster(k, f.entry().name(), f.entry().type(), f.entry()));
        String[] names = foldPerson(f.entry().name()).split(" ");
        if (f.entry().type() == EntityType.PERSON && names.length > 1
            && f.mention().kind() == Mention.Kind.NAME) {
          // a known person named in full: the surname alone is them too ("Sanders" after
          // "Bernie Sanders"), whether or not the gazetteer lists it as a short form; with a
          // generational suffix, the surname keeps it ("Marcos Jr.")
          bySurname.put(surnameOf(names), c);
        }
      } else if (acronymOf.containsKey(f.key())) {
        String target = acronymOf.get(f.key());
        c = clusters.containsKey(target) ? clusters.get(target)
            : clusters.computeIfAbsent(slug(f.type(), f.key()),
                k -> new Cluster(k, f.mention().text(), f.type(), null));
      } else if (f.type() == EntityType.PERSON) {
        String[] parts = f.key().split(" ");
        // "Donald Trump Jr." and "Trump Jr.": the surname keeps its generational suffix
        String surname = surnameOf(parts);
        boolean suffixed = surname.contains(" ");
        int words = suffixed ? parts.length - 1 : parts.length;
        Cluster known = clusters.get(slug(EntityType.PERSON, f.key()));
        if (known == null && (words == 1
            || words == 2 && f.mention().text().contains("-"))) {
          known = bySurname.get(f.key()); // the surname, or a hyphenated one ("Ocasio-Cortez")
        }
        if (known == null && words == 2 && !suffixed && PARTICLES.contains(parts[0])
            && bySurname.get(parts[1]) != null
            && bySurname.get(parts[1]).name.contains(" " + parts[0] + " ")) {
          // "De Blasio" after "Bill de Blasio" (not "Al Green" after "Mark Green": the full
          // name writes the particle in lower case)
          known = bySurname.get(parts[1]);
        }
        if (known == null && words == 1 && !suffixed && !(f.firstToken() > 0
            && isRoleOrTitle(parsed.sentences().get(f.sentence()).tokens()
                .get(f.firstToken() - 1)))) {
          // "leave Heidi alone": Heidi Cruz; not "Senator Warren" after "Warren Buffett"
          known = byGivenName(clusters.values(), f.key());
        }
        if (known == null) {
          known = new Cluster(slug(EntityType.PERSON, f.key()), f.mention().text(), EntityType.PERSON, null);
          clusters.put(known.id, known);
        }
        c = known;
        if (words > 1 || !bySurname.containsKey(surname)) {
          bySurname.put(surname, c);
        }
        if (parts.length > 2 && f.mention().text().contains("-")) {
          bySurname.putIfAbsent(parts[parts.length - 2] + " " + surname, c);
        }
      } else {
        c = clusters.computeIfAbsent(slug(f.type(), f.key()),
            k -> new Cluster(k, f.mention().text(), f.type(), null));
      }
      if (c.entry == null && f.mention().kind() == Mention.Kind.NAME
          && f.mention().text().length() > c.name.length()
          && (f.type() == EntityType.PERSON || f.type() == EntityType.ORGANIZATION)
          && !f.mention().text().matches("(?s).*\\S['’]s\\s.*")) {
        // (a possessive phrase names a part, not the whole: "FDA's Center for Drug Evaluation")
        c.name = f.mention().text();
      }
      if (c.type == EntityType.PERSON && f.firstToken() == f.lastToken()) {
        c = titledNamesake(parsed.sentences().get(f.sentence()), f, c, clusters.values());
      }
      titleRoles(parsed.sentences().get(f.sentence()), f, c);
      c.mentions.add(f.mention());
      c.lastSentence = f.sentence();
      entityAt.put(f.mention().begin(), c.id);
      if (c.type == EntityType.PERSON) {
        lastPerson = c;
      }
      recent.remove(c);
      recent.add(c);
    }
    surnameFirst(clusters, entityAt);
    namesakes(parsed, clusters, entityAt);
    // roles and pronouns, in text order against the entities mentioned before them
    List<int[]> quotes = AttributionExtractor.quoteSpans(parsed.text());
    for (Sentence s : parsed.sentences()) {
      for (int i = 0; i < s.tokens().size(); i++) {
        Token t = s.tokens().get(i);
        String w = t.word().toLowerCase(Locale.ROOT);
        boolean member = partisan(s.tokens(), i);
        if (covered[s.index()][i] && !member) {
          continue;
        }
        if ((member || ROLE_HEADS.contains(w)) && namedInApposition(s.tokens(), i)) {
          continue; // "The top Republican on the panel, Rep. Devin Nunes of California, said"
        }
        Cluster target = null;
        int begin = t.begin();
        int end = t.end();
        Mention.Kind kind = null;
        if (PRONOUNS.contains(w) && t.pos().startsWith("PRP")) {
          // a pronoun outside quotation marks is not resolved to a person named only inside them
          // ("“… I won't go back to [Andrew] Johnson …,” he said": the speaker, not Johnson)
          target = pronounTarget(clusters, parsed.sentences(), s, t, w,
              AttributionExtractor.insideAnyQuote(t.begin(), quotes) ? List.of() : quotes);
          if (target != null && target.id.equals(quotationSpeaker(parsed.text(), t.begin(),
              quotes, entityAt))) {
            // "“He wants to make this about looting,” Cuomo said": a "he" inside a quotation
            // is not its speaker, who would say "I"; rather nobody than the wrong one
            target = null;
          }
          kind = Mention.Kind.PRONOUN;
        } else if (ROLE_HEADS.contains(w) && t.pos().startsWith("NN") && i > 0) {
          int start = i;
          String countryId = null;
          while (start > 0) {
            Token prev = s.tokens().get(start - 1);
            String pw = prev.word().toLowerCase(Locale.ROOT);
            Gazetteer.Form demonym = gazetteer.lookUp(List.of(prev.word()));
            if (demonym != null && demonym.kind() == Mention.Kind.DEMONYM) {
              // a country's: "the Malian minister"; a people's ("the Kurdish commander") names
              // no state whose official the role is
              countryId = demonym.entry().type() == EntityType.GROUP ? countryId
                  : demonym.entry().id();
              start--;
            } else if (ROLE_WORDS.contains(pw) || prev.pos().equals("JJ")) {
              start--;
            } else {
              break;
            }
          }
          Token det = start > 0 ? s.tokens().get(start - 1) : null;
          // "the leader of Lebanon's Hezbollah group" says whose leader: the last leader named
          // only if of that country, and none if the complement names no country
          boolean specified = i + 1 < s.tokens().size()
              && s.tokens().get(i + 1).word().equalsIgnoreCase("of");
          if (specified && countryId == null) {
            countryId = countryIn(s.tokens().subList(i + 2, Math.min(s.tokens().size(), i + 7)));
          }
          boolean other = false; // "the deputy leader", "the former president": someone else
          for (int k = start; k < i; k++) {
            other |= OTHER_HOLDER.contains(s.tokens().get(k).word().toLowerCase(Locale.ROOT));
          }
          if (!other && (!specified || countryId != null) && det != null
              && (det.word().equalsIgnoreCase("the") || det.word().equalsIgnoreCase("this"))) {
            target = lastWithRole(clusters, w, countryId, t.begin(),
                parsed.sentences().get(Math.max(0, s.index() - 3)).begin());
            begin = det.begin();
            kind = Mention.Kind.ROLE;
          }
        }
        if (target == null && t.pos().matches("NNS?") && t.word().equals(w) && i > 0
            && s.tokens().get(i - 1).word().equalsIgnoreCase("the")
            && !(i + 1 < s.tokens().size() && s.tokens().get(i + 1).pos().startsWith("NN"))) {
          target = organisationNamed(clusters, parsed.sentences(), s, w, t.begin());
          if (target != null) {
            begin = s.tokens().get(i - 1).begin();
            kind = Mention.Kind.ROLE;
          }
        }
        if (target == null && kind == null && member) {
          // "Sen. Lindsey Graham was a notable exception. The hawkish South Carolina Republican
          // … said": the last politician named before it
          target = politicianBefore(clusters, entityAt, parsed.sentences(), s, t.begin(),
              stated(s.tokens(), i), t.word().equals("Republican") ? "republican-party"
                  : "democratic-party", quotes);
          kind = Mention.Kind.ROLE;
        }
        if (target != null && kind != null) {
          Mention m = new Mention(begin, end, parsed.text().substring(begin, end), kind, null);
          target.mentions.add(m);
          entityAt.put(begin, target.id);
        }
      }
    }
    List<Entity> entities = new ArrayList<>();
    for (Cluster c : clusters.values()) {
      c.mentions.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Mention m : c.mentions) {
        if (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.SHORT) {
          counts.merge(m.text(), 1, Integer::sum);
        }
      }
      List<Variant> variants = new ArrayList<>();
      counts.forEach((text, n) -> variants.add(new Variant(text, outletId, n)));
      entities.add(new Entity(c.id, c.name, c.type, c.country, variants, c.mentions));
    }
    return new Resolution(entities, entityAt);
  }

  /**
   * The person a pronoun means. "He" or "she" prefers a person in subject position — named right
   * before a verb ("Erdogan said", "the president was"), or the speaker after a speech verb
   * ("said Maggie Gallagher"): a "he" later in a sentence is the last such person before it in
   * the sentence ("He was meeting Guterres … and said he would ask him"), a "he" that opens a
   * sentence the last such person of the three sentences before ("Erdogan said … between Tal
   * Abyad and Ras al-Ain. He was meeting …"); else, and for "him" and "her", the last person
   * mentioned ({@link #lastPersonBefore}).
   */
  private @Nullable Cluster pronounTarget(Map<String, Cluster> clusters,
      List<Sentence> sentences, Sentence s, Token t, String pronoun, List<int[]> quotes) {
    if (pronoun.equals("he") || pronoun.equals("she")) {
      Cluster c = afterCoordination(s, t) ? firstSubject(clusters, s, t.begin(), pronoun, quotes)
          : null;
      int at = s.index(); // sentences are numbered by their position
      for (int k = at - 1; c == null && k >= Math.max(0, at - 3) && tagsItsSentence(s, t); k--) {
        // "Maybe it was moderate voters who lie behind the Biden resurgence, he says": the tag's
        // "he" is no one its own sentence names (he would say "I"), but the speaker before
        c = lastSubject(clusters, sentences.get(k), Integer.MAX_VALUE, pronoun, quotes);
      }
      if (c == null) {
        c = lastSubject(clusters, s, t.begin(), pronoun, quotes);
        String described = c == null && t.index() != subjectStart(s)
            && !AttributionExtractor.insideAnyQuote(t.begin(), quotes)
            ? describedSubjectBefore(clusters, s, t) : null;
        if (described != null && agreesWithHead(pronoun, described)) {
          // "The shooter, a self-avowed white supremacist, said he wanted …": the person the
          // clause's subject describes — not someone named further back; for a role, the last
          // named with it ("The president said he …"), if the text names one
          if (!ROLE_HEADS.contains(described)) {
            return null;
          }
          c = lastWithRole(clusters, described, null, t.begin(),
              sentences.get(Math.max(0, at - 3)).begin());
        }
      }
      if (c == null && at > 0 && t.index() != subjectStart(s)
          && tagsAnOpeningQuotation(s, t, quotes)) {
        // "X told interviewers. “…,” he added": the subject of the sentence before, if it has one
        c = lastSubject(clusters, sentences.get(at - 1), Integer.MAX_VALUE, pronoun, quotes);
      }
      boolean opening = t.index() == subjectStart(s);
      for (int k = at - 1; c == null && opening && k >= Math.max(0, at - 3); k--) {
        c = lastSubject(clusters, sentences.get(k), Integer.MAX_VALUE, pronoun, quotes);
        String[] described = c == null ? describedSubject(clusters, sentences.get(k)) : null;
        if (described != null && described[2].equals("NN")
            && agreesWithHead(pronoun, described[0])) {
          // "Turkey's president called for calm. He says …": the person the description is, the
          // last named with that role (of that country, where it names one: "an incredulous
          // president" is the president named before, "Turkey's president" not the American
          // one), else nobody the text names — not someone named further back
          return ROLE_HEADS.contains(described[0])
              ? lastWithRole(clusters, described[0], described[1], t.begin(),
                  sentences.get(Math.max(0, at - 3)).begin()) : null;
        }
        String reported = c == null && described == null
            ? reportedDescribedSubject(sentences.get(k)) : null;
        if (reported != null && agreesWithHead(pronoun, reported)
            && !ROLE_HEADS.contains(reported)) {
          // "Police said the man fired at officers. He was later arrested": the man the
          // report describes, not someone named further back
          return null;
        }
      }
      if (c != null) {
        return c;
      }
    }
    return lastPersonBefore(clusters, t.begin(), pronoun, quotes);
  }

  /**
   * Whether pronoun {@code t} is the speaker of a tag after its sentence's unquoted words: "…,
   * he says." — a comma before it and no closing quotation mark, a speech verb after it (an
   * adverb between: "…, he also said") and no clause after that, and at least four words before
   * the comma.
   */
  private static boolean tagsItsSentence(Sentence s, Token t) {
    List<Token> ts = s.tokens();
    int i = t.index() - ts.get(0).index();
    if (ts.get(0).pos().matches("IN|WRB|VBG") || ts.get(0).word().matches("(?i)as|once|until")) {
      return false; // the main clause after an opening one: "When reporters asked Sanders
                    // whether he'd quit, he said no"
    }
    if (i < 5 || !ts.get(i - 1).word().equals(",")
        || ts.get(i - 2).word().matches("[”\"’']|''")) {
      return false;
    }
    int v = i + 1;
    while (v < ts.size() && ts.get(v).pos().startsWith("RB")) {
      v++;
    }
    if (v >= ts.size() || !ts.get(v).isVerb()
        || !SPEECH_VERBS.contains(ts.get(v).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int j = v + 1; j < ts.size() && !ts.get(j).word().equals(","); j++) {
      if (ts.get(j).isVerb() || ts.get(j).pos().equals("MD")
          || ts.get(j).word().equalsIgnoreCase("that")) {
        return false; // not a tag: "After meeting Putin, he said the talks went well"
      }
    }
    return true;
  }

  /**
   * Whether pronoun {@code t} opens a clause coordinated with the sentence's first one: ", and
   * he", ", but she". Its subject is then the first clause's ("Trump acted because the
   * intelligence was that Soleimani was orchestrating chaos, said Graham, and he prevented holy
   * hell": Trump), not the last subject of the clauses and tags between.
   */
  private static boolean afterCoordination(Sentence s, Token t) {
    int i = t.index() - s.tokens().get(0).index();
    return i >= 2 && s.tokens().get(i - 1).word().matches("(?i)and|but")
        && s.tokens().get(i - 2).word().equals(",");
  }

  /** The first person in subject position in sentence {@code s} before {@code offset}. */
  private static @Nullable Cluster firstSubject(Map<String, Cluster> clusters, Sentence s,
      int offset, String pronoun, List<int[]> quotes) {
    Cluster best = null;
    int bestAt = Integer.MAX_VALUE;
    // from the main clause's subject: not "After Olsen left, Hallard stayed, and he …"
    int from = s.tokens().isEmpty() ? s.begin() : s.tokens().get(subjectStart(s)).begin();
    for (Cluster c : clusters.values()) {
      if (!canBe(c, pronoun)) {
        continue;
      }
      for (Mention m : c.mentions) {
        if (m.begin() >= from && m.begin() < offset && m.begin() < bestAt
            && m.kind() != Mention.Kind.PRONOUN && inSubjectPosition(s.tokens(), m)
            && !AttributionExtractor.insideAnyQuote(m.begin(), quotes)) {
          bestAt = m.begin();
          best = c;
        }
      }
    }
    return best;
  }

  /**
   * Whether pronoun {@code t} is the speaker of a quotation its sentence opens with (or opens
   * inside): only punctuation between the closing mark and it ("“…,” he added"). It then stands
   * where a sentence's subject stands, and the speaker is looked for before the quotation.
   */
  private static boolean tagsAnOpeningQuotation(Sentence s, Token t, List<int[]> quotes) {
    int first = s.tokens().get(0).begin();
    for (int[] q : quotes) {
      if (q[0] <= first && first < q[1] && q[1] <= t.begin()) {
        for (Token k : s.tokens()) {
          if (k.begin() >= q[1] && k.end() <= t.begin() && Character.isLetterOrDigit(
              k.word().charAt(0))) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }


  /** Words before a role that make its holder someone other than the role's ("deputy"). */
  private static final Set<String> OTHER_HOLDER = Set.of("deputy", "vice", "former", "acting",
      "ex");

  /**
   * The lemma of the singular person noun that is the parsed subject of the last verb before
   * pronoun {@code t}, where that subject names no person ("The shooter, a self-avowed white
   * supremacist, said he …": "shooter"); else null.
   */
  private static @Nullable String describedSubjectBefore(Map<String, Cluster> clusters,
      Sentence s, Token t) {
    List<Token> ts = s.tokens();
    int subject = -1;
    int verb = -1;
    for (org.parallax.model.nlp.Dependency d : s.dependencies()) {
      if (d.relation().equals("nsubj") && d.head() > d.dependent() && d.head() < t.index()
          && d.head() > verb) {
        subject = d.dependent();
        verb = d.head();
      }
    }
    if (subject < 0 || !ts.get(subject).pos().equals("NN")
        || !PERSON_HEADS.contains(ts.get(subject).lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int from = subject;
    while (from > 0 && ts.get(from - 1).pos().matches("DT|JJ.*|NN|POS|PRP\\$|HYPH|VBN")) {
      from--;
    }
    int begin = ts.get(from).begin();
    int end = ts.get(verb).begin();
    for (int k = from; k < verb; k++) {
      if (ts.get(k).ner().equals("PERSON")) {
        return null;
      }
    }
    for (Cluster c : clusters.values()) {
      if (c.type == EntityType.PERSON && c.mentions.stream()
          .anyMatch(m -> m.begin() >= begin && m.begin() < end)) {
        return null; // "Rep. Jim Jordan, the top Republican, said he …": him
      }
    }
    return ts.get(subject).lemma().toLowerCase(Locale.ROOT);
  }

  /**
   * The lemma of the last singular person noun that is the subject of a clause a speech verb
   * reports in sentence {@code s}, with an article and no name ("Police said the man fired at
   * officers": "man"), or null.
   */
  private static @Nullable String reportedDescribedSubject(Sentence s) {
    List<Token> ts = s.tokens();
    Map<Integer, org.parallax.model.nlp.Dependency> headOf = new HashMap<>();
    for (org.parallax.model.nlp.Dependency d : s.dependencies()) {
      headOf.put(d.dependent(), d);
    }
    String out = null;
    for (org.parallax.model.nlp.Dependency d : s.dependencies()) {
      if (!d.relation().equals("nsubj") || d.head() < 0 || d.dependent() < 1) {
        continue;
      }
      Token noun = ts.get(d.dependent());
      org.parallax.model.nlp.Dependency clause = headOf.get(d.head());
      if (noun.pos().equals("NN") && PERSON_HEADS.contains(noun.lemma().toLowerCase(Locale.ROOT))
          && ts.get(d.dependent() - 1).word().matches("(?i)the|a|an")
          && clause != null && clause.relation().equals("ccomp") && clause.head() >= 0
          && Cues.verb(ts.get(clause.head()).lemma().toLowerCase(Locale.ROOT)) != null) {
        out = noun.lemma().toLowerCase(Locale.ROOT);
      }
    }
    return out;
  }

  /** Whether "he" or "she" can stand for a person described by {@code head}. */
  private static boolean agreesWithHead(String pronoun, String head) {
    return pronoun.equals("she") ? !MALE_HEADS.contains(head) : !FEMALE_HEADS.contains(head);
  }

  private static final Set<String> MALE_HEADS = Set.of("man", "father", "son", "husband", "king",
      "prince", "spokesman");
  private static final Set<String> FEMALE_HEADS = Set.of("woman", "mother", "daughter", "wife",
      "queen", "spokeswoman");

  /** The first country the gazetteer finds among {@code tokens} by its name, or null. */
  private @Nullable String countryIn(List<Token> tokens) {
    for (Token tok : tokens) {
      Gazetteer.Form f = gazetteer.lookUp(List.of(tok.word()));
      if (f != null && f.entry().type() == EntityType.LOCATION && f.entry().country() == null
          && f.entry().metonymOf() == null) {
        return f.entry().id();
      }
    }
    return null;
  }

  /** Nouns for a person that a subject can describe someone by without naming them. */
  static final Set<String> PERSON_HEADS = Set.of("president", "minister", "leader",
      "spokesman", "spokeswoman", "spokesperson", "premier", "chancellor", "secretary",
      "ambassador", "envoy", "diplomat", "general", "commander", "chief", "official", "governor",
      "mayor", "senator", "director", "king", "queen", "prince", "pope", "man", "woman", "father",
      "mother", "son", "daughter", "wife", "husband", "lawyer", "attorney", "judge", "officer",
      // (and nouns news describes someone by and never titles them with)
      "shooter", "gunman", "attacker", "assailant", "suspect", "killer", "victim", "driver",
      "witness", "resident", "neighbor", "neighbour", "protester", "boy", "girl", "teenager");

  /**
   * If sentence {@code s} opens with a subject that describes a person without naming one
   * ("Turkey's president called for …", "The leader of Lebanon's Hezbollah group says …": the
   * noun before the first finite verb, or before an "of" ahead of it, is a person noun, and no
   * person is named there), that noun's lemma, the country the subject names (or null) and the
   * noun's tag; else null.
   */
  private String @Nullable [] describedSubject(Map<String, Cluster> clusters, Sentence s) {
    List<Token> ts = s.tokens();
    int from = subjectStart(s);
    String head = null;
    int headAt = -1;
    int end = -1;
    for (int i = from; i < ts.size(); i++) {
      Token tok = ts.get(i);
      if (tok.pos().matches("VB[DZP]|MD")) {
        end = i;
        break;
      }
      if (tok.word().equals(",") || tok.word().equalsIgnoreCase("of") && head != null) {
        // an apposition or the complement of the head: the head is known
        for (int j = i + 1; j < ts.size(); j++) {
          if (ts.get(j).pos().matches("VB[DZP]|MD")) {
            end = j;
            break;
          }
        }
        break;
      }
      if (tok.pos().startsWith("NN")) {
        head = tok.lemma().toLowerCase(Locale.ROOT);
        headAt = i;
      }
    }
    if (head == null || end < 0 || !PERSON_HEADS.contains(head)) {
      return null;
    }
    int begin = ts.get(from).begin();
    int stop = ts.get(end).begin();
    for (Cluster c : clusters.values()) {
      if (c.type == EntityType.PERSON && c.mentions.stream()
          .anyMatch(m -> m.begin() >= begin && m.begin() < stop)) {
        return null;
      }
    }
    String country = null;
    for (Token tok : ts.subList(from, end)) {
      Gazetteer.Form f = gazetteer.lookUp(List.of(tok.word()));
      if (f != null && f.kind() == Mention.Kind.DEMONYM
          && f.entry().type() != EntityType.GROUP) {
        country = f.entry().id();
      }
    }
    return new String[] {head, country != null ? country : countryIn(ts.subList(from, end)),
        ts.get(headAt).pos()};
  }

  /** Where a sentence's subject starts: its first token, or the first after an opening phrase. */
  private static int subjectStart(Sentence s) {
    List<Token> ts = s.tokens();
    boolean opener = !ts.isEmpty() && ts.get(0).pos().equals("IN");
    for (int i = 0; i < ts.size(); i++) {
      if (opener && i > 0 && ts.get(i).pos().equals("PRP") && i + 1 < ts.size()
          && ts.get(i + 1).pos().matches("VBD|VBZ|VBP|MD")
          && PRONOUNS.contains(ts.get(i).word().toLowerCase(Locale.ROOT))) {
        return i; // "Before flying back to London he told reporters": no comma after the phrase
      }
      if (opener ? ts.get(i).pos().matches("VBD|VBZ|VBP|MD")
          : ts.get(i).isVerb() || ts.get(i).pos().equals("MD")) {
        break;
      }
      if (ts.get(i).word().equals(",") && i + 1 < ts.size()) {
        return i + 1; // "On Wednesday, he said"
      }
    }
    return 0;
  }

  /**
   * The person a pronoun can stand for (as in {@link #lastPersonBefore}) named last in subject
   * position in sentence {@code s} before {@code offset}, a pronoun already resolved included.
   */
  private static @Nullable Cluster lastSubject(Map<String, Cluster> clusters, Sentence s,
      int offset, String pronoun, List<int[]> quotes) {
    List<Token> ts = s.tokens();
    if (ts.isEmpty()) {
      return null;
    }
    int from = ts.get(0).begin();
    int to = Math.min(offset, ts.get(ts.size() - 1).end());
    Cluster best = null;
    int bestAt = -1;
    Cluster woman = null;
    int womanAt = -1;
    boolean female = pronoun.equals("she") || pronoun.equals("her");
    for (Cluster c : clusters.values()) {
      if (!canBe(c, pronoun)) {
        continue;
      }
      for (Mention m : c.mentions) {
        if (m.begin() >= from && m.begin() < to && inSubjectPosition(ts, m)
            && !AttributionExtractor.insideAnyQuote(m.begin(), quotes)) {
          if (m.begin() > bestAt) {
            bestAt = m.begin();
            best = c;
          }
          if (female && m.begin() > womanAt && genderOf(c).equals("FEMALE")) {
            womanAt = m.begin();
            woman = c;
          }
        }
      }
    }
    // "Warren said Soleimani was a murderer but she said …": in one sentence, "she" is the
    // woman its subjects name rather than someone whose name says nothing of their gender (in
    // news most often a man)
    return woman != null ? woman : best;
  }

  private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "write", "ask",
      "explain", "note", "argue", "insist", "continue");

  /**
   * Whether a mention stands where a sentence's or clause's subject stands: right before a
   * finite verb (an apposition between commas and adverbs allowed: "Smith, a spokesman, also
   * said"), or right after a speech verb, titles aside ("…,” said Maggie Gallagher", "said
   * Representative Doug Collins").
   */
  static boolean inSubjectPosition(List<Token> ts, Mention m) {
    int first = -1;
    int last = -1;
    for (Token t : ts) {
      if (t.begin() >= m.begin() && t.end() <= m.end()) {
        if (first < 0) {
          first = t.index();
        }
        last = t.index();
      }
    }
    if (first < 0) {
      return false;
    }
    int verb = first - 1;
    while (verb > 0 && isTitle(ts.get(verb))) {
      verb--; // "said Representative Doug Collins"
    }
    if (verb >= 0 && verb < first && ts.get(verb).isVerb()
        && SPEECH_VERBS.contains(ts.get(verb).lemma().toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (first == 0 && last + 1 < ts.size() && ts.get(last + 1).pos().equals("POS")) {
      return true; // "Erdogan's first comments came in an interview. He says …": whose they are
    }
    int k = last + 1;
    if (k < ts.size() && ts.get(k).word().equals(",")) {
      int after = k + 1;
      while (after < ts.size() && ts.get(after).pos().startsWith("RB")) {
        after++;
      }
      if (first > 1 && ts.get(first - 1).word().equals(",")
          && ts.get(first - 2).pos().startsWith("NN") && !hasVerbBefore(ts, first - 1)
          && after < ts.size() && ts.get(after).pos().matches("VB[DZP]|MD")) {
        return true; // an apposition to the subject: "The foreign minister, Irina Vaskova, said"
      }
      int close = -1;
      // an apposition up to 16 words, with no finite verb ("Jeffrey Eggers, a retired Navy SEAL
      // and White House staffer for Bush and Obama, told interviewers")
      for (int j = k + 1; j < Math.min(ts.size(), k + 18); j++) { // the comma after 16 words
        if (ts.get(j).word().equals(",")) {
          close = j;
          break;
        }
        if (j >= k + 10 && ts.get(j).pos().matches("VB[DZP]|MD")) {
          break;
        }
      }
      if (close < 0) {
        return false;
      }
      k = close + 1;
    }
    k = afterADay(ts, k);
    while (k < ts.size() && ts.get(k).pos().startsWith("RB")) {
      k++;
    }
    return k < ts.size() && ts.get(k).pos().matches("VB[DZP]|MD");
  }

  /**
   * The token after a day that stands between a subject and its verb at token {@code k} ("Mr.
   * Sanders on Wednesday vowed", "Trump Tuesday night said"), or {@code k} when there is none.
   */
  private static int afterADay(List<Token> ts, int k) {
    int at = k < ts.size() && ts.get(k).word().equalsIgnoreCase("on") ? k + 1 : k;
    if (at >= ts.size() || !DAYS.matcher(ts.get(at).word()).matches()) {
      return k;
    }
    at++;
    if (at < ts.size() && ts.get(at).word().matches("(?i)morning|afternoon|evening|night")) {
      at++;
    }
    return at;
  }

  /** Whether a verb stands before token {@code end}: "The gunman who shot the mayor, …". */
  private static boolean hasVerbBefore(List<Token> ts, int end) {
    for (int i = 0; i < end; i++) {
      if (ts.get(i).isVerb() || ts.get(i).pos().equals("MD")) {
        return true;
      }
    }
    return false;
  }

  private static boolean canBe(Cluster c, String pronoun) {
    // a lone word the tagger called a person is too often a place ("Kessel said"), unless a
    // title names the person ("King Aurel", "Ms Vasko")
    return c.type == EntityType.PERSON && (c.entry != null || c.name.strip().contains(" ")
        || !c.gender.isEmpty() || c.roles.stream().anyMatch(PERSON_HEADS::contains))
        && agrees(pronoun, c);
  }

  /** Roles of an elected politician a party's member is described as. */
  private static final Set<String> LEGISLATORS = Set.of("senator", "representative",
      "congressman", "congresswoman", "lawmaker", "governor", "whip", "senate minority leader",
      "senate majority leader", "senate republican leader", "house speaker", "majority leader",
      "minority leader");
  /** Titles before a name that make its bearer a politician: "Sen.", "Rep.", "Gov.". */
  private static final Set<String> LEGISLATOR_TITLES = Set.of("sen", "senator", "rep",
      "representative", "gov", "governor", "congressman", "congresswoman", "whip", "lawmaker");
  /** Roles of a head of government, whom a state's name before the party's word rules out. */
  private static final Set<String> EXECUTIVES = Set.of("president", "vice president",
      "us president", "former president", "president-elect");

  /**
   * Whether a word between the determiner and the party's noun at {@code i} is a name: "the
   * South Carolina Republican", "the Senate's top Republican" (a state's or a chamber's member,
   * not a president).
   */
  private static boolean stated(List<Token> t, int i) {
    for (int k = i - 1; k > 0 && t.get(k).pos().matches("JJ.*|NNP.*|HYPH|VBN|POS"); k--) {
      if (t.get(k).pos().startsWith("NNP")) {
        return true; // a state's or a chamber's name: "the Senate's top Republican"
      }
    }
    return false;
  }

  /**
   * The politician a party's noun describes: the last person before {@code offset}, in its
   * sentence or the three before and outside quotation marks, whom a title ("Sen.", "Rep.",
   * "House Minority Whip"), a role the gazetteer or the text gives ("senator", "governor") or,
   * with no state named, a president's role makes one, and whom no tag puts in the other party.
   * Null when none is.
   */
  private static @Nullable Cluster politicianBefore(Map<String, Cluster> clusters,
      Map<Integer, String> entityAt, List<Sentence> sentences, Sentence s, int offset,
      boolean stated, String party, List<int[]> quotes) {
    Cluster best = null;
    for (int k = Math.max(0, s.index() - 3); k <= s.index(); k++) {
      List<Token> ts = sentences.get(k).tokens();
      for (int j = 0; j < ts.size() && ts.get(j).begin() < offset; j++) {
        String id = entityAt.get(ts.get(j).begin());
        Cluster c = id == null ? null : clusters.get(id);
        if (c == null || c.type != EntityType.PERSON
            || c.country != null && !c.country.equals("united-states")
            || AttributionExtractor.insideAnyQuote(ts.get(j).begin(), quotes)) {
          continue; // (a party of the United States: not Iran's supreme leader)
        }
        String before = j > 0 ? ts.get(j - 1).word().toLowerCase(Locale.ROOT).replace(".", "")
            : "";
        boolean executive = c.roles.stream().anyMatch(EXECUTIVES::contains);
        boolean legislator = LEGISLATOR_TITLES.contains(before)
            || c.roles.stream().anyMatch(LEGISLATORS::contains);
        if ((legislator && !(stated && executive) || !stated && executive)
            && !otherParty(ts, j, id, party, entityAt)) {
          best = c;
        }
      }
    }
    return best;
  }

  /**
   * Whether the person {@code id} named from token {@code j} carries the tag of a party other
   * than {@code party} right after the name ("Rep. Ann Lee (D-Calif.)" is no Republican).
   */
  private static boolean otherParty(List<Token> ts, int j, String id, String party,
      Map<Integer, String> entityAt) {
    int k = j;
    while (k + 1 < ts.size() && id.equals(entityAt.get(ts.get(k + 1).begin()))) {
      k++;
    }
    for (int n = k + 1; n < ts.size() && n <= k + 3; n++) {
      String tag = entityAt.get(ts.get(n).begin());
      if (tag != null && tag.matches("republican-party|democratic-party")) {
        return !tag.equals(party);
      }
    }
    return false;
  }

  /**
   * Whether the role or party word at token {@code i} is named in an apposition: its phrase (a
   * complement of up to six words: "on the panel", "of the committee") ends at a comma after
   * which, titles aside, a person's name follows ("The top Republican on the panel, Rep. Devin
   * Nunes of California, said"). The name says who it is; the role is no one named before.
   */
  private static boolean namedInApposition(List<Token> t, int i) {
    int k = i + 1;
    while (k < t.size() && k <= i + 6 && t.get(k).pos().matches("IN|DT|JJ.*|NN.*|POS|CC")
        && !t.get(k).word().equals(",")) {
      k++;
    }
    if (k >= t.size() || !t.get(k).word().equals(",")) {
      return false;
    }
    k++;
    while (k < t.size() && isTitle(t.get(k))) {
      k++;
    }
    if (k + 1 >= t.size() || !t.get(k).ner().equals("PERSON") || !t.get(k).pos().startsWith("NNP")) {
      return false;
    }
    while (k < t.size() && t.get(k).ner().equals("PERSON")) {
      k++;
    }
    // not a speaker's tag: "Trump removed the ambassador, Sondland testified"
    return k >= t.size() || !t.get(k).isVerb();
  }

  /**
   * Whether token {@code i} is "Republican" or "Democrat" used of one person: a noun that heads
   * its phrase after "the", "this", "that" or a possessive ("the South Carolina Republican
   * said", "the Senate's top Republican") — not the party's adjective ("Republican senators",
   * "the Republican Party", "a Republican-led House").
   */
  static boolean partisan(List<Token> t, int i) {
    if (i < 1 || !t.get(i).word().matches("Republican|Democrat") || partOfAnotherName(t, i, i)) {
      return false; // (not "the Liberal Democrat", "a Social Democrat": another party's)
    }
    // "the", "this", "that" or a possessive before it, adjectives and names between ("The
    // hawkish South Carolina Republican", "the Senate's top Republican"); not "no Republican",
    // "a fellow Republican", "every Democrat"
    int k = i - 1;
    while (k > 0 && t.get(k).pos().matches("JJ.*|NNP.*|HYPH|VBN")) {
      k--;
    }
    Token det = t.get(k);
    if (!(det.word().matches("(?i)the|this|that") || det.pos().matches("POS|PRP\\$"))) {
      return false;
    }
    if (i + 1 >= t.size()) {
      return true;
    }
    Token next = t.get(i + 1);
    Token then = i + 2 < t.size() ? t.get(i + 2) : null;
    // (not "his Republican and Democratic predecessors", "the Republican, Democratic and Green
    // parties"; nor "the committee's top Democrat, Rep. Ann Lee," whose name follows)
    boolean listOrName = then != null && next.word().matches(",|and|or")
        && (then.word().matches("Republican|Democratic|Democrat|Green|Libertarian")
            || next.word().equals(",") && then.pos().startsWith("NNP"));
    return !next.pos().matches("NN.*|JJ.*|HYPH|CD|POS") && !next.word().matches("-|–")
        && !listOrName;
  }

  /** Whether a pronoun can stand for a person: by a gendered title, else the first name. */
  private static boolean agrees(String pronoun, Cluster c) {
    if (c.gender.isEmpty() || c.gender.equals("BOTH")) {
      return agrees(pronoun, c.name);
    }
    String p = pronoun.toLowerCase(Locale.ROOT);
    return c.gender.equals(p.equals("he") || p.equals("him") ? "MALE" : "FEMALE");
  }

  /** "MALE" or "FEMALE" when a person's title or first name says so, else "". */
  private static String genderOf(Cluster c) {
    return c.gender.isEmpty() || c.gender.equals("BOTH") ? genderOf(c.name) : c.gender;
  }

  /**
   * The person a pronoun most likely means: the last one mentioned before it, among persons the
   * gazetteer knows, that the text names with at least two words or with a title (a lone
   * capitalised word that the tagger called a person is too often a place: "Kessel said").
   */
  private static @Nullable Cluster lastPersonBefore(Map<String, Cluster> clusters, int offset,
      String pronoun, List<int[]> quotes) {
    Cluster best = null;
    int bestAt = -1;
    for (Cluster c : clusters.values()) {
      if (!canBe(c, pronoun)) {
        continue; // "she" is not Donald Trump
      }
      for (Mention m : c.mentions) {
        if (m.kind() != Mention.Kind.PRONOUN && m.begin() < offset && m.begin() > bestAt
            && !AttributionExtractor.insideAnyQuote(m.begin(), quotes)) {
          bestAt = m.begin();
          best = c;
        }
      }
    }
    return best;
  }

  /**
   * The person "the {@code role}" means: the last holder named before {@code offset} (of that
   * country, where one is given). "The president" is the last one named from {@code localFrom}
   * (three sentences before) on, else the one named most often before it: in a story about one
   * president, presidents recalled in passing ("the Clinton impeachment") are not whom a later
   * "the president" means.
   */
  private static @Nullable Cluster lastWithRole(Map<String, Cluster> clusters, String role,
      @Nullable String countryId, int offset, int localFrom) {
    Cluster best = null;
    int bestAt = -1;
    Cluster salient = null;
    int salientCount = 0;
    int salientAt = -1;
    for (Cluster c : clusters.values()) {
      boolean hasRole = c.roles.stream().anyMatch(r -> r.equals(role)
          || r.endsWith(" " + role) && !OTHER_HOLDER.contains(r.split(" ")[0]));
      if (!hasRole || (countryId != null && !countryId.equals(c.country))
          || c.otherOffice.stream().anyMatch(r -> r.equals(role) || r.endsWith(" " + role))
              && c.titledAs.stream().noneMatch(r -> r.equals(role) || r.endsWith(" " + role))) {
        continue; // "Vice President Joe Biden", and nowhere "President Biden"
      }
      int count = 0;
      int at = -1;
      for (Mention m : c.mentions) {
        if (m.begin() < offset && m.kind() != Mention.Kind.PRONOUN
            && m.kind() != Mention.Kind.ROLE) {
          count++;
          at = Math.max(at, m.begin());
        }
        if (m.begin() < offset && m.begin() > bestAt) {
          bestAt = m.begin();
          best = c;
        }
      }
      if (count > salientCount || count == salientCount && count > 0 && at > salientAt) {
        salient = c;
        salientCount = count;
        salientAt = at;
      }
    }
    if (role.equals("president") && bestAt < localFrom) {
      return salient;
    }
    return best;
  }

  /** Words for a business that "the …" uses for the company a text is about. */
  private static final Set<String> COMPANY_WORDS = Set.of("company", "firm");
  /** Words for a state that "the …" uses for the country a text is about. */
  private static final Set<String> COUNTRY_WORDS = Set.of("country", "nation");

  /**
   * The organisation "the {@code head}" stands for: the last one named before it whose name ends
   * in that word ("the Labor Department" … "the department", "the Turkish Defence Ministry" …
   * "the ministry"); for "the company" or "the firm", the last organisation named before it in
   * its sentence or in subject position in the three before ("Nokia said … the company said"),
   * whatever its name ends in; for "the country" or "the nation", the last country named so ("Serbia wants to
   * join the EU. The country has pledged …"). Null when none is.
   */
  private static @Nullable Cluster organisationNamed(Map<String, Cluster> clusters,
      List<Sentence> sentences, Sentence s, String head, int offset) {
    Cluster best = null;
    int bestAt = -1;
    boolean company = COMPANY_WORDS.contains(head);
    boolean country = COUNTRY_WORDS.contains(head);
    int firstSentence = Math.max(0, s.index() - 3);
    for (Cluster c : clusters.values()) {
      boolean isCountry = c.type == EntityType.LOCATION && c.entry != null
          && c.entry.country() == null && c.entry.metonymOf() == null;
      if (country ? !isCountry : c.type != EntityType.ORGANIZATION) {
        continue;
      }
      String[] words = c.name.toLowerCase(Locale.ROOT).split("\\s+");
      // "Unit 44" … "the unit": a designated name's head is the word before its number
      boolean numbered = words.length > 1 && words[words.length - 1].matches("\\d+");
      int end = numbered ? words.length - 1 : words.length;
      boolean endsInHead = !country && (numbered || end > 1) && words[end - 1].equals(head);
      if (!endsInHead && !company && !country) {
        continue;
      }
      for (Mention m : c.mentions) {
        if (m.begin() >= offset || m.begin() <= bestAt || m.kind() == Mention.Kind.PRONOUN) {
          continue;
        }
        if (!endsInHead) {
          // named earlier in the same sentence ("Incyte's stock slumped after the company
          // said"), or as a subject in the three before
          Sentence in = sentenceAt(sentences, m.begin());
          if (in == null || in.index() < firstSentence
              || in.index() != s.index() && !inSubjectPosition(in.tokens(), m)) {
            continue;
          }
        }
        bestAt = m.begin();
        best = c;
      }
    }
    return best;
  }

  /** The sentence holding character {@code offset}, or null. */
  static @Nullable Sentence sentenceAt(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (s.begin() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }

  /**
   * "Clinton Benghazi Hearings …" then "Hillary Rodham Clinton": a surname named before the full
   * name (a headline's, a lead's) is the one person the article names in full with that surname,
   * when titles do not say otherwise; its mentions join that person.
   */
  private static void surnameFirst(Map<String, Cluster> clusters, Map<Integer, String> entityAt) {
    Map<String, Cluster> full = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (Cluster c : clusters.values()) {
      String[] parts = withoutHonorific(foldPerson(c.name)).split(" ");
      if (c.type == EntityType.PERSON && parts.length > 1) {
        String surname = parts[parts.length - 1];
        if (full.putIfAbsent(surname, c) != null) {
          shared.add(surname);
        }
      }
    }
    for (java.util.Iterator<Cluster> it = clusters.values().iterator(); it.hasNext(); ) {
      Cluster c = it.next();
      String key = withoutHonorific(foldPerson(c.name));
      // "Mr. Johnson", the tagger's name with its title, is the surname wherever it stands
      boolean titled = !key.equals(foldPerson(c.name));
      Cluster owner = full.get(key);
      if (c.type != EntityType.PERSON || c.entry != null || key.contains(" ") || owner == null
          || owner == c || shared.contains(key)
          || c.gender.equals("BOTH") // a couple: which one is unknown
          || !c.gender.isEmpty() && !genderOf(owner).isEmpty()
              && !c.gender.equals(genderOf(owner))
          || c.mentions.isEmpty() || owner.mentions.isEmpty()
          || !titled && c.mentions.get(0).begin() > owner.mentions.get(0).begin()) {
        continue;
      }
      if (owner.gender.isEmpty()) {
        owner.gender = c.gender; // "Mr Okonkwo" before "Chidi Okonkwo"
      }
      for (Mention m : c.mentions) {
        owner.mentions.add(m);
        entityAt.put(m.begin(), owner.id);
      }
      owner.roles.addAll(c.roles.stream().filter(r -> !owner.roles.contains(r)).toList());
      it.remove();
    }
  }

  /** A folded name without the courtesy title before it: "mr johnson" → "johnson". */
  private static String withoutHonorific(String folded) {
    return folded.replaceFirst("^(?:mr|mrs|ms|miss|dr|sir|dame|prof)\\.?\\s+(?=\\S)", "");
  }

  /** Roles whose holders (present or past) news names by the surname alone: "Obama said". */
  private static final Set<String> KNOWN_BY_SURNAME = Set.of("president", "president-elect",
      "prime minister", "chancellor", "king", "queen", "pope", "supreme leader", "emir",
      "crown prince", "secretary-general", "vice president");

  /**
   * A known person the article names only by the surname — no given name, no title before it,
   * none of the person's roles anywhere in the text, and not a head of state or government — is
   * a namesake: "Katz tells her colleagues" in a story about a banker is not Israel's foreign
   * minister. Such mentions join the one person the article names in full with that surname
   * ("Chris Wallace … Wallace said"), else become a person of that surname. A role in the text
   * confirms the known person; a role news names by the surname alone does only where the article
   * names no one else of that surname in full ("District Attorney Cyrus Vance … Vance said" is not
   * the vice president). (A former president's namesake stays the president: "Medvedev" in a
   * tennis report that never names Daniil Medvedev in full.)
   */
  private static void namesakes(ParsedText parsed, Map<String, Cluster> clusters,
      Map<Integer, String> entityAt) {
    String words = " " + parsed.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ")
        + " ";
    Map<Integer, Token> before = new HashMap<>();
    for (Sentence s : parsed.sentences()) {
      for (int i = 1; i < s.tokens().size(); i++) {
        before.put(s.tokens().get(i).begin(), s.tokens().get(i - 1));
      }
    }
    for (Cluster c : List.copyOf(clusters.values())) {
      if (c.type != EntityType.PERSON || c.entry == null || c.mentions.isEmpty()) {
        continue;
      }
      boolean roleInText = c.entry.roles().stream()
          .anyMatch(r -> words.contains(" " + r.replaceAll("[^\\p{L}]+", " ") + " "));
      boolean knownBySurname = c.entry.roles().stream()
          .anyMatch(r -> KNOWN_BY_SURNAME.contains(r.replaceAll("^(former|us|u\\.s\\.) ", "")));
      boolean corroborated = false; // by one of its mentions
      for (Mention m : c.mentions) {
        Token prev = before.get(m.begin());
        // a name of several words or a hyphenated one ("al-Baghdadi", "Ocasio-Cortez") is the
        // person's own
        corroborated |= m.kind() != Mention.Kind.SHORT || m.text().matches(".*[ \\-].*")
            || prev != null && (ROLE_HEADS.contains(prev.word().toLowerCase(Locale.ROOT))
                || HONORIFIC.matcher(prev.word()).matches()
                    && !prev.word().matches("(Mr|Mrs|Ms|Dr|Sir|Dame)\\.?")); // "Gov. DeSantis"
      }
      if (corroborated) {
        continue;
      }
      String name = c.mentions.get(0).text();
      String surname = foldPerson(name);
      Cluster named = null;
      int owners = 0;
      for (Cluster o : clusters.values()) {
        String[] parts = foldPerson(o.name).split(" ");
        if (o != c && o.type == EntityType.PERSON && parts.length > 1
            && parts[parts.length - 1].equals(surname)) {
          named = o;
          owners++;
        }
      }
      if (roleInText || knownBySurname && (owners != 1 || named == null
          || sameGivenName(foldPerson(named.name).split(" ")[0], c.entry))) {
        // a role the text names confirms the known person ("Ivanka Trump … the president …
        // Trump said"); one news names by the surname alone does too, unless the article names
        // someone else of that surname in full: "Manhattan District Attorney Cyrus Vance …
        // Vance's criminal probe" is not the vice president. One with the known person's given
        // name is they, spelt otherwise ("Abdel Fattah-al Sisi")
        continue;
      }
      Cluster namesake = owners == 1 ? named
          : clusters.computeIfAbsent(slug(EntityType.PERSON, surname),
              k -> new Cluster(k, name, EntityType.PERSON, null));
      for (Mention m : c.mentions) {
        namesake.mentions.add(m);
        entityAt.put(m.begin(), namesake.id);
      }
      namesake.lastSentence = Math.max(namesake.lastSentence, c.lastSentence);
      clusters.remove(c.id);
    }
  }

  /**
   * The one person named before in full whose given name is {@code given} ("Heidi" after "Heidi
   * Cruz"), or null when there is none or more than one.
   */
  private static @Nullable Cluster byGivenName(java.util.Collection<Cluster> clusters,
      String given) {
    Cluster found = null;
    for (Cluster o : clusters) {
      String[] parts = foldPerson(o.name).split(" ");
      if (o.type == EntityType.PERSON && parts.length > 1 && parts[0].equals(given)) {
        if (found != null) {
          return null;
        }
        found = o;
      }
    }
    return found;
  }

  /**
   * "Mrs. Trump" beside Donald and Melania Trump, "Mr. Clinton" beside Hillary and Bill: a surname
   * after a title of the other gender than the person it would stand for is the person of that
   * gender the article names in full with that surname, last named first — if there is one.
   */
  private static Cluster titledNamesake(Sentence s, Found f, Cluster c,
      java.util.Collection<Cluster> clusters) {
    String g = f.firstToken() > 0 ? titleGender(s.tokens().get(f.firstToken() - 1).word()) : "";
    if (g.isEmpty() || genderOf(c).isEmpty() || genderOf(c).equals(g)) {
      return c;
    }
    String surname = foldPerson(f.mention().text());
    Cluster best = null;
    int bestAt = -1;
    boolean bestAgrees = false; // one whose gender is known to agree beats one whose is unknown
    for (Cluster o : clusters) {
      String[] parts = foldPerson(o.name).split(" ");
      if (o == c || o.type != EntityType.PERSON || parts.length < 2
          || !parts[parts.length - 1].equals(surname)
          || !genderOf(o).equals(g) && !genderOf(o).isEmpty()) {
        continue;
      }
      boolean agrees = genderOf(o).equals(g);
      for (Mention m : o.mentions) {
        if (m.begin() < f.mention().begin()
            && (agrees && !bestAgrees || agrees == bestAgrees && m.begin() > bestAt)) {
          bestAt = m.begin();
          best = o;
          bestAgrees = agrees;
        }
      }
    }
    return best != null ? best : c;
  }

  /** Titles and honorifics that say a person is a man. */
  private static final Set<String> MALE_TITLES = Set.of("mr", "mr.", "sir", "king", "prince",
      "lord", "duke", "emperor", "sultan", "sheikh", "spokesman", "chairman", "congressman",
      "businessman", "monsieur", "herr", "señor", "senor");
  /** Titles and honorifics that say a person is a woman. */
  private static final Set<String> FEMALE_TITLES = Set.of("mrs", "mrs.", "ms", "ms.", "miss",
      "dame", "lady", "queen", "princess", "duchess", "empress", "spokeswoman", "chairwoman",
      "congresswoman", "businesswoman", "madame", "mme", "mme.", "frau", "señora", "senora");

  /** "MALE" or "FEMALE" for a title or honorific that has a gender ("Mrs.", "King"), else "". */
  private static String titleGender(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return MALE_TITLES.contains(w) ? "MALE" : FEMALE_TITLES.contains(w) ? "FEMALE" : "";
  }

  /**
   * Titles written before a name ("Foreign Minister Sergey Lavrov") become its roles, and a title
   * or honorific that has a gender ("King Aurel II", "Ms Vasko", "spokeswoman Nadia Fersen") gives
   * the person that gender, whatever the first name suggests.
   */
  private void titleRoles(Sentence s, Found f, Cluster c) {
    if (c.type != EntityType.PERSON) {
      return;
    }
    StringBuilder title = new StringBuilder();
    List<String> added = new ArrayList<>();
    for (int i = f.firstToken() - 1; i >= 0 && i >= f.firstToken() - 4; i--) {
      String w = s.tokens().get(i).word().toLowerCase(Locale.ROOT);
      String g = titleGender(w);
      if (!g.isEmpty()) {
        // a title before the given name is the person's own ("King Aurel", whom CoreNLP's list
        // of names calls a woman); before a surname alone it may be a namesake's: "Mrs. Smith"
        // (the widow) joined to John Smith, "Mr. Trump" and "Mrs. Trump" clustered by surname —
        // titles that disagree with each other or with the name then say nothing
        String byName = f.mention().text().strip().split("\\s+")[0]
            .equalsIgnoreCase(c.name.strip().split("\\s+")[0]) ? "" : genderOf(c.name);
        c.gender = (c.gender.isEmpty() || c.gender.equals(g)) && (byName.isEmpty()
            || byName.equals(g)) ? g : "BOTH";
      }
      if (!ROLE_WORDS.contains(w)) {
        String held = title.toString().strip();
        if (!held.isEmpty() && (OTHER_HOLDER.contains(w.replaceAll("^then-", ""))
            || held.equals("president") && s.tokens().get(i).pos().startsWith("NNP")
                && !countryWord(s.tokens(), i))) {
          // "Vice President Joe Biden", "former President Obama": another office than the one
          // "the president" means (whatever the gazetteer lists them with, unless the text
          // also titles them plainly); "March for Life President Jeanne Mancini": an
          // organisation's
          added.forEach(c.titledAs::remove);
          c.otherOffice.add(held);
          if (OTHER_HOLDER.contains(w.replaceAll("^then-", ""))) {
            c.roles.add(w + " " + held);
          }
        }
        break;
      }
      title.insert(0, w + " ");
      String role = title.toString().strip();
      if (!c.titledAs.contains(role)) {
        c.titledAs.add(role);
        added.add(role);
      }
      if (!c.roles.contains(role)) {
        c.roles.add(role);
      }
      String[] parts = role.split(" ");
      if (!c.roles.contains(parts[parts.length - 1])) {
        c.roles.add(parts[parts.length - 1]);
      }
    }
  }

  /**
   * Whether the words ending at token {@code i} before a title name a country or its people:
   * "U.S. President", "Ukrainian", "El Salvador President".
   */
  private boolean countryWord(List<Token> tokens, int i) {
    for (int n = 1; n <= 3 && i - n + 1 >= 0; n++) {
      List<String> words = new ArrayList<>();
      for (int k = i - n + 1; k <= i; k++) {
        words.add(tokens.get(k).word());
      }
      Gazetteer.Form f = gazetteer.lookUp(words);
      if (f != null && (f.kind() == Mention.Kind.DEMONYM
          || f.entry().type() == EntityType.LOCATION && f.entry().country() == null)) {
        return true;
      }
    }
    return false;
  }

  /** Whether name particles start at token {@code i} and a capitalised word ends them. */
  private static boolean opensName(List<Token> tokens, int i) {
    int k = i;
    while (k < tokens.size() && k < i + 3 && PARTICLES.contains(tokens.get(k).word())) {
      k++;
    }
    return k > i && k < tokens.size() && !tokens.get(k).word().isEmpty()
        && Character.isUpperCase(tokens.get(k).word().charAt(0));
  }

  /**
   * "Georgia" in an article that names other American states or cities (not the capital, which
   * news of the Caucasus names too) and nothing of the Caucasus (a place of the country, or a
   * word such as "Abkhazia") is the American state: 918 times in the AllSides articles, which
   * never name Tbilisi.
   */
  private void usGeorgia(List<Found> found) {
    Gazetteer.Entry state = gazetteer.entry("georgia-us-state");
    if (state == null || found.stream().noneMatch(f -> f.entry() != null
        && f.entry().id().equals("georgia"))) {
      return;
    }
    boolean american = false;
    for (Found f : found) {
      Gazetteer.Entry e = f.entry();
      if (e == null) {
        if (CAUCASUS.matcher(f.mention().text()).find()) {
          return;
        }
        continue;
      }
      if ("georgia".equals(e.country()) || CAUCASUS.matcher(f.mention().text()).find()) {
        return;
      }
      american |= e.type() == EntityType.LOCATION && "united-states".equals(e.country())
          && e.metonymOf() == null;
    }
    if (!american) {
      return;
    }
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      if (f.entry() != null && f.entry().id().equals("georgia")) {
        found.set(i, new Found(f.sentence(), f.firstToken(), f.lastToken(), new Mention(
            f.mention().begin(), f.mention().end(), f.mention().text(), f.mention().kind(), null),
            Gazetteer.key(state.name(), false), state.type(), state));
      }
    }
  }

  /** Names only news of the Caucasus uses. */
  private static final java.util.regex.Pattern CAUCASUS = java.util.regex.Pattern.compile(
      "Abkhaz|Ossetia|Caucasus|Saakashvili|Batumi|Kutaisi|Kobakhidze|Zourabichvili|Ivanishvili"
          + "|Georgian Dream");

  /** A name, then a verb of saying, after a quotation's closing mark: its speaker's tag. */
  private static final java.util.regex.Pattern TAG_AFTER = java.util.regex.Pattern.compile(
      "^[,\\s]*(?:(?:said|says|added|told|wrote|asked|continued|explained)\\s+)?"
          + "(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})"
          + "(?:\\s+(?:said|says|added|told|wrote|asked|continued|explained)\\b)?");

  /**
   * The id of the cluster that speaks the quotation holding {@code offset}, by its tag right
   * after the closing mark ("“…,” Cuomo said", "“…,” said Cuomo"), or null.
   */
  private static @Nullable String quotationSpeaker(String text, int offset, List<int[]> quotes,
      Map<Integer, String> entityAt) {
    for (int[] q : quotes) {
      if (q[0] < offset && offset < q[1]) {
        java.util.regex.Matcher m = TAG_AFTER.matcher(text).region(q[1],
            Math.min(text.length(), q[1] + 80));
        if (!m.lookingAt() || m.group(0).strip().equals(m.group(1))) {
          return null; // a name with no verb of saying beside it is no tag
        }
        for (int c = m.start(1); c < m.end(1); c++) {
          String id = entityAt.get(c);
          if (id != null) {
            return id;
          }
        }
        return null;
      }
    }
    return null;
  }

  /** A compass word before a place: "Southern California", "West Texas". */
  private static final java.util.regex.Pattern COMPASS = java.util.regex.Pattern.compile(
      "(?:South|North|East|West|Central)(?:ern)?");

  /** Words only sports pages use often: on them a city's name is its team's. */
  private static final Set<String> SPORTS_WORDS = Set.of("baseball", "basketball", "hockey",
      "soccer", "league", "inning", "innings", "pitcher", "homer", "homered", "touchdown",
      "quarterback", "playoff", "playoffs", "standings", "nba", "nfl", "nhl", "mlb",
      "goalkeeper", "halftime", "half-time", "striker", "midfielder");

  /**
   * Whether an article reads as a sports page: two different {@link #SPORTS_WORDS} written in
   * lower case or in capitals (not in a name's title case: "the Arab League", "the National
   * League for Democracy").
   */
  private static boolean sportsPage(ParsedText parsed) {
    Set<String> seen = new HashSet<>();
    for (Sentence s : parsed.sentences()) {
      for (Token t : s.tokens()) {
        String w = t.word();
        String lower = w.toLowerCase(Locale.ROOT);
        if (SPORTS_WORDS.contains(lower)
            && (w.equals(lower) || w.equals(w.toUpperCase(Locale.ROOT))) && seen.add(lower)
            && seen.size() >= 2) {
          return true;
        }
      }
    }
    return false;
  }

  private void gazetteerMatches(String text, Sentence s, List<Found> found, boolean[] covered,
      boolean[] inPersonName, Set<String> surnames, boolean sports) {
    List<Token> tokens = s.tokens();
    int i = 0;
    while (i < tokens.size()) {
      Gazetteer.Form best = null;
      int bestLen = 0;
      String word = tokens.get(i).word();
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) && !opensName(tokens, i)) {
        i++; // forms are matched from a capitalised word, or a name's particle ("bin Laden")
        continue;
      }
      int tagEnd = partyTagEnd(tokens, i);
      if (tagEnd >= 0) {
        // "Rep. Ana Ruiz (D-Calif.)": the party a member's tag names, not a place
        Gazetteer.Entry party = gazetteer.entry(word.startsWith("D") ? "democratic-party"
            : "republican-party");
        if (party != null) {
          Token a = tokens.get(i);
          Token b = tokens.get(tagEnd);
          found.add(new Found(s.index(), i, tagEnd, new Mention(a.begin(), b.end(),
              text.substring(a.begin(), b.end()), Mention.Kind.SHORT, null),
              Gazetteer.key(party.name(), false), party.type(), party));
          for (int k = i; k <= tagEnd; k++) {
            covered[k] = true;
          }
          i = tagEnd + 1;
          continue;
        }
      }
      for (int n = Math.min(gazetteer.longestForm() + 2, tokens.size() - i); n >= 1; n--) {
        List<String> words = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
          words.add(tokens.get(i + k).word());
        }
        Gazetteer.Form f = gazetteer.lookUp(words);
        if (f != null) {
          best = f;
          bestLen = n;
          break;
        }
      }
      if (best != null && bestLen == 1 && best.entry().roles().contains("political party")
          && partisan(tokens, i)) {
        // "the South Carolina Republican said": a member, resolved as a role below (and no
        // part of a name the tagger may run over it: "the New York Democrat")
        covered[i] = true;
        i++;
        continue;
      }
      if (best != null && best.entry().roles().contains("political party")
          && partOfAnotherName(tokens, i, i + bestLen - 1)) {
        best = null; // "Social Democrats", "the Labour Ministry": another party, another body
      }
      if (best != null && i > 0 && !covered[i - 1] && best.entry().type()
          == EntityType.ORGANIZATION && !best.entry().roles().contains("political party")
          && (tokens.get(i - 1).pos().startsWith("NNP") || i > 1
              && tokens.get(i - 1).pos().matches("IN|TO")
              && tokens.get(i - 2).pos().startsWith("NNP")
              && tokens.get(i - 2).ner().equals("ORGANIZATION"))
          && tokens.get(i - 1).ner().equals("ORGANIZATION")
          && tokens.get(i).ner().equals("ORGANIZATION")) {
        // "Federal Security Council" is not the UN's "Security Council", nor "Freedom From
        // Facebook" Facebook (parties have their own rule above: "Senate Democrats" are
        // Democrats)
        best = null;
      }
      if (best != null && i > 0 && !covered[i - 1] && best.entry().type() == EntityType.LOCATION
          && (tokens.get(i - 1).pos().startsWith("NNP") || tokens.get(i - 1).pos().equals("NNS")
              && Character.isUpperCase(tokens.get(i - 1).word().charAt(0)))
          && tokens.get(i - 1).ner().equals("ORGANIZATION")
          && tokens.get(i).ner().equals("ORGANIZATION")
          && !(COMPASS.matcher(tokens.get(i - 1).word()).matches()
              && (i + bestLen >= tokens.size()
                  || !tokens.get(i + bestLen).ner().equals("ORGANIZATION")))) {
        // (not a region of it, "Southern California", which the tagger may take for a name)
        best = null; // "MG Motor India", "Spartak Moscow", "Radio Free Europe": a name's place
      }
      if (best != null && best.entry().type() == EntityType.LOCATION
          && best.entry().country() != null && i + bestLen < tokens.size()
          && !covered[i + bestLen] && tokens.get(i + bestLen - 1).ner().equals("ORGANIZATION")
          && tokens.get(i + bestLen).ner().equals("ORGANIZATION")
          && tokens.get(i + bestLen).pos().startsWith("NNP")) {
        best = null; // "Houston Rockets", "Ohio State", "Moscow Times": a name's first place
      }
      if (best != null && sports && best.entry().type() == EntityType.LOCATION
          && best.entry().country() != null && best.entry().metonymOf() == null
          && tokens.get(i).ner().equals("ORGANIZATION")) {
        best = null; // on a sports page, "CHICAGO 4 Houston 3": the teams, as the tagger says
      }
      int of = i > 0 && COMPASS.matcher(tokens.get(i - 1).word()).matches() ? i - 2 : i - 1;
      if (best != null && best.entry().type() == EntityType.LOCATION
          && best.entry().country() != null && of > 0 && !covered[of - 1]
          && tokens.get(of).word().equals("of")
          && tokens.get(of - 1).pos().startsWith("NNP")
          && tokens.get(of - 1).ner().equals("ORGANIZATION")
          && tokens.get(i).ner().equals("ORGANIZATION")) {
        best = null; // "the University of (Southern) Mississippi": the name's place
      }
      if (best != null && best.entry().type() == EntityType.LOCATION
          && best.entry().country() != null && best.entry().metonymOf() == null
          && i + bestLen < tokens.size() && !covered[i + bestLen]
          && !tokens.get(i).ner().equals("O")
          && (tokens.get(i + bestLen).pos().startsWith("NNP")
              && tokens.get(i + bestLen).ner().equals(tokens.get(i).ner())
              && !OUTLET_WORDS.contains(tokens.get(i + bestLen).word())
              || joiningHyphen(tokens, i + bestLen))) {
        // "Los Angeles County", "the Colorado River", "Miami-Dade": a longer place's name
        best = null;
      }
      int after = i + (best == null ? 0 : bestLen);
      if (best != null && best.entry().type() == EntityType.LOCATION && after < tokens.size()
          && !covered[after] && OUTLET_WORDS.contains(tokens.get(after).word())
          && (i == 0 || !tokens.get(i - 1).pos().matches("NNP.*|VB.*|JJ.*")
              || Character.isLowerCase(tokens.get(i - 1).word().charAt(0)))
          && !(tokens.get(after).word().matches("Now|Today|Tonight|Live") && (i > 0
              && tokens.get(i - 1).word().matches("in|on|for|to|from") || after + 1 < tokens.size()
              && tokens.get(after + 1).word().matches("[’'”\"!]|''")))
          && (after + 1 >= tokens.size() || !tokens.get(after + 1).pos().startsWith("NNP"))
          && !headline(tokens)) {
        // "Persia Now", "Russia Today", "China Daily": a site's or a paper's name, no place
        // (not after a name's first word, "Secure America Now", nor in a headline)
        Token a = tokens.get(i);
        Token b = tokens.get(after);
        String name = text.substring(a.begin(), b.end());
        found.add(new Found(s.index(), i, after, new Mention(a.begin(), b.end(), name,
            Mention.Kind.NAME, null), fold(name), EntityType.ORGANIZATION, null));
        for (int k = i; k <= after; k++) {
          covered[k] = true;
        }
        i = after + 1;
        continue;
      }
      if (best != null && bestLen == 1 && best.entry().type() == EntityType.LOCATION
          && best.entry().metonymOf() == null && i > 0 && !covered[i - 1]
          && tokens.get(i - 1).pos().matches("NNS?") && tokens.get(i - 1).ner().equals("O")
          && Character.isUpperCase(tokens.get(i - 1).word().charAt(0))
          && !DAYS.matcher(tokens.get(i - 1).word()).matches() && !isTitle(tokens.get(i - 1))
          && !ROLE_HEADS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))
          // not a reduced relative: "Drones Iran supplied to Russia were used"
          && !(i == 1 && i + 1 < tokens.size() && tokens.get(i + 1).pos().matches("VBD|VBN"))
          && (i + 1 >= tokens.size() || !Character.isUpperCase(
              tokens.get(i + 1).word().isEmpty() ? 'a' : tokens.get(i + 1).word().charAt(0)))
          && !titleCased(tokens)) {
        // "Priorities USA argues", "Team USA": a capitalised common noun before a country's name
        // makes a group's name, no country
        Token a = tokens.get(i - 1);
        Token b = tokens.get(i);
        String name = text.substring(a.begin(), b.end());
        found.add(new Found(s.index(), i - 1, i, new Mention(a.begin(), b.end(), name,
            Mention.Kind.NAME, null), fold(name), EntityType.ORGANIZATION, null));
        covered[i - 1] = true;
        covered[i] = true;
        i++;
        continue;
      }
      if (best != null && bestLen == 1 && best.entry().type() == EntityType.LOCATION
          && surnames.contains(word) && !(i > 0 && tokens.get(i - 1).pos().matches("IN|TO"))
          && !(i > 0 && inPersonName[i - 1]) // not the full name itself: "Jim Jordan"
          && (tokens.get(i).ner().equals("PERSON")
              || i > 0 && isTitle(tokens.get(i - 1)) || best.entry().metonymOf() == null
                  && i + 1 < tokens.size()
                  && tokens.get(i + 1).isVerb() && SPEECH_VERBS.contains(
                      tokens.get(i + 1).lemma().toLowerCase(Locale.ROOT)))) {
        // "Jordan said" in an article naming "Rep. Jim Jordan": him, no kingdom (whatever the
        // tagger called it)
        Token a = tokens.get(i);
        found.add(new Found(s.index(), i, i, new Mention(a.begin(), a.end(), a.word(),
            Mention.Kind.NAME, null), foldPerson(a.word()), EntityType.PERSON, null));
        covered[i] = true;
        i++;
        continue;
      }
      if (best != null && bestLen == 1 && best.kind() == Mention.Kind.DEMONYM
          && i + 1 < tokens.size() && tokens.get(i).ner().equals("ORGANIZATION")
          && tokens.get(i + 1).ner().equals("ORGANIZATION")
          && tokens.get(i + 1).pos().startsWith("NNP")
          && !STATE_BODIES.matcher(tokens.get(i + 1).word()).matches()) {
        best = null; // "American Airlines", "British Airways": a company's name, no state's
      }
      if (best != null && bestLen == 1 && best.kind() == Mention.Kind.SHORT
          && best.entry().type() == EntityType.PERSON
          && (i > 0 && otherGivenName(tokens, i, best.entry()) && !demonymAfterDeterminer(tokens,
              i - 1) || i + 1 < tokens.size() && tokens.get(i + 1).ner().equals("PERSON"))) {
        best = null; // "Sarah Sanders", "Kevin Harris", "Omar Khalid": another person's name
      }
      if (best != null && best.entry().type() == EntityType.PERSON
          && i + bestLen < tokens.size()
          && GENERATION.matcher(tokens.get(i + bestLen).word()).matches()
          && !surnameOf(best.entry().name().split(" ")).contains(" ")) {
        best = null; // "Donald Trump Jr.", "Trump Jr.": the son, another person
      }
      // "the Tory Johnson", "the Labour Corbyn": after a determiner a party's or a people's word
      // is the adjective, though the NER took it for a given name
      boolean adjective = best != null && bestLen == 1 && demonymAfterDeterminer(tokens, i);
      if (best == null || (bestLen == 1 && inPersonName[i] && !adjective
          && best.entry().type() != EntityType.PERSON)) {
        i++; // "Sofia Marrant": the capital's name is part of a person's name here
        continue;
      }
      Mention.Kind kind = best.kind();
      if (bestLen == 1 && kind == Mention.Kind.SHORT && best.entry().type() == EntityType.PERSON) {
        int given = ownGivenName(tokens, i, best.entry());
        if (given < i && !covered[given]) {
          bestLen += i - given; // "Kamala D. Harris": the whole name, not "Kamala D." + "Harris"
          i = given;
          kind = Mention.Kind.NAME;
        }
      }
      Token first = tokens.get(i);
      Token last = tokens.get(i + bestLen - 1);
      String standsFor = best.entry().metonymOf() != null
          && metonymic(tokens, i, i + bestLen - 1) ? best.entry().metonymOf() : null;
      Mention m = new Mention(first.begin(), last.end(), text.substring(first.begin(), last.end()),
          kind, standsFor);
      found.add(new Found(s.index(), i, i + bestLen - 1, m, Gazetteer.key(best.text(), false),
          best.entry().type(), best.entry()));
      for (int k = i; k < i + bestLen; k++) {
        covered[k] = true;
      }
      i += bestLen;
    }
  }

  /**
   * Whether a sentence is written in title case, as headlines are ("US Sanctions Russia Over
   * Navalny"): most of its words of four letters or more are capitalised.
   */
  private static boolean titleCased(List<Token> tokens) {
    int words = 0;
    int capitalised = 0;
    for (Token t : tokens) {
      if (t.word().length() >= 4 && Character.isLetter(t.word().charAt(0))) {
        words++;
        capitalised += Character.isUpperCase(t.word().charAt(0)) ? 1 : 0;
      }
    }
    return words > 0 && capitalised * 2 > words;
  }

  /**
   * Whether a sentence is a headline: in title case, with no stop at its end (a sentence of
   * prose that names many people and bodies may be in title case too).
   */
  private static boolean headline(List<Token> tokens) {
    return titleCased(tokens) && !tokens.get(tokens.size() - 1).word().matches("[.!?]");
  }

  /** Whether a gazetteer match of a news outlet ends at token {@code k} of sentence {@code s}. */
  private static boolean outletAt(List<Found> found, int s, int k) {
    for (Found f : found) {
      if (f.sentence() == s && f.lastToken() == k && f.entry() != null
          && f.entry().roles().stream().anyMatch(r -> r.matches(
              "newspaper|daily|weekly|monthly|magazine|broadcaster|channel|network|radio|outlet"
                  + "|news site|agency|news agency"))) {
        return true;
      }
    }
    return false;
  }

  /** Words of a state's bodies after its demonym: "the Malian Army", "the Russian Government". */
  private static final java.util.regex.Pattern STATE_BODIES = java.util.regex.Pattern.compile(
      "Army|Armed|Air|Navy|Naval|Forces?|Government|Ministry|Embassy|Parliament|Senate|Congress"
          + "|Police|Military|Defen[cs]e|Foreign|Coast|National|Central|Supreme|Constitutional"
          + "|Federal|State|Presidential|Prime|Interior|Justice|Finance|Health|Security"
          + "|Intelligence|Special|Border|Guard|Marines?|Troops|Authorities|Cabinet|Council"
          + "|Communist|Socialist|Republican|Democratic|Orthodox|Catholic|General|High|Election"
          + "|Electoral|Revolutionary|Royal|Court|Commission|Committee|Office|Agency"
          + "|Emergenc(y|ies)|Coastguard|Legislature|Duma|Assembly|Trade|Energy|Atomic");

  /**
   * A generational suffix after a name: "Jr.", "Sr." (not a regnal numeral: "Abdullah II" is the
   * king the gazetteer knows as "King Abdullah").
   */
  static final java.util.regex.Pattern GENERATION =
      java.util.regex.Pattern.compile("(?i)Jr\\.?|Sr\\.?");

  /** The surname of a name's words, with its generational suffix ("trump jr."). */
  private static String surnameOf(String[] words) {
    int last = words.length - 1;
    return last > 0 && GENERATION.matcher(words[last]).matches()
        ? words[last - 1] + " " + words[last] : words[last];
  }

  /**
   * A word before a known person's surname that makes it another person's name: a given name
   * the tagger marks as part of a person's name, not a title ("Senator") or honorific ("Rep.")
   * and not the known person's own given name in any of its spellings.
   */
  private static boolean otherGivenName(List<Token> tokens, int surname,
      Gazetteer.Entry person) {
    int k = beforeInitials(tokens, surname);
    Token t = tokens.get(k);
    if (!t.ner().equals("PERSON") || !t.pos().startsWith("NNP") || isTitle(t)) {
      return false;
    }
    return !sameGivenName(t, person);
  }

  /**
   * Whether token {@code k} is a party's or a people's word after a determiner ("the Tory
   * Johnson"): an adjective, not a given name ("the Hunter Biden laptop" keeps its given name).
   */
  private boolean demonymAfterDeterminer(List<Token> tokens, int k) {
    Gazetteer.Form f = gazetteer.lookUp(List.of(tokens.get(k).word()));
    return k > 0 && tokens.get(k - 1).pos().equals("DT") && f != null
        && f.kind() == Mention.Kind.DEMONYM;
  }

  /**
   * Where a known person's name starts when its surname {@code surname} follows their own given
   * name (and initials): "Kamala D. Harris", "Victor Orban"; {@code surname} when it does not.
   */
  private static int ownGivenName(List<Token> tokens, int surname, Gazetteer.Entry person) {
    if (surname == 0) {
      return surname;
    }
    int k = beforeInitials(tokens, surname);
    return sameGivenName(tokens.get(k), person) ? k : surname;
  }

  /** The token before {@code i}, past middle initials ("D."). */
  private static int beforeInitials(List<Token> tokens, int i) {
    int k = i - 1;
    while (k > 0 && tokens.get(k).word().matches("\\p{Lu}\\.")) {
      k--;
    }
    return k;
  }

  /** "Victor" for Viktor Orbán: the person's own given name, spelled otherwise or not. */
  private static boolean sameGivenName(Token t, Gazetteer.Entry person) {
    return sameGivenName(foldPerson(t.word()), person);
  }

  /** Whether {@code given} (folded) is the first word of the person's canonical name. */
  private static boolean sameGivenName(String given, Gazetteer.Entry person) {
    return foldPerson(person.name()).split(" ")[0].replace('c', 'k')
        .equals(given.replace('c', 'k'));
  }

  /** Words that make a party's one-word name part of another party's or body's name. */
  private static final Set<String> OTHER_PARTY_BEFORE = Set.of("social", "christian", "free",
      "liberal", "progressive", "sweden", "swedish", "danish", "national", "new", "young",
      "european", "popular", "radical", "independent", "united");
  private static final Set<String> BODY_AFTER = Set.of("ministry", "minister", "department",
      "day", "office", "code", "court", "organization", "organisation", "relations", "union",
      "unions", "party", "progressive", "alliance", "front", "league", "movement", "force");

  /**
   * Whether the words {@code first..last} are part of a longer capitalised name ("Liberal
   * Democratic Party", "Labour Ministry").
   */
  private static boolean partOfAnotherName(List<Token> tokens, int first, int last) {
    boolean before = first > 0 && OTHER_PARTY_BEFORE.contains(tokens.get(first - 1).word()
        .toLowerCase(Locale.ROOT)) && Character.isUpperCase(tokens.get(first - 1).word().charAt(0));
    boolean after = last + 1 < tokens.size() && BODY_AFTER.contains(tokens.get(last + 1).word()
        .toLowerCase(Locale.ROOT)) && Character.isUpperCase(tokens.get(last + 1).word().charAt(0));
    return before || after;
  }

  /** A US state after a party's initial: "Calif.", "N.Y.", "W.Va.", "KY", "Nebraska". */
  private static final java.util.regex.Pattern STATE = java.util.regex.Pattern.compile(
      "[A-Z]{2}|[A-Z]\\.[A-Z]\\.|W\\.Va\\.|[A-Z][a-z]{1,4}\\.|Alaska|Hawaii|Idaho|Iowa|Maine|Ohio"
          + "|Texas|Utah|Nebraska|Kansas|Oregon|Nevada|Montana|Wyoming|Vermont|Virginia|Georgia"
          + "|Florida|Arizona|Alabama|Colorado|Delaware|Illinois|Indiana|Kentucky|Louisiana"
          + "|Maryland|Michigan|Minnesota|Mississippi|Missouri|Oklahoma|Tennessee|Washington"
          + "|Wisconsin|California|Connecticut|Massachusetts|Pennsylvania|Arkansas");

  /**
   * The last token of a US legislator's party tag starting at {@code i} ("D-Calif.",
   * "R-Nebraska", "D-N.Y.", "R-KY", one token or split at the hyphen), or -1. A state must follow
   * the dash, so "D-Day" is none.
   */
  static int partyTagEnd(List<Token> tokens, int i) {
    String w = tokens.get(i).word();
    if (w.length() > 2 && (w.startsWith("D-") || w.startsWith("R-"))
        && STATE.matcher(w.substring(2)).matches()) {
      return i;
    }
    if ((w.equals("D") || w.equals("R")) && i + 2 < tokens.size()
        && joiningHyphen(tokens, i + 1) && STATE.matcher(tokens.get(i + 2).word()).matches()) {
      return i + 2;
    }
    return -1;
  }

  private static String textOf(List<Token> tokens, int first, int last) {
    StringBuilder sb = new StringBuilder();
    for (int k = first; k <= last; k++) {
      Token t = tokens.get(k);
      if (k > first && t.begin() > tokens.get(k - 1).end()) {
        sb.append(' ');
      }
      sb.append(t.word());
    }
    return sb.toString();
  }

  /**
   * A capital stands for its government when it is followed by "regime"/"government", or acts
   * (followed by a verb or a possessive, as in "Moscow has tried", "Kiev's special services"),
   * and not when it follows a locative word ("in Moscow").
   */
  static boolean metonymic(List<Token> tokens, int first, int last) {
    if (first > 0 && LOCATIVE.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (last + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(last + 1);
    String w = next.word().toLowerCase(Locale.ROOT);
    return GOVERNMENT_WORDS.contains(w) || next.pos().equals("POS") || next.isVerb()
        || next.pos().equals("MD");
  }

  /** Capitalised words a number after them completes into a name: "Unit 29155", "Flight 17". */
  private static final Set<String> DESIGNATED = Set.of("Unit", "Flight", "Area", "Camp", "Route",
      "Sector", "Zone", "Terminal", "Squadron", "Highway", "Interstate", "Gate", "Block");

  /**
   * A military unit known by its number that the tagger left out ("Unit 29155", "Unit 7741"):
   * an organisation, named by both words.
   */
  private static void numberedUnits(ParsedText parsed, List<Found> found, boolean[][] covered) {
    for (Sentence s : parsed.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i + 1 < t.size(); i++) {
        // three digits or more: "Unit 4" of a power station is a reactor
      if (t.get(i).word().equals("Unit") && t.get(i + 1).word().matches("\\d{3,6}")
            && !covered[s.index()][i] && !covered[s.index()][i + 1]) {
          String name = parsed.text().substring(t.get(i).begin(), t.get(i + 1).end());
          found.add(new Found(s.index(), i, i + 1, new Mention(t.get(i).begin(),
              t.get(i + 1).end(), name, Mention.Kind.NAME, null), fold(name),
              EntityType.ORGANIZATION, null));
          covered[s.index()][i] = true;
          covered[s.index()][i + 1] = true;
        }
      }
    }
  }

  private static final java.util.regex.Pattern CORPORATE_SUFFIX = java.util.regex.Pattern.compile(
      "(?i)(inc|corp|co|ltd|llc|plc|ag|sa|gmbh|group|holdings)\\.?");

  private void nerMatches(ParsedText parsed, List<Found> found, boolean[][] covered,
      Set<String> surnames) {
    for (NamedSpan span : parsed.spans()) {
      EntityType type = switch (span.type()) {
        case "PERSON" -> EntityType.PERSON;
        case "ORGANIZATION" -> EntityType.ORGANIZATION;
        case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
        case "MISC" -> EntityType.MISC;
        default -> null;
      };
      if (type == null) {
        continue;
      }
      Sentence s = parsed.sentences().get(span.sentence());
      List<Token> tokens = s.tokens();
      // the uncovered, capitalised run of the span: gazetteer matches split NER spans
      int first = span.firstToken();
      int last = span.lastToken();
      // (a judge's or an officer's title too: "Justice Clarence Thomas wrote", "Attorney General
      // Merrick Garland"; "Imam" and "Pastor" only before two more words, being given names)
      while (first <= last && (covered[s.index()][first] || isRoleOrDeterminer(tokens.get(first))
          || type == EntityType.PERSON && first < last
              && PERSON_TITLES.contains(tokens.get(first).word().toLowerCase(Locale.ROOT))
              && (first + 2 <= last || !tokens.get(first).word().matches("Imam|Pastor")))) {
        first++;
      }
      if (type != EntityType.PERSON && headline(tokens)) {
        for (int k = first + 1; k <= last; k++) {
          if (tokens.get(k).pos().matches("VBZ|VBD|MD")
              || tokens.get(k).pos().startsWith("RB") && tokens.get(k).word().endsWith("ly")) {
            last = k - 1; // a headline: "Supreme Court Undercuts Access To Birth Control …"
            break;
          }
        }
      }
      boolean possessed = false;
      while (first <= last && first > span.firstToken() && covered[s.index()][first - 1]
          && tokens.get(first).pos().equals("POS")) {
        first++; // "Vox’s Kelsey Piper": the person after the outlet's possessive
        possessed = outletAt(found, s.index(), first - 2);
      }
      boolean cutBeforePerson = false;
      while (last >= first && (covered[s.index()][last] || tokens.get(last).pos().equals("POS"))) {
        cutBeforePerson |= inPersonName(found, s.index(), last);
        last--;
      }
      if (cutBeforePerson && last >= first && isTitle(tokens.get(last))) {
        last--; // "Border Patrol Chief | Carla Provost": the organisation is "Border Patrol"
      }
      if (type == EntityType.ORGANIZATION && last > first && titledPersonAt(tokens, last + 1)) {
        // "Senate Minority | Leader Chuck Schumer", "Supreme Court Chief Justice | John Roberts":
        // a rank or a title before a person's name is no part of the body's name (not "of
        // Justice": "the Department of Justice")
        int cut = last;
        while (cut > first && !tokens.get(cut - 1).pos().matches("IN|TO|DT|CC|POS")
            && (RANKS.contains(tokens.get(cut).word())
            || isTitle(tokens.get(cut))
            || PERSON_TITLES.contains(tokens.get(cut).word().toLowerCase(Locale.ROOT))
                && Character.isUpperCase(tokens.get(cut).word().charAt(0)))) {
          cut--;
        }
        last = cut;
      }
      if (type == EntityType.PERSON && first == 0 && last == 1
          && tokens.get(0).word().equals("Said") && surnames.contains(tokens.get(1).word())
          && tokens.size() > 3 && (tokens.get(2).word().equals(":")
              || tokens.get(2).word().equals(",") && tokens.get(3).word().matches("[\"“]|``"))
          && parsed.spans().stream().anyMatch(o -> o.type().equals("PERSON")
              && o.sentence() != span.sentence() && o.text().endsWith(" " + tokens.get(1).word())
              && !o.text().startsWith("Said "))) {
        first = 1; // "Said Schiff: “…”", "Said Comey, “…”": the verb before the name of a person
        // named in full
      }
      if (first > last) {
        continue;
      }
      if (photoCredit(tokens, first, last, type)) {
        continue; // "John Locher/AP Photo", "(Jonathan Ernst/Reuters)": a photo's credit
      }
      if (type == EntityType.PERSON && first == span.firstToken() && first > 0
          && !covered[s.index()][first - 1] && MonthNames.isMonth(tokens.get(first - 1))
          && Character.isUpperCase(tokens.get(first - 1).word().charAt(0))
          && !MonthNames.datedByContext(tokens, first - 1)) {
        first--; // "April Ryan", "June Carter": a given name the tagger left to the months
      }
      if (last + 1 < tokens.size() && DESIGNATED.contains(tokens.get(last).word())
          && !covered[s.index()][last + 1] && tokens.get(last + 1).word().matches("\\d{1,6}")) {
        last++; // "Unit 29155", "Flight 17", "Area 51": the number is the name
      }
      if (type == EntityType.PERSON && last + 1 < tokens.size()
          && !covered[s.index()][last + 1]
          && tokens.get(last + 1).word().matches("\\p{Lu}['’]\\p{Lu}\\p{L}+")) {
        last++; // "Patrick O’Malley": the tagger, which learnt "O'Malley", left the surname out
      }
      if (type == EntityType.PERSON && last + 1 < tokens.size()
          && !covered[s.index()][last + 1]
          && GENERATION.matcher(tokens.get(last + 1).word()).matches()) {
        last++; // "Donald Trump Jr.": the tagger left the suffix out of the name
      }
      if (type == EntityType.ORGANIZATION && last > first
          && GENERATION.matcher(tokens.get(last).word()).matches()) {
        type = EntityType.PERSON; // "Trump Jr. said": a son's name, not a company's
      }
      boolean gap = false;
      for (int k = first; k <= last; k++) {
        gap |= covered[s.index()][k];
      }
      if (gap) {
        continue;
      }
      String text = parsed.text().substring(tokens.get(first).begin(), tokens.get(last).end());
      if (PRONOUNS.contains(text.toLowerCase(Locale.ROOT)) || text.length() < 2
          || !Character.isUpperCase(text.charAt(0))) {
        continue;
      }
      boolean cut = covered[s.index()][span.firstToken()] || covered[s.index()][span.lastToken()];
      if (cut && (CORPORATE_SUFFIX.matcher(text).matches()
          || tokens.get(last).pos().matches("IN|TO|DT|CC"))) {
        // what a gazetteer name leaves of a longer one: "Inc" of "Twitter Inc", "Freedom From"
        // of "Freedom From Facebook" (a name does not end in a preposition); no entity of its own
        continue;
      }
      if (possessed && type == EntityType.ORGANIZATION && last > first && last - first <= 2
          && !genderOf(text).isEmpty()) {
        type = EntityType.PERSON; // the tagger ran the outlet's name over its reporter's
      }
      if (type == EntityType.MISC && last > first && (first == 0
          || !tokens.get(first - 1).pos().equals("DT")) && describedAsAPerson(tokens, last)) {
        type = EntityType.PERSON; // "Kim Eun-han, spokesman of …": a name the tagger could not type
      }
      if (type == EntityType.MISC) {
        continue; // nationalities are demonyms of gazetteer countries; other MISC is not an actor
      }
      Mention m = new Mention(tokens.get(first).begin(), tokens.get(last).end(), text,
          Gazetteer.isAcronym(text) ? Mention.Kind.SHORT : Mention.Kind.NAME, null);
      found.add(new Found(s.index(), first, last, m,
          type == EntityType.PERSON ? foldPerson(text) : fold(text), type, null));
      for (int k = first; k <= last; k++) {
        covered[s.index()][k] = true;
      }
    }
  }

  /**
   * Whether the name at {@code first..last} is a photographer's credit: a person's name (or one
   * the tagger ran over the slash, "Jonathan Ernst/") joined by a slash to the agency after it
   * ("John Locher/AP Photo") or after "Photo/" ("AP Photo/Evan Vucci"). Not two organisations a
   * slash joins ("a Suffolk University/USA Today poll").
   */
  private static boolean photoCredit(List<Token> tokens, int first, int last, EntityType type) {
    boolean given = GIVEN_NAMES.containsKey(tokens.get(first).word().toLowerCase(Locale.ROOT));
    if (type != EntityType.PERSON && !given) {
      return false;
    }
    if (tokens.get(last).word().equals("/") && last > first) {
      return true;
    }
    if (last + 2 < tokens.size() && tokens.get(last + 1).word().equals("/")
        && tokens.get(last + 1).begin() == tokens.get(last).end()
        && tokens.get(last + 2).begin() == tokens.get(last + 1).end()) {
      return true;
    }
    return first > 1 && tokens.get(first - 1).word().equals("/")
        && tokens.get(first - 2).word().matches("Photo|Photos|Images|Image");
  }

  /** Words of rank before a title: "Senate Minority Leader", "Deputy Chief". */
  private static final Set<String> RANKS = Set.of("Minority", "Majority", "Deputy", "Assistant",
      "Acting", "Vice", "Interim", "Principal", "Senior");

  /**
   * Whether a person's name starts at token {@code i}, after any titles ("Leader Chuck Schumer",
   * "John Roberts"): a token the tagger marks as a person's.
   */
  private static boolean titledPersonAt(List<Token> tokens, int i) {
    while (i < tokens.size() && (isTitle(tokens.get(i)) || RANKS.contains(tokens.get(i).word())
        || PERSON_TITLES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
            && Character.isUpperCase(tokens.get(i).word().charAt(0)))) {
      i++;
    }
    return i < tokens.size() && tokens.get(i).ner().equals("PERSON");
  }

  /**
   * Whether the name ending at token {@code last} is set off by a comma before a noun for a
   * person, after at most four words that modify it: "Kim Eun-han, spokesman of Seoul's
   * Unification Ministry", "…, a veteran lawmaker", "…, the ministry's director".
   */
  private static boolean describedAsAPerson(List<Token> t, int last) {
    if (last + 2 >= t.size() || !t.get(last + 1).word().equals(",")) {
      return false;
    }
    for (int k = last + 2; k < t.size() && k <= last + 6; k++) {
      Token w = t.get(k);
      String lemma = w.lemma().toLowerCase(Locale.ROOT);
      if (w.pos().startsWith("NN") && (PERSON_HEADS.contains(lemma)
          || AttributionExtractor.PERSON_NOUNS.contains(lemma))) {
        // not the subject of a verb after it: "the Green New Deal, a Democratic senator said"
        return !(k + 1 < t.size() && t.get(k + 1).isVerb());
      }
      if (!w.pos().matches("DT|PRP\\$|JJ.*|NN.*|POS")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The names of people the article names in more than one word, with their surnames (and the
   * last two words of a hyphenated name), folded.
   */
  private static Set<String> personNames(List<Found> found) {
    Set<String> out = new HashSet<>();
    for (Found f : found) {
      String[] parts = f.key().split(" ");
      if (f.type() == EntityType.PERSON && f.entry() == null && parts.length > 1) {
        out.add(f.key());
        out.add(parts[parts.length - 1]);
        if (f.mention().text().contains("-")) {
          out.add(parts[parts.length - 2] + " " + parts[parts.length - 1]);
        }
      }
    }
    return out;
  }

  /** Last words that make a name an organisation's: "The Kessel Courier", "Ardena University". */
  static final Set<String> ORGANISATION_HEADS = Set.of("courier", "times", "post", "herald",
      "journal", "gazette", "tribune", "telegraph", "chronicle", "news", "agency", "radio",
      "television", "tv", "press", "media", "university", "college", "institute", "academy",
      "bank", "party", "council", "ministry", "committee", "commission", "parliament", "assembly",
      "congress", "senate", "court", "army", "guard", "police", "front", "movement", "brigade",
      "brigades", "corps", "battalion", "militia", "corp", "corporation", "inc", "ltd", "plc",
      "group", "company", "association", "federation", "foundation", "society", "club",
      "fund", "authority", "service", "services", "directorate", "office", "department");
  /** Words after a name's possessive that only a country has: "Ostmark's government". */
  private static final Set<String> COUNTRY_AFTER = Set.of("government", "army", "military",
      "armed", "border", "borders", "capital", "parliament", "territory", "soil", "foreign",
      "defence", "defense", "interior", "airspace", "embassy", "regime", "junta", "president",
      "prime", "citizens", "population", "officials", "forces", "troops", "authorities",
      "soldiers", "side");
  private static final Set<String> STATE_WORDS = Set.of("Republic", "Kingdom", "Federation",
      "Emirate", "Sultanate", "Principality", "Duchy", "Commonwealth", "Confederation");
  private static final Set<String> IN_WORDS = Set.of("in", "into", "across", "throughout",
      "inside");
  /**
   * Nouns that, before "in", make what follows a place: "the government in Kessel", "the junta in
   * Ardena", "reporters in Kessel", "two remain in hospital in Kessel" — where "in" alone may
   * precede a company ("invested in Facebook") or a person ("confidence in Biden").
   */
  private static final Set<String> PLACE_BEFORE_IN = Set.of("government", "regime", "junta",
      "authorities", "officials", "embassy", "ministry", "parliament", "hospital", "reporters",
      "journalists", "residents", "protesters", "talks", "summit", "streets", "forces", "troops",
      "soldiers", "affaires", "capital", "leadership", "rulers");
  /**
   * Verbs whose "in" says where something was or happened ("planned in Ardena", "born in
   * Velka"), unlike those whose "in" says what ("invested in Facebook", "interested in Ford").
   */
  private static final Set<String> WHERE_VERBS_BEFORE_IN = Set.of("planned", "prepared",
      "plotted", "organised", "organized", "held", "born", "based", "headquartered", "located",
      "killed", "arrested", "detained", "stationed", "deployed", "arrived", "landed", "hiding",
      "lives", "lived", "living", "died", "buried", "raised", "opened", "built", "signed",
      "gathered", "met", "staged", "imprisoned", "jailed", "elected", "injured", "wounded");

  /**
   * One name, one type: the tagger types a name it does not know by its context, mention by
   * mention, and calls a country a person where it stands as a sentence's subject ("Ostmark
   * says"). Every mention of a name the gazetteer does not know gets the type most of its
   * mentions support: the tagger's type of each, and what the text says around them — a last
   * word that organisations end in ("The Kessel Courier"), a possessive or a noun that only
   * countries have ("Ostmark's government", "Ostmark officials"), "the Republic of" before it,
   * the name's demonym elsewhere in the text ("Valdorian" beside "Valdoria"), a governing or
   * gathering noun before "in" ("the junta in Ardena") or "In" opening the sentence with a comma
   * after the name ("In Ardena, the spokesman said") or a verb of where before "in" ("planned in
   * Ardena") for a place; "in" alone is a weak vote. A
   * lone word the tagger calls a person that the article never names in full counts half where
   * such words say it is something else. A one-word name tied between a person and another type
   * is not a person; other ties change nothing. Given names, surnames of people the article names
   * in full and words of the names of people the gazetteer knows stay people — in every mention,
   * also where the tagger called them something else — and a name that begins an organisation's
   * name with nothing but the tagger's word on it is left to {@link #shortOrganisations} ("Magna"
   * after "Magna International Inc"). Leaves {@code personNames} holding the people named in full
   * after the vote (a "person" turned into an organisation no longer gives a surname).
   */
  static void consistentTypes(List<Found> found, Set<String> personNames, ParsedText parsed) {
    Set<String> words = new HashSet<>();
    for (Sentence s : parsed.sentences()) {
      for (Token t : s.tokens()) {
        words.add(t.word());
      }
    }
    // names of several words first: a "person" they turn into an organisation ("the Kessel
    // Courier") no longer makes its last word a surname
    voteTypes(found, personNames, parsed, words, false);
    personNames.clear();
    personNames.addAll(personNames(found));
    // … and the words of the names of people the gazetteer knows ("Warren" after "Elizabeth
    // Warren", "Kamala") are theirs too, for this vote
    Set<String> protectedNames = new HashSet<>(personNames);
    for (Found f : found) {
      if (f.entry() != null && f.type() == EntityType.PERSON) {
        protectedNames.addAll(List.of(foldPerson(f.entry().name()).split(" ")));
      }
    }
    voteTypes(found, protectedNames, parsed, words, true);
  }

  private static void voteTypes(List<Found> found, Set<String> personNames, ParsedText parsed,
      Set<String> words, boolean oneWordNames) {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    Map<String, Integer> lonePerson = new HashMap<>();
    Set<String> evidenced = new HashSet<>();
    Set<String> placeNamed = new HashSet<>(); // "the town of Allen": not the given name
    for (Found f : found) {
      if (!typedByContext(f) || fold(f.mention().text()).contains(" ") == oneWordNames) {
        continue;
      }
      String key = fold(f.mention().text());
      Map<EntityType, Integer> v = votes.computeIfAbsent(key, k -> new HashMap<>());
      List<Token> t = parsed.sentences().get(f.sentence()).tokens();
      boolean oneWord = f.firstToken() == f.lastToken();
      if (f.type() == EntityType.PERSON && oneWord
          && !personNames.contains(foldPerson(f.mention().text()))) {
        lonePerson.merge(key, 1, Integer::sum); // counted below, once the evidence is known
      } else {
        v.merge(f.type(), 2, Integer::sum);
      }
      EntityType cue = null;
      int weight = 0;
      String last = t.get(f.lastToken()).word().toLowerCase(Locale.ROOT);
      String before = f.firstToken() > 0 ? t.get(f.firstToken() - 1).word() : "";
      if (ORGANISATION_HEADS.contains(last) && (!oneWord || before.equalsIgnoreCase("the"))) {
        cue = EntityType.ORGANIZATION;
        weight = 6;
      } else if (oneWord && f.lastToken() + 2 < t.size()
          && t.get(f.lastToken() + 1).pos().equals("POS")
          && COUNTRY_AFTER.contains(t.get(f.lastToken() + 2).word().toLowerCase(Locale.ROOT))) {
        cue = EntityType.LOCATION; // one word: "Alain Juppe's government" is his
        weight = 6;
      } else if (f.firstToken() > 1 && before.equals("of")
          && STATE_WORDS.contains(t.get(f.firstToken() - 2).word())) {
        cue = EntityType.LOCATION;
        weight = 6;
      } else if (oneWord && f.lastToken() + 1 < t.size() && COUNTRY_AFTER.contains(
          t.get(f.lastToken() + 1).word().toLowerCase(Locale.ROOT))) {
        cue = EntityType.LOCATION;
        weight = 2;
      } else if (oneWord && before.equals("in") && f.firstToken() > 1 && PLACE_BEFORE_IN.contains(
          t.get(f.firstToken() - 2).word().toLowerCase(Locale.ROOT))) {
        cue = EntityType.LOCATION; // "the government in Kessel"
        weight = 6;
      } else if (oneWord && before.equals("In") && f.firstToken() == 1
          && f.lastToken() + 1 < t.size() && t.get(f.lastToken() + 1).word().equals(",")) {
        cue = EntityType.LOCATION; // "In Ardena, government spokesman Teodor Halm said"
        weight = 6;
      } else if (oneWord && placeByItsNoun(t, f.firstToken())) {
        cue = EntityType.LOCATION; // "the river Lenne", "the Lenne valley", "the town of Velka"
        weight = 6;
        placeNamed.add(key);
      } else if (oneWord && before.equals("in") && f.firstToken() > 1
          && WHERE_VERBS_BEFORE_IN.contains(t.get(f.firstToken() - 2).word()
              .toLowerCase(Locale.ROOT))
          && !(f.lastToken() + 1 < t.size() && t.get(f.lastToken() + 1).pos().equals("POS"))) {
        // (not "held in Kowalski's honour", "died in Kowalski's arms")
        cue = EntityType.LOCATION; // "the attack was planned in Ardena"
        weight = 4;
      } else if (IN_WORDS.contains(before.toLowerCase(Locale.ROOT))) {
        v.merge(EntityType.LOCATION, 1, Integer::sum); // weak: "invested in Facebook"
      }
      if (cue != null) {
        v.merge(cue, weight, Integer::sum);
        evidenced.add(key);
      }
    }
    for (Map.Entry<String, Map<EntityType, Integer>> e : votes.entrySet()) {
      if (!e.getKey().contains(" ") && hasDemonym(e.getKey(), words)) {
        e.getValue().merge(EntityType.LOCATION, 4, Integer::sum);
        evidenced.add(e.getKey());
      }
      // a lone word the tagger calls a person, never named in full: half a vote where the text
      // says it is something else ("Ostmark says" beside "Ostmark's government"), else a whole
      // one ("Koch" of the Koch network, "Flake" the senator, named by surname alone)
      int lone = lonePerson.getOrDefault(e.getKey(), 0);
      if (lone > 0) {
        e.getValue().merge(EntityType.PERSON, evidenced.contains(e.getKey()) ? lone : 2 * lone,
            Integer::sum);
      }
    }
    Set<String> organisationStarts = new HashSet<>();
    for (Found f : found) {
      String[] w = fold(f.mention().text()).split(" ");
      for (int n = 1; f.type() == EntityType.ORGANIZATION && n < w.length; n++) {
        organisationStarts.add(String.join(" ", java.util.Arrays.copyOf(w, n)));
      }
    }
    // a name kept as a person where the tagger says so is a person wherever it does not
    // ("Marisa" the given name, once tagged a place, is not split into two entities)
    Set<String> keptPersons = new HashSet<>();
    for (Found f : found) {
      if (typedByContext(f) && keptAsPerson(f, personNames)) {
        keptPersons.add(fold(f.mention().text()));
      }
    }
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      String text = f.mention().text();
      String key = fold(text);
      if (!typedByContext(f) || key.contains(" ") == oneWordNames
          || organisationStarts.contains(key) && !evidenced.contains(key)
          || keptAsPerson(f, personNames)
              && (!placeNamed.contains(key) || personNames.contains(foldPerson(text)))) {
        continue;
      }
      EntityType best = keptPersons.contains(key) && !placeNamed.contains(key)
          ? EntityType.PERSON : typeVoted(votes.get(key), !key.contains(" "));
      if (best == null || best == f.type()) {
        continue;
      }
      found.set(i, new Found(f.sentence(), f.firstToken(), f.lastToken(), f.mention(),
          best == EntityType.PERSON ? foldPerson(text) : key, best, null));
    }
  }

  /** Common nouns of geography that name what the name beside them is. */
  private static final Set<String> PLACE_NOUNS = Set.of("river", "lake", "sea", "bay", "gulf",
      "strait", "island", "islands", "mount", "mountain", "mountains", "valley", "desert", "plain",
      "plains", "region", "province", "district", "village", "town", "city", "county", "oblast",
      "canal", "creek", "peninsula", "coast", "basin", "delta", "reservoir", "gorge", "estuary",
      "villages", "towns", "cities", "provinces", "regions", "districts", "counties");

  /**
   * Place nouns that are often the object of a clause that follows ("the district Vale
   * represents"), where a verb after the name is that clause's.
   */
  private static final Set<String> CLAUSE_PLACES = Set.of("region", "province", "district",
      "village", "town", "city", "county", "coast", "plain", "plains", "regions", "provinces",
      "districts", "villages", "towns", "cities", "counties");

  /**
   * Whether a lower-case noun of geography names the one-word name at token {@code i} a place:
   * before it ("the river Lenne", "the town of Velka") or after it ("the Lenne valley", "the
   * Corvan region").
   */
  private static boolean placeByItsNoun(List<Token> t, int i) {
    if (i > 1 && t.get(i - 1).word().matches("and|or") && t.get(i - 2).pos().equals("NNP")
        && placeByItsNoun(t, i - 2)) {
      return true; // "the villages of Tarnov and Selm": the second is what the first is
    }
    // the noun opens its phrase: "the river Lenne", "the shooter's town of Allen", not "the
    // Georgia district Lewis represents"
    boolean of = i > 1 && t.get(i - 1).word().equals("of");
    int noun = of ? i - 2 : i - 1;
    // "the district Vale represents", "the coast Frontex patrols": a clause's subject
    boolean verbAfter = noun >= 0 && i + 1 < t.size() && t.get(i + 1).isVerb()
        && CLAUSE_PLACES.contains(t.get(noun).word()); // "the river Lenne burst its banks"
    if (noun > 0 && PLACE_NOUNS.contains(t.get(noun).word()) && (of || !verbAfter)) {
      int before = noun - 1; // past one common noun or adjective: "the suspect's home town of"
      if (before > 0 && t.get(before).pos().matches("NN|JJ")) {
        before--;
      }
      if (t.get(before).pos().matches("DT|POS|PRP\\$")) {
        return true;
      }
    }
    return i + 1 < t.size() && PLACE_NOUNS.contains(t.get(i + 1).word())
        && t.get(i + 1).pos().startsWith("NN");
  }

  /** A one-word person the vote leaves alone: a given name, or the surname of one named in full. */
  private static boolean keptAsPerson(Found f, Set<String> personNames) {
    String text = f.mention().text();
    return f.type() == EntityType.PERSON && !text.strip().contains(" ")
        && (personNames.contains(foldPerson(text))
            || GIVEN_NAMES.containsKey(text.toLowerCase(Locale.ROOT)));
  }

  /**
   * The type with the most votes; for a one-word name a tie with a person is the other type;
   * other ties, null.
   */
  private static @Nullable EntityType typeVoted(Map<EntityType, Integer> votes, boolean oneWord) {
    EntityType best = null;
    int most = 0;
    boolean tie = false;
    for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
        tie = false;
      } else if (e.getValue() == most) {
        if (oneWord && best == EntityType.PERSON) {
          best = e.getKey();
        } else if (!oneWord || e.getKey() != EntityType.PERSON) {
          tie = true;
        }
      }
    }
    return tie ? null : best;
  }

  /**
   * A name the tagger typed and the gazetteer does not know, not written in capitals (a dateline
   * or a table's "NEW YORK" is not the "New York" of the text's sports team).
   */
  private static boolean typedByContext(Found f) {
    String text = f.mention().text();
    return f.entry() == null && f.mention().kind() == Mention.Kind.NAME
        && !text.equals(text.toUpperCase(Locale.ROOT));
  }

  /**
   * Whether {@code words} hold a demonym made from the one-word name {@code name} (folded, lower
   * case): "Valdorian" for "valdoria".
   */
  static boolean hasDemonym(String name, Set<String> words) {
    if (name.contains(" ") || name.length() < 4) {
      return false;
    }
    name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    String stem = name.endsWith("a") || name.endsWith("e") || name.endsWith("y")
        ? name.substring(0, name.length() - 1) : name;
    for (String d : List.of(name + "n", name + "ian", name + "ese", name + "i", name + "ish",
        stem + "ian", stem + "an", stem + "ese", stem + "i", stem + "ish")) {
      if (!d.equals(name) && words.contains(d)) {
        return true;
      }
    }
    return false;
  }

  /** First words too common to stand for one organisation ("National", "Bank", "New"). */
  private static final Set<String> COMMON_FIRST_WORDS = Set.of("the", "new", "national", "united",
      "international", "american", "first", "general", "royal", "central", "state", "bank",
      "university", "south", "north", "east", "west", "great", "federal", "european", "world",
      "air", "st", "saint", "san", "los", "las", "de", "la", "el", "le", "al", "us", "u", "s",
      "union", "association", "council", "ministry", "department", "office", "party", "house");

  /**
   * An organisation named again by its first words ("Magna" after "Magna International Inc",
   * "Lear" after "Lear Corp"), however the tagger typed the shorter name, is that organisation:
   * news shortens organisations from the end, as it shortens people to their surnames. Not a
   * place (many organisations are named after one), nor a word the article names a place by
   * elsewhere ("Ardena" beside "Ardena University"), not when the article names a person so
   * (also after a title: "President Carter" beside "the Carter Center"), nor when two
   * organisations share the words.
   */
  private static void shortOrganisations(List<Found> found, Set<String> personNames,
      ParsedText parsed) {
    // "President Carter" is a person beside "the Carter Center"
    Set<String> titled = new HashSet<>();
    for (Found f : found) {
      if (f.type() == EntityType.PERSON && f.firstToken() > 0 && isTitle(parsed.sentences()
          .get(f.sentence()).tokens().get(f.firstToken() - 1))) {
        titled.add(fold(f.mention().text()));
      }
    }
    Map<String, String> byPrefix = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (Found f : found) {
      if (f.entry() != null || f.type() != EntityType.ORGANIZATION) {
        continue;
      }
      String[] w = f.key().split(" ");
      if (COMMON_FIRST_WORDS.contains(w[0])) {
        continue;
      }
      for (int n = 1; n < w.length; n++) {
        String prefix = String.join(" ", java.util.Arrays.copyOf(w, n));
        String known = byPrefix.putIfAbsent(prefix, f.key());
        if (known != null && !known.equals(f.key())) {
          shared.add(prefix);
        }
      }
    }
    // "the Courier" after "The Kessel Courier": an organisation named by the word it ends in
    Map<String, String> byHead = new HashMap<>();
    for (Found f : found) {
      String[] w = f.key().split(" ");
      if (f.entry() == null && f.type() == EntityType.ORGANIZATION && w.length > 1
          && ORGANISATION_HEADS.contains(w[w.length - 1])) {
        String known = byHead.putIfAbsent(w[w.length - 1], f.key());
        if (known != null && !known.equals(f.key())) {
          shared.add(w[w.length - 1]);
        }
      }
    }
    // "the attack had been planned in Ardena" … "Ardena University": a word the article uses for a
    // place is that place, also where the tagger calls it an organisation ("that Ardena calls …")
    Set<String> places = new HashSet<>();
    for (Found f : found) {
      // a place the text puts something in or near; the tagger's type alone is too weak
      // ("Magna" typed a place once among four organisations)
      List<Token> t = parsed.sentences().get(f.sentence()).tokens();
      int k = f.firstToken();
      if (f.type() == EntityType.LOCATION && k > 0
          && t.get(k - 1).word().toLowerCase(Locale.ROOT).matches("in|near")
          // "a statement from Magna", "invested in Magna": organisations too
          && !(k > 1 && t.get(k - 2).lemma().toLowerCase(Locale.ROOT)
              .matches("invest|interest|interested|stake|share|involve|involved"))) {
        places.add(fold(f.mention().text()));
      }
    }
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      String key = fold(f.mention().text());
      String org = byPrefix.get(key);
      if (org != null && places.contains(key) && f.entry() == null) {
        found.set(i, new Found(f.sentence(), f.firstToken(), f.lastToken(), f.mention(), key,
            EntityType.LOCATION, null));
        continue;
      }
      if (org == null && f.entry() == null && byHead.containsKey(key) && !shared.contains(key)
          && f.firstToken() > 0 && parsed.sentences().get(f.sentence()).tokens()
              .get(f.firstToken() - 1).word().equalsIgnoreCase("the")) {
        found.set(i, shortFormOf(f, byHead.get(key)));
        continue;
      }
      if (f.entry() != null || org == null || shared.contains(key) || titled.contains(key)
          || f.type() == EntityType.LOCATION // "Chicago" of the Chicago White Sox is the city
          || personNames.contains(foldPerson(f.mention().text()))
          || theNameAlone(parsed.sentences().get(f.sentence()).tokens(), f)
              && !org.startsWith(key + " of ") // "the Federation" of Ostmark is it
              && !GENERIC_REST.containsAll(List.of(org.substring(key.length()).strip()
                  .split(" ")))) { // "the Smithsonian" Institution, "the Treasury" Department
        continue;
      }
      found.set(i, shortFormOf(f, org));
    }
  }

  /** Words an institution's name ends in that "the" and its first word may leave out. */
  private static final Set<String> GENERIC_REST = Set.of("institution", "institute", "museum",
      "department", "office", "theatre", "theater", "center", "centre", "foundation", "gallery",
      "library", "university", "college", "hospital", "company", "corporation", "inc", "corp",
      "group", "ministry", "agency", "clinic", "school");

  /**
   * Whether {@code f} is one word after "the" and before no noun: "the Lenne" beside the "Lenne
   * Volunteer Guard" is the river. News shortens an organisation to its first word bare ("Magna")
   * or before a noun ("the Wagner fighters"), not with an article before the word alone — unless
   * that word is the name's head ("the Federation" of Ostmark; the caller checks).
   */
  private static boolean theNameAlone(List<Token> t, Found f) {
    // "The" inside a sentence belongs to the name ("opinion contributor, The Hill")
    String the = f.firstToken() > 0 ? t.get(f.firstToken() - 1).word() : "";
    return f.firstToken() == f.lastToken()
        && (the.equals("the") || the.equals("The") && f.firstToken() == 1)
        && (f.lastToken() + 1 >= t.size() || !t.get(f.lastToken() + 1).pos().startsWith("NN"));
  }

  /** {@code f} as a short form of the organisation whose key is {@code org}. */
  private static Found shortFormOf(Found f, String org) {
    Mention m = f.mention();
    return new Found(f.sentence(), f.firstToken(), f.lastToken(), new Mention(m.begin(), m.end(),
        m.text(), Mention.Kind.SHORT, m.standsFor()), org, EntityType.ORGANIZATION, null);
  }

  private static boolean inPersonName(List<Found> found, int sentence, int token) {
    for (Found f : found) {
      if (f.sentence() == sentence && f.type() == EntityType.PERSON && f.firstToken() <= token
          && token <= f.lastToken()) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern HONORIFIC = java.util.regex.Pattern.compile(
      "(Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Lt|Gen|Col|Sgt|Capt|Prof|Rev|Sir|Dame)\\.?");

  /** A capitalised title or honorific: "Chief", "Minister", "Rep.", "Dr". */
  static boolean isTitle(Token t) {
    String w = t.word();
    return !w.isEmpty() && (HONORIFIC.matcher(w).matches() || (Character.isUpperCase(w.charAt(0))
        && (ROLE_HEADS.contains(w.toLowerCase(Locale.ROOT)) || w.matches("Advis[eo]r"))
        && !MEDIA_HEADS.contains(w.toLowerCase(Locale.ROOT))));
  }

  /** Role heads that name an organisation ("the agency"), not a person's title. */
  private static final Set<String> MEDIA_HEADS = Set.of("agency", "daily", "channel", "paper",
      "newspaper", "broadcaster");

  /**
   * "Border Patrol Chief Carla Provost", "Rep. Alexandria Ocasio-Cortez": after a title, a known
   * given name (CoreNLP's first-name list) and one or two more capitalised words are a person,
   * whatever the tagger called them. The last token of the name, or -1.
   */
  static int titledPersonEnd(List<Token> t, int title) {
    if (!isTitle(t.get(title)) || title + 2 >= t.size() || !isNameWord(t.get(title + 1))
        || !GIVEN_NAMES.containsKey(t.get(title + 1).word().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int last = -1;
    int words = 0;
    for (int k = title + 2; k < t.size() && words < 2; k++) {
      Token w = t.get(k);
      if (last == k - 1 && k + 1 < t.size() && joiningHyphen(t, k) && isNameWord(t.get(k + 1))) {
        continue; // "Ocasio-Cortez" is one word in three tokens
      }
      if (!isNameWord(w) || w.word().equalsIgnoreCase(t.get(title + 1).word())) {
        break; // "… Alexandria Ocasio-Cortez Alexandria …": the name again, not a third name
      }
      if (!joiningHyphen(t, k - 1)) {
        words++;
      }
      last = k;
    }
    return last;
  }

  /**
   * A hyphen that joins the words either side into one ("Ocasio-Cortez"), not a dash set off by
   * spaces between two names ("Irena Vasko - Irina Vaskova, as state media spell her").
   */
  static boolean joiningHyphen(List<Token> t, int k) {
    return k > 0 && k + 1 < t.size() && t.get(k).word().equals("-")
        && t.get(k - 1).end() == t.get(k).begin() && t.get(k).end() == t.get(k + 1).begin();
  }

  private static boolean isNameWord(Token t) {
    return t.pos().startsWith("NNP") && !t.word().isEmpty()
        && Character.isUpperCase(t.word().charAt(0)) && !isTitle(t)
        && !t.ner().matches("DATE|TIME|DURATION|SET") && !DAYS.matcher(t.word()).matches();
  }

  /** Day words that writers put between a name and its verb ("President X Tuesday signed"). */
  static final java.util.regex.Pattern DAYS = java.util.regex.Pattern.compile(
      "(?i)(mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow");

  /**
   * Given names, lowercase, with the gender they are used for ("MALE", "FEMALE", or "" when
   * used for both): CoreNLP's name–gender list in its models jar, and the team's rows of
   * data/given-names.tsv for widely reported names it lacks ("Barack", "Volodymyr", "Giorgia").
   */
  private static final Map<String, String> GIVEN_NAMES = givenNames();

  private static Map<String, String> givenNames() {
    Map<String, String> out = new HashMap<>();
    DataFile.classpathLines("/edu/stanford/nlp/models/dcoref/namegender.combine.txt",
        java.nio.charset.StandardCharsets.UTF_8, line -> {
          String[] c = line.split("\t");
          if (c.length == 2 && !c[0].isEmpty() && c[1].matches("MALE|FEMALE")) {
            out.merge(c[0].toLowerCase(Locale.ROOT), c[1], (a, b) -> a.equals(b) ? a : "");
          }
        });
    // the team's rows (data/given-names.tsv) decide for the names they list
    for (String row : DataFile.rows("given-names.tsv")) {
      String[] c = row.split("\t");
      if (c.length != 2 || !c[1].matches("MALE|FEMALE|BOTH")) {
        throw new IllegalStateException("given-names.tsv: expected name<TAB>MALE|FEMALE|BOTH,"
            + " got '" + row + "'");
      }
      out.put(c[0].strip().toLowerCase(Locale.ROOT), c[1].equals("BOTH") ? "" : c[1]);
    }
    return Map.copyOf(out);
  }

  /** Whether "he"/"him" or "she"/"her" can stand for the person {@code name}: its first name. */
  static boolean agrees(String pronoun, String name) {
    String p = pronoun.toLowerCase(Locale.ROOT);
    return !genderOf(name).equals(p.equals("he") || p.equals("him") ? "FEMALE" : "MALE");
  }

  /** "MALE" or "FEMALE" when a person's first name says so, else "". */
  private static String genderOf(String name) {
    String first = name.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    return GIVEN_NAMES.getOrDefault(first, "");
  }

  private static boolean isRoleOrTitle(Token t) {
    return isTitle(t) || ROLE_WORDS.contains(t.word().toLowerCase(Locale.ROOT))
        || !titleGender(t.word()).isEmpty();
  }

  private static boolean isRoleOrDeterminer(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return ROLE_WORDS.contains(w) || t.pos().equals("DT");
  }

  /** Folds a name for clustering: accents, case, possessives and punctuation. */
  static String fold(String name) {
    return Names.fold(name);
  }

  private static final java.util.regex.Pattern NAME_APOSTROPHE =
      java.util.regex.Pattern.compile("(?<=\\b\\p{Lu})['’](?=\\p{Lu})");

  /** {@link #fold} plus common transliteration differences, for person names only. */
  static String foldPerson(String name) {
    // "O’Rourke", "D'Amato": the apostrophe inside a surname joins it, so the surname alone
    // folds as the full name's last word does
    return fold(NAME_APOSTROPHE.matcher(name).replaceAll("")).replace("kh", "h")
        .replace("ey", "ei").replace("iy", "i").replace("yy", "y").replace("ii", "i")
        .replace("ck", "k").replaceAll("(?<=\\w)y\\b", "i");
  }

  static String slug(EntityType type, String key) {
    // letters of every script are kept: Cyrillic or Arabic names must not collapse into one id
    String s = key.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-|-$", "");
    return type.name().toLowerCase(Locale.ROOT) + ":" + (s.isEmpty()
        ? Integer.toHexString(key.hashCode()) : s);
  }
}
