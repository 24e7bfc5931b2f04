package cairn.content;

import cairn.Diagnostic;
import cairn.DiagnosticException;
import cairn.SourcePos;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The text of one source file, decoded and normalised (BOM removed, CRLF and CR turned
 * into LF), with a table of line starts so that any offset into {@link #text()} maps
 * back to the line and column an author sees in their editor.
 */
public final class SourceFile {

    private final Path path;
    private final Path displayPath;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(Path path, Path displayPath, String text) {
        this.path = path;
        this.displayPath = displayPath;
        this.text = normaliseLineEndings(text);
        this.lineStarts = lineStarts(this.text);
    }

    /**
     * Decodes bytes as UTF-8 (or UTF-16 when the file starts with a UTF-16 byte order
     * mark). Invalid UTF-8 is an error naming the line and byte offset of the first bad
     * byte, never silently replaced.
     */
    public static SourceFile decode(Path path, Path displayPath, byte[] bytes) throws DiagnosticException {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new SourceFile(path, displayPath, new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new SourceFile(path, displayPath, new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return new SourceFile(path, displayPath, decoder.decode(in).toString());
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, start);
            int line = 1;
            int lineStart = start;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new DiagnosticException(Diagnostic.error("encoding", new SourcePos(displayPath, line, column),
                    "invalid UTF-8 at byte offset " + bad + " (save the file as UTF-8)"));
        }
    }

    public Path path() {
        return path;
    }

    /** The path shown in messages: relative to the site directory. */
    public Path displayPath() {
        return displayPath;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line holding {@code offset}. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Offset of the first character of 1-based {@code line}. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    public SourcePos pos(int offset) {
        int line = lineOf(offset);
        int column = Math.max(0, Math.min(offset, text.length()) - lineStarts[line - 1]) + 1;
        return new SourcePos(displayPath, line, column);
    }

    public SourcePos pos(int line, int column) {
        return new SourcePos(displayPath, line, column);
    }

    public SourcePos filePos() {
        return SourcePos.of(displayPath);
    }

    private static String normaliseLineEndings(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int[] lineStarts(String s) {
        int[] starts = new int[Math.max(16, s.length() / 40)];
        int n = 1;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        return Arrays.copyOf(starts, n);
    }

    private static int firstInvalidUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int len = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
            if (len == 0 || i + len > b.length) {
                return i;
            }
            for (int k = 1; k < len; k++) {
                if ((b[i + k] & 0xc0) != 0x80) {
                    return i;
                }
            }
            i += len;
        }
        return b.length;
    }

}
