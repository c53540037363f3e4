package org.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parallax.model.Problem;

/**
 * Turns bytes into text the way a careful reader would: a byte order mark wins, then a charset the
 * document declares ({@code <meta charset>}, an XML declaration), then strict UTF-8; bytes that
 * are not UTF-8 are decoded line by line as windows-1252 (a superset of Latin-1), so a file that
 * mixes the two keeps both halves readable, and the fallback is reported as a problem.
 */
public final class TextDecoding {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern DECLARED =
      Pattern.compile(
          "(?i)(?:<meta[^>]{0,200}charset\\s*=\\s*[\"']?|<\\?xml[^>]{0,100}encoding\\s*=\\s*[\"'])"
              + "([A-Za-z0-9_.:-]{2,40})");

  private TextDecoding() {}

  /** Decodes {@code bytes}, looking for a declared charset in the first 4 KB. */
  public static Decoded decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /**
   * Decodes {@code bytes} with a charset declared outside them (an HTTP {@code Content-Type}
   * header), which counts like an in-document declaration.
   */
  public static Decoded decode(byte[] bytes, @Nullable String transportCharset) {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      return decodeWith(bytes, 3, StandardCharsets.UTF_8, "byte order mark");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return decodeWith(bytes, 2, StandardCharsets.UTF_16BE, "byte order mark");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return decodeWith(bytes, 2, StandardCharsets.UTF_16LE, "byte order mark");
    }
    Charset declared = transportCharset == null ? null : charsetNamed(transportCharset);
    if (declared == null) {
      declared = declaredCharset(bytes);
    }
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)
        && !(hasNonAscii(bytes, 0, bytes.length) && isUtf8(bytes))) {
      // bytes that are valid UTF-8 with non-ASCII characters are UTF-8 whatever a stale
      // declaration says (a Latin-1 or GBK text is practically never valid UTF-8 by chance)
      return decodeWith(bytes, 0, declared, "declaration");
    }
    return decodeUtf8OrFallback(bytes);
  }

  private static Decoded decodeWith(byte[] bytes, int offset, Charset charset, String why) {
    CharsetDecoder decoder =
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
      return new Decoded(text, charset, List.of());
    } catch (CharacterCodingException e) {
      // REPLACE never throws; keep the compiler honest
      throw new IllegalStateException("decoder for " + charset + " (" + why + ") failed", e);
    }
  }

  private static @Nullable Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return null;
    }
    return charsetNamed(m.group(1));
  }

  /** The charset a label names, the way browsers read labels; null when unknown. */
  private static @Nullable Charset charsetNamed(String label) {
    String name = label.trim().replace("\"", "").toLowerCase(Locale.ROOT);
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
      // browsers read these labels as windows-1252 (WHATWG encoding standard)
      return WINDOWS_1252;
    }
    if (name.startsWith("utf-16")) {
      // a UTF-16 page announces itself with a byte order mark; a declaration that can be read
      // as ASCII is not UTF-16 (WHATWG: treat as UTF-8)
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean isUtf8(byte[] bytes) {
    return isUtf8(bytes, bytes.length, true);
  }

  /**
   * Whether the first {@code n} bytes are UTF-8; with {@code whole} false they may end inside a
   * character (a prefix of a longer file).
   */
  static boolean isUtf8(byte[] bytes, int n, boolean whole) {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return !strict.decode(ByteBuffer.wrap(bytes, 0, n), CharBuffer.allocate(n), whole).isError();
  }

  private static Decoded decodeUtf8OrFallback(byte[] bytes) {
    CharsetDecoder strict =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return new Decoded(strict.decode(ByteBuffer.wrap(bytes)).toString(), StandardCharsets.UTF_8,
          List.of());
    } catch (CharacterCodingException e) {
      return decodeLineByLine(bytes);
    }
  }

  /** Decodes each line as UTF-8 when it is valid UTF-8, else as windows-1252. */
  private static Decoded decodeLineByLine(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length);
    int start = 0;
    int utf8Lines = 0;
    int fallbackLines = 0;
    int firstBad = -1;
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int line = 1;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        int end = i == bytes.length ? i : i + 1;
        ByteBuffer chunk = ByteBuffer.wrap(bytes, start, end - start);
        try {
          CharBuffer decoded = strict.reset().decode(chunk);
          out.append(decoded);
          if (hasNonAscii(bytes, start, end)) {
            utf8Lines++; // only lines with non-ASCII bytes tell the encodings apart
          }
        } catch (CharacterCodingException e) {
          out.append(new String(bytes, start, end - start, WINDOWS_1252));
          fallbackLines++;
          if (firstBad < 0) {
            firstBad = line;
          }
        }
        start = end;
        line++;
      }
    }
    List<Problem> problems = new ArrayList<>();
    boolean mixed = utf8Lines > 0;
    problems.add(new Problem(mixed ? "encoding-mixed" : "encoding-fallback",
        "not valid UTF-8 from line " + firstBad + "; " + fallbackLines + " line(s) decoded as windows-1252"
            + (mixed ? ", the rest as UTF-8 (mixed encodings)" : "")));
    return new Decoded(out.toString(), fallbackLines > utf8Lines ? WINDOWS_1252 : StandardCharsets.UTF_8,
        problems);
  }

  private static boolean hasNonAscii(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] < 0) {
        return true;
      }
    }
    return false;
  }
}
