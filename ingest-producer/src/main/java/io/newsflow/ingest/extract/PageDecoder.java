package io.newsflow.ingest.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a page into text, choosing the encoding from the bytes themselves: a byte-order mark,
 * then strict UTF-8, then (for HTML/XML) a declared charset, then windows-1251 when the letters are mostly Cyrillic, else windows-1252. Rejects binary content.
 *
 * <p>Stateless and thread-safe.
 */
public final class PageDecoder {

    /** The decoded text (BOM removed, nothing else changed) and a label naming the encoding that was used. */
    public record DecodedPage(String text, String encoding) {}

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final int SNIFF_BYTES = 4096;
    /** Above this share of control characters the "text" is almost certainly a binary format. */
    private static final double MAX_CONTROL_RATIO = 0.02;
    private static final Pattern DECLARED_CHARSET =
            Pattern.compile("(?i)(?:charset|encoding)\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{2,40})");

    private PageDecoder() {}

    public static DecodedPage decode(byte[] bytes) throws UnusableInputException {
        if (bytes.length == 0) {
            throw new UnusableInputException("empty file");
        }
        DecodedPage page = decodeBytes(bytes);
        rejectControlHeavy(page.text());
        if (page.text().isBlank()) {
            throw new UnusableInputException("blank file (only whitespace)");
        }
        return page;
    }

    private static DecodedPage decodeBytes(byte[] b) throws UnusableInputException {
        int n = b.length;
        // UTF-32 marks first: the UTF-32LE mark starts with the UTF-16LE one.
        if (n >= 4 && u(b[0]) == 0xFF && u(b[1]) == 0xFE && b[2] == 0 && b[3] == 0) {
            return new DecodedPage(new String(b, 4, n - 4, Charset.forName("UTF-32LE")), "UTF-32LE (BOM)");
        }
        if (n >= 4 && b[0] == 0 && b[1] == 0 && u(b[2]) == 0xFE && u(b[3]) == 0xFF) {
            return new DecodedPage(new String(b, 4, n - 4, Charset.forName("UTF-32BE")), "UTF-32BE (BOM)");
        }
        if (n >= 3 && u(b[0]) == 0xEF && u(b[1]) == 0xBB && u(b[2]) == 0xBF) {
            return new DecodedPage(decodeUtf8Lenient(b, 3), "UTF-8 (BOM)");
        }
        if (n >= 2 && u(b[0]) == 0xFF && u(b[1]) == 0xFE) {
            return new DecodedPage(new String(b, 2, n - 2, StandardCharsets.UTF_16LE), "UTF-16LE (BOM)");
        }
        if (n >= 2 && u(b[0]) == 0xFE && u(b[1]) == 0xFF) {
            return new DecodedPage(new String(b, 2, n - 2, StandardCharsets.UTF_16BE), "UTF-16BE (BOM)");
        }
        String magic = binaryFormat(b);
        if (magic != null) {
            throw new UnusableInputException("binary content (" + magic + ")");
        }
        Charset utf16 = sniffUtf16WithoutBom(b);
        if (utf16 != null) {
            return new DecodedPage(new String(b, utf16), utf16.name() + " (no BOM)");
        }
        for (byte x : b) {
            if (x == 0) {
                throw new UnusableInputException("binary content (NUL bytes)");
            }
        }
        return decodeSingleByteOrUtf8(b);
    }

    private static DecodedPage decodeSingleByteOrUtf8(byte[] b) {
        int valid = 0;      // well-formed multi-byte UTF-8 sequences
        int invalid = 0;    // bytes that cannot be UTF-8
        int i = 0;
        int n = b.length;
        boolean truncatedTail = false;
        while (i < n) {
            int c = u(b[i]);
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = utf8SequenceLength(b, i);
            if (len > 0) {
                valid++;
                i += len;
            } else if (len == 0) {       // a sequence cut off by the end of the file
                truncatedTail = true;
                break;
            } else {
                invalid++;
                i++;
            }
        }
        int end = truncatedTail ? i : n;
        if (invalid == 0) {
            return new DecodedPage(new String(b, 0, end, StandardCharsets.UTF_8), "UTF-8");
        }
        // A few stray bytes in an otherwise UTF-8 file (pasted text, a bad concatenation) would turn every
        // correct character into mojibake under a whole-file windows-1252 decode; decode byte runs separately.
        if (valid >= 4 * invalid) {
            return new DecodedPage(decodeMixed(b, end), "UTF-8 (stray bytes as windows-1252)");
        }
        Charset declared = declaredCharset(b);
        if (declared != null) {
            return new DecodedPage(new String(b, declared), declared.name() + " (declared)");
        }
        if (mostlyCyrillicLetters(b)) {
            return new DecodedPage(new String(b, WINDOWS_1251), "windows-1251 (detected)");
        }
        return new DecodedPage(new String(b, WINDOWS_1252), "windows-1252");
    }

