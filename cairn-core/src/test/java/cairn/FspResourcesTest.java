package cairn;

import cairn.pipeline.BuildOptions;
import cairn.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The resource index of the real Full Stack Python sample: every inline external link of
 * its topic pages' Markdown is in {@code resources.json} with its page and the heading
 * written above it (read from the Markdown here, independently of how cairn finds it).
 */
class FspResourcesTest {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\((https?://(?:[^\\s()]|\\([^\\s()]*\\))+)\\)");
    private static final Pattern SLUG = Pattern.compile("(?m)^slug:\\s*(\\S+)\\s*$");

    @TempDir
    static Path out;
    static List<Map<String, Object>> resources;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void build() throws IOException {
        assumeTrue(Files.isDirectory(FspCorpusTest.CORPUS.resolve("content")),
                "skipped: the shared Full Stack Python corpus is not at " + FspCorpusTest.CORPUS.toAbsolutePath());
        new Pipeline().build(BuildOptions.of(FspCorpusTest.CORPUS, out.resolve("site")).withStrictLinks(false));
        Map<String, Object> json = new Yaml().load(Files.readString(out.resolve("site/resources.json")));
        resources = (List<Map<String, Object>>) json.get("resources");
    }

    /**
     * "url page heading" for every inline link of a Markdown file, with the heading above it;
     * not in code (fenced or inline) nor in a raw HTML block (from a line starting with a tag
     * to the next blank line, where CommonMark reads Markdown as HTML text).
     */
    private static Set<String> writtenLinks(Path file) throws IOException {
        String text = Files.readString(file);
        Matcher slug = SLUG.matcher(text);
        assertTrue(slug.find());
        String page = "/" + slug.group(1) + ".html";
        Set<String> out = new java.util.LinkedHashSet<>();
        String heading = "";
        boolean fence = false;
        boolean html = false;
        for (String raw : text.split("\n")) {
            String line = raw.replaceAll("`[^`]*`", "");
            html = html ? !raw.isBlank() : !fence && raw.matches("<[a-zA-Z/!].*");
            if (html) {
                continue;
            }
            if (line.startsWith("```")) {
                fence = !fence;
            } else if (!fence && line.matches("#{1,6} .*")) {
                heading = line.replaceFirst("^#+ ", "").replaceAll("[*_`]", "").strip();
            } else if (!fence) {
                Matcher m = LINK.matcher(line);
                while (m.find()) {
                    out.add(m.group(2) + " " + page + " " + heading);
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> indexed() {
        return resources.stream().map(r -> r.get("url") + " " + ((Map<String, Object>) r.get("page")).get("url") + " "
                + (r.get("section") == null ? "" : ((Map<String, Object>) r.get("section")).get("title")))
                .collect(Collectors.toSet());
    }

    @Test
    void everyExternalLinkOfEveryTopicPageIsIndexedWithItsPageAndSection() throws IOException {
        List<Path> pages;
        try (var walk = Files.walk(FspCorpusTest.CORPUS.resolve("content/pages"))) {
            pages = walk.filter(p -> p.toString().endsWith(".markdown")).sorted().toList();
        }
        Set<String> indexed = indexed();
        List<String> missing = new ArrayList<>();
        int links = 0;
        for (Path page : pages) {
            for (String link : writtenLinks(page)) {
                links++;
                if (!indexed.contains(link)) {
                    missing.add(link);
                }
            }
        }
        assertTrue(links > 1000, "the sample's topic pages have well over a thousand links: " + links);
        assertEquals(List.of(), missing);
    }

    @Test
    @SuppressWarnings("unchecked")
    void postgresqlResourcesCarryTheirChapterDomainAndComment() {
        Map<String, Object> r = resources.stream()
                .filter(x -> String.valueOf(x.get("url")).startsWith("http://www.postgresql.org/"))
                .filter(x -> "/postgresql.html".equals(((Map<String, Object>) x.get("page")).get("url")))
                .findFirst().orElseThrow();
        assertEquals("postgresql.org", r.get("domain"));
        assertEquals("Data", ((Map<String, Object>) r.get("chapter")).get("title"));
        assertTrue(r.containsKey("comment"));
    }
}
