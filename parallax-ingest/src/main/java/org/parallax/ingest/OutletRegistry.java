package org.parallax.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parallax.model.Outlet;
import org.parallax.model.OutletKind;

/**
 * Facts about outlets, read from a tab-separated registry file ({@code data/outlets.tsv}, bundled
 * in the jar; users may add their own with {@link #withFile}). Looks outlets up by domain (with or
 * without {@code www.}, and by parent domain: {@code edition.cnn.com} finds {@code cnn.com}) and
 * by the names and agency markers text uses for them ({@code /TASS/}, {@code (Reuters)}).
 */
public final class OutletRegistry {
  private static final String BUNDLED = "outlets.tsv";
  private static final List<String> HEADER =
      List.of("domain", "name", "country", "kind", "aliases", "fact", "bias", "source");

  private final Map<String, Outlet> byDomain;
  private final Map<String, Outlet> byAlias;

  private OutletRegistry(Map<String, Outlet> byDomain) {
    // file order decides which domain an alias names ("TASS" → the first TASS row): keep it
    this.byDomain = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byDomain));
    Map<String, Outlet> aliases = new LinkedHashMap<>();
    for (Outlet o : byDomain.values()) {
      aliases.putIfAbsent(aliasKey(o.name()), o);
      for (String a : o.aliases()) {
        aliases.putIfAbsent(aliasKey(a), o);
      }
    }
    this.byAlias = java.util.Collections.unmodifiableMap(aliases);
  }

  /** The registry bundled with Parallax. */
  public static OutletRegistry bundled() {
    try (InputStream in = OutletRegistry.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled outlet registry " + BUNDLED + " is missing from the jar");
      }
      return new OutletRegistry(parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED,
          new LinkedHashMap<>()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled outlet registry", e);
    }
  }

  /** An empty registry: every outlet is unregistered. */
  public static OutletRegistry empty() {
    return new OutletRegistry(Map.of());
  }

  /**
   * This registry with the rows of {@code file} added; a row for a domain already known replaces
   * it.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed row
   */
  public OutletRegistry withFile(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new OutletRegistry(parse(r, file.toString(), new LinkedHashMap<>(byDomain)));
    }
  }

  private static Map<String, Outlet> parse(Reader reader, String name, Map<String, Outlet> into)
      throws IOException {
    BufferedReader in = new BufferedReader(reader);
    String line;
    int lineNo = 0;
    boolean headerSeen = false;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (!headerSeen) {
        if (!List.of(cols).equals(HEADER)) {
          throw new IllegalArgumentException(name + ":" + lineNo + ": header must be "
              + String.join("<TAB>", HEADER) + ", got " + line.replace("\t", "<TAB>"));
        }
        headerSeen = true;
        continue;
      }
      if (cols.length != HEADER.size()) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": expected " + HEADER.size()
            + " tab-separated columns, got " + cols.length);
      }
      try {
        String domain = normaliseDomain(cols[0]);
        List<String> aliases = new ArrayList<>();
        for (String a : cols[4].split("\\|")) {
          if (!a.isBlank()) {
            aliases.add(a.trim());
          }
        }
        into.put(domain, new Outlet(domain, cols[1].trim(), blankToNull(cols[2]),
            OutletKind.fromLabel(cols[3]), aliases, blankToNull(cols[5]), blankToNull(cols[6])));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    return into;
  }

  private static @Nullable String blankToNull(String s) {
    return s.isBlank() ? null : s.trim();
  }

  /** Lower case, no {@code www.}, no trailing dot. */
  public static String normaliseDomain(String domain) {
    String d = domain.trim().toLowerCase(Locale.ROOT);
    if (d.endsWith(".")) {
      d = d.substring(0, d.length() - 1);
    }
    return d.startsWith("www.") ? d.substring(4) : d;
  }

  private static String aliasKey(String alias) {
    return alias.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s/()]+", " ").trim();
  }

  /** The outlet for {@code domain} (or a parent domain), or an unregistered outlet named by it. */
  public Outlet byDomain(String domain) {
    Outlet known = lookUpDomain(domain);
    return known != null ? known : Outlet.unregistered(normaliseDomain(domain));
  }

  /** The registered outlet for {@code domain} or a parent domain, or null. */
  public @Nullable Outlet lookUpDomain(String domain) {
    String d = normaliseDomain(domain);
    while (true) {
      Outlet o = byDomain.get(d);
      if (o != null) {
        return o;
      }
      int dot = d.indexOf('.');
      if (dot < 0 || d.indexOf('.', dot + 1) < 0) {
        return null;
      }
      d = d.substring(dot + 1);
    }
  }

  /** The outlet a URL belongs to, or null when the URL has no host. */
  public @Nullable Outlet byUrl(@Nullable String url) {
    String host = host(url);
    return host == null ? null : byDomain(host);
  }

  /** The host of {@code url}, or null. */
  public static @Nullable String host(@Nullable String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = new URI(url.trim()).getHost();
      return host == null ? null : normaliseDomain(host);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The registered outlet that text names {@code alias} (e.g. {@code TASS}), or null. */
  public @Nullable Outlet byAlias(String alias) {
    return byAlias.get(aliasKey(alias));
  }

  /** The outlet for a name given by an input (a name, an alias or a domain), never null. */
  public Outlet byNameOrDomain(String nameOrDomain) {
    Outlet o = byAlias(nameOrDomain);
    if (o != null) {
      return o;
    }
    if (nameOrDomain.contains(".") && !nameOrDomain.contains(" ")) {
      return byDomain(nameOrDomain);
    }
    String id = nameOrDomain.trim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}.]+", "-");
    return new Outlet(id.isEmpty() ? Outlet.UNKNOWN_ID : id, nameOrDomain.trim(), null,
        OutletKind.UNKNOWN, List.of(), null, null);
  }

  /** Every registered outlet. */
  public Collection<Outlet> outlets() {
    return byDomain.values();
  }

  public int size() {
    return byDomain.size();
  }
}