    /**
     * Undeclared single-byte text whose letters are mostly bytes 0xC0-0xFF: windows-1251 Cyrillic (а-я, А-Я live
     * there). In windows-1252 those bytes are accented Latin letters, which are always a minority beside ASCII ones.
     */
    private static boolean mostlyCyrillicLetters(byte[] b) {
        int ascii = 0;
        int high = 0;
        for (byte x : b) {
            int c = u(x);
            if (c >= 0xC0 || c == 0xA8 || c == 0xB8) {
                high++;
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                ascii++;
            }
        }
        return high >= 20 && high > ascii;
    }

    /**
     * Length of the well-formed UTF-8 sequence starting at {@code i} (lead byte >= 0x80), 0 when it is cut off by
     * the end of the input, -1 when malformed (overlong forms, surrogates and code points above U+10FFFF included).
     */
    private static int utf8SequenceLength(byte[] b, int i) {
        int c = u(b[i]);
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0) {
                lo = 0xA0;
            } else if (c == 0xED) {
                hi = 0x9F;
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0) {
                lo = 0x90;
            } else if (c == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return -1;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= b.length) {
                return 0;
            }
            int cc = u(b[i + k]);
            int min = k == 1 ? lo : 0x80;
            int max = k == 1 ? hi : 0xBF;
            if (cc < min || cc > max) {
                return -1;
            }
        }
        return need + 1;
    }

    private static String decodeMixed(byte[] b, int end) {
        StringBuilder sb = new StringBuilder(end);
        int i = 0;
        int runStart = 0;
        while (i < end) {
            int c = u(b[i]);
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = utf8SequenceLength(b, i);
            if (len > 0) {
                i += len;
                continue;
            }
            sb.append(new String(b, runStart, i - runStart, StandardCharsets.UTF_8));
            sb.append(new String(b, i, 1, WINDOWS_1252));
            i++;
            runStart = i;
        }
        sb.append(new String(b, runStart, end - runStart, StandardCharsets.UTF_8));
        return sb.toString();
    }

    private static String decodeUtf8Lenient(byte[] b, int offset) {
        return new String(b, offset, b.length - offset, StandardCharsets.UTF_8);
    }

    /** A charset named in an HTML meta tag or XML declaration near the top, if Java supports it. */
    private static Charset declaredCharset(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // Browsers read latin-1 labels as windows-1252; a UTF-8 label on invalid UTF-8 is simply wrong.
        if (name.startsWith("utf-8") || name.equals("utf8") || name.contains("8859-1") || name.equals("latin1")
                || name.equals("us-ascii") || name.equals("ascii")) {
            return null;
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Mostly-ASCII UTF-16 has a zero in every other byte; binary data has zeros scattered evenly. */
    private static Charset sniffUtf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, SNIFF_BYTES) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.02) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.02) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Names a few common binary formats so the rejection reason says what the file actually is. */
    private static String binaryFormat(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "PDF document";
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47)) {
            return "PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
            return "GIF image";
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            return "ZIP archive";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip data";
        }
        return null;
    }

    private static void rejectControlHeavy(String text) throws UnusableInputException {
        int n = Math.min(text.length(), 100_000);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                    || (c >= 0x7F && c <= 0x9F) || c == '\uFFFD') {
                controls++;
            }
        }
        if (controls >= 4 && controls > n * MAX_CONTROL_RATIO) {
            throw new UnusableInputException(String.format(Locale.ROOT,
                    "binary content (%.0f%% control characters)", 100.0 * controls / n));
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (u(b[i]) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u(byte x) {
        return x & 0xFF;
    }
}
