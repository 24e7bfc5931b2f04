package cairn.render;

import cairn.site.Site;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** A file of the output: its site path ({@code /blog/x.html}) and bytes. */
public record OutputFile(String url, byte[] bytes) {

    public static OutputFile text(String url, String content) {
        return new OutputFile(url, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The text files among {@code files} (URL, how to make it) whose URL {@code site}
     * generates, in the order given, not made yet; the others are never made.
     */
    static List<Generated> generated(Site site, Generated... files) {
        return Stream.of(files).filter(f -> site.generatedUrls().contains(f.url())).toList();
    }

    /** A generated text file: its URL and how to make its content. */
    record Generated(String url, Supplier<String> content) {

        OutputFile made() {
            return text(url, content.get());
        }

        /** The file without its content, for {@code check}, which needs only its URL. */
        OutputFile named() {
            return new OutputFile(url, new byte[0]);
        }
    }

    /** The path relative to the output directory: {@code blog/x.html}. */
    public String relativePath() {
        return url.startsWith("/") ? url.substring(1) : url;
    }

    public String content() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
