package org.parallax.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parallax.model.analysis.EntityType;
import org.parallax.model.analysis.Mention;

/**
 * Facts about widely reported entities, read from {@code data/gazetteer.tsv}: canonical names,
 * spelling variants and transliterations, short forms, demonyms, capitals that stand for their
 * governments, and the roles people are reported with.
 */
public final class Gazetteer {
  private static final List<String> HEADER = List.of("id", "type", "name", "variants", "short",
      "demonyms", "metonym_of", "roles", "country");

  /**
   * One gazetteer entry.
   *
   * @param id stable slug
   * @param type entity type
   * @param name canonical name
   * @param metonymOf the entity a capital or seat of power stands for, or null
   * @param roles role nouns ("foreign minister", "newspaper")
   * @param country the country entry it belongs to, or null
   */
  public record Entry(String id, EntityType type, String name, @Nullable String metonymOf,
      List<String> roles, @Nullable String country) {}

  /** A surface form and what it names. */
  record Form(Entry entry, Mention.Kind kind, String text) {}

  private final Map<String, Entry> byId;
  /** Token sequences (folded) to forms, longest first when looked up. */
  private final Map<String, Form> forms;
  private final int longestForm;

  private Gazetteer(Map<String, Entry> byId, Map<String, Form> forms) {
    this.byId = Map.copyOf(byId);
    this.forms = Map.copyOf(forms);
    int longest = 1;
    for (String k : forms.keySet()) {
      longest = Math.max(longest, k.split(" ").length);
    }
    this.longestForm = longest;
  }

  /** The gazetteer bundled with Parallax. */
  public static Gazetteer bundled() {
    try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
      if (in == null) {
        throw new IllegalStateException("gazetteer.tsv is missing from the jar");
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "gazetteer.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer", e);
    }
  }

  public static Gazetteer of(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    }
  }

  static Gazetteer parse(Reader reader, String name) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    Map<String, Entry> byId = new LinkedHashMap<>();
    Map<String, Form> forms = new HashMap<>();
    List<String[]> rows = new ArrayList<>();
    String line;
    int lineNo = 0;
    boolean header = false;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (!header) {
        if (!List.of(c).equals(HEADER)) {
          throw new IllegalArgumentException(name + ":" + lineNo + ": header must be "
              + String.join("<TAB>", HEADER));
        }
        header = true;
        continue;
      }
      if (c.length != HEADER.size()) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": expected " + HEADER.size()
            + " columns, got " + c.length);
      }
      EntityType type;
      try {
        type = EntityType.valueOf(c[1].trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": type must be PERSON,"
            + " ORGANIZATION, LOCATION or GROUP, got '" + c[1] + "'", e);
      }
      Entry entry = new Entry(c[0].trim(), type, c[2].trim(), blank(c[6]), split(c[7]), blank(c[8]));
      byId.put(entry.id(), entry);
      rows.add(c);
    }
    // names and variants win over short forms, short forms over demonyms, first row over later
    for (int pass = 0; pass < 3; pass++) {
      for (String[] c : rows) {
        Entry e = byId.get(c[0].trim());
        if (pass == 0) {
          add(forms, c[2].trim(), e, Mention.Kind.NAME);
          split(c[3]).forEach(v -> add(forms, v, e, Mention.Kind.NAME));
        } else if (pass == 1) {
          split(c[4]).forEach(v -> add(forms, v, e, Mention.Kind.SHORT));
        } else {
          split(c[5]).forEach(v -> add(forms, v, e, Mention.Kind.DEMONYM));
        }
      }
    }
    return new Gazetteer(byId, forms);
  }

  private static void add(Map<String, Form> forms, String text, Entry e, Mention.Kind kind) {
    String t = text.strip();
    if (t.toLowerCase(Locale.ROOT).startsWith("the ")) {
      t = t.substring(4);
    }
    if (!t.isEmpty()) {
      forms.putIfAbsent(key(t, isAcronym(t)), new Form(e, kind, t));
    }
  }

  private static @Nullable String blank(String s) {
    return s.isBlank() ? null : s.trim();
  }

  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String p : s.split("\\|")) {
      if (!p.isBlank()) {
        out.add(p.trim());
      }
    }
    return out;
  }

  static boolean isAcronym(String s) {
    return s.length() <= 6 && s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().anyMatch(Character::isLetter);
  }

  /**
   * The lookup key of a form: tokens joined by spaces, accents and case folded (acronyms keep
   * their case, so "AES" never matches "aes"), curly apostrophes straightened.
   */
  static String key(String text, boolean keepCase) {
    String t = fold(text);
    return keepCase ? "=" + t : t.toLowerCase(Locale.ROOT);
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=\\w)-(?=\\w)");

  /** {@link #key} before the case rule: accents stripped, hyphens and dots spaced. */
  private static String fold(String text) {
    if (isPlain(text)) {
      return text; // the common case, looked up for every window of every sentence
    }
    String t = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
        .replace('’', '\'').replace('‘', '\'');
    t = SPACES.matcher(t).replaceAll(" ").strip();
    t = INNER_HYPHEN.matcher(t).replaceAll(" - ").replace(".", ". ");
    return SPACES.matcher(t).replaceAll(" ").strip();
  }

  /** ASCII letters, digits and apostrophes in words separated by single spaces. */
  private static boolean isPlain(String text) {
    if (text.isEmpty() || text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '\'' || (c == ' ' && text.charAt(i - 1) != ' ');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** The form spelled by {@code words} (tokens as written), or null. */
  @Nullable Form lookUp(List<String> words) {
    String folded = fold(String.join(" ", words));
    Form f = forms.get("=" + folded);
    if (f != null) {
      return f;
    }
    f = forms.get(folded.toLowerCase(Locale.ROOT));
    return f == null || isAcronym(f.text()) ? null : f;
  }

  int longestForm() {
    return longestForm;
  }

  public @Nullable Entry entry(String id) {
    return byId.get(id);
  }

  public int size() {
    return byId.size();
  }
}
