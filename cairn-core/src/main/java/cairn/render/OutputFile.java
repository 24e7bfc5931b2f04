package cairn.render;

import java.nio.charset.StandardCharsets;

/** A file of the output: its site path ({@code /blog/x.html}) and bytes. */
public record OutputFile(String url, byte[] bytes) {

    public static OutputFile text(String url, String content) {
        return new OutputFile(url, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The path relative to the output directory: {@code blog/x.html}. */
    public String relativePath() {
        return url.startsWith("/") ? url.substring(1) : url;
    }

    public String content() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
