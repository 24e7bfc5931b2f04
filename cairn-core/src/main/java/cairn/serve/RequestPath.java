package cairn.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A request path decoded exactly once and checked, or nothing when the request must be
 * refused (400): a path that is not absolute, a bad or non-UTF-8 percent escape, a
 * backslash, a control character, or a {@code .} or {@code ..} segment, written raw or
 * percent-encoded. What is left can only name a file of the site: the server looks it up
 * in the site's own table of paths, never in the file system.
 */
record RequestPath(String path) {

    static Optional<RequestPath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String path = decoded.get();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' || c < 0x20 || c == 0x7f) {
                return Optional.empty();
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(new RequestPath(path.replaceAll("/{2,}", "/")));
    }

    /** The site path of the file to serve: {@code /} and {@code /dir/} → their {@code index.html}. */
    String file() {
        return path.endsWith("/") ? path + "index.html" : path;
    }

    private static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7f) {
                return Optional.empty(); // a raw path is ASCII; anything else was not sent by a browser
            } else {
                bytes.write(c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
