package cairn.bench;

import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor under a cold build: flexmark alone parsing and rendering every Markdown file
 * of a site (front matter cut off, the extensions cairn uses that come with flexmark), on
 * every core, in a fresh JVM, writing nothing. {@code bench/real.sh} runs it next to cairn:
 * {@code java -cp target/test-classes:target/cairn.jar cairn.bench.FlexmarkFloor DIR}
 * prints the files, the HTML characters made and the milliseconds from the first read.
 */
public final class FlexmarkFloor {

    private FlexmarkFloor() {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                FootnoteExtension.create(), DefinitionExtension.create()));
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".markdown")).toList();
        }
        long chars = files.parallelStream().mapToLong(f -> {
            try {
                return renderer.render(parser.parse(body(Files.readString(f, StandardCharsets.UTF_8)))).length();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sum();
        System.out.printf("flexmark: %d files, %d HTML characters, %d ms%n", files.size(), chars,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The text after the front matter: a YAML block between {@code ---} lines, or Pelican's headers up to a blank line. */
    static String body(String text) {
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 4);
            return end < 0 ? text : text.substring(text.indexOf('\n', end + 1) + 1);
        }
        int blank = text.indexOf("\n\n");
        return blank < 0 || !text.substring(0, blank).lines().allMatch(l -> l.matches("[A-Za-z_]+:.*"))
                ? text : text.substring(blank + 2);
    }
}
