package cairn.render;

import cairn.GitRepo;
import cairn.content.LinkHealth;
import cairn.content.LinkStatusFile;
import cairn.pipeline.BuildOptions;
import cairn.pipeline.Pipeline;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The resource index of a guide with a git history and recorded link health: {@code resources.json}
 * matches its published JSON Schema and carries each field the issue names, and "All resources"
 * groups every resource by chapter and section, readable without JavaScript.
 */
class ResourceIndexTest {

    private static final String RUFF_DOCS = "https://docs.ruff.example/rules/";
    private static final String FLAKE8 = "https://www.flake8.example/";
    private static final String PG = "https://postgresql.example/docs/";
    private static final String MYPY = "https://mypy.example/";
    private static final String NEWS = "https://news.example/launch";

    @TempDir
    Path dir;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Two chapters and a post; the Ruff link is added a month after its page; four URLs have a recorded health. */
    private Path guide() throws Exception {
        GitRepo repo = GitRepo.init(dir.resolve("g"))
                .write("cairn.yaml", "title: G\nbase_url: https://g.example.org\n")
                .write("content/pages/01-tools/01-linters.md", "title: Linters\nmeta: m\n\n"
                        + "Types are checked by [mypy](" + MYPY + ") as well.\n\n## Python linters {#py}\n\n"
                        + "* [Flake8](" + FLAKE8 + ") the classic one.\n")
                .write("content/pages/02-data/01-databases.md", "title: Databases\nmeta: m\n\n## Relational\n\n"
                        + "* [PostgreSQL manual](" + PG + ") - every feature, with examples.\n")
                .write("content/posts/2024-01-12-launch.md", "title: Launch\ndate: 2024-01-12\nmeta: m\n\n"
                        + "We were [in the news](" + NEWS + ") today.\n")
                .commit("2024-01-10T12:00:00+00:00", "start")
                .write("content/pages/01-tools/01-linters.md", "title: Linters\nmeta: m\n\n"
                        + "Types are checked by [mypy](" + MYPY + ") as well.\n\n## Python linters {#py}\n\n"
                        + "* [Flake8](" + FLAKE8 + ") the classic one.\n"
                        + "* [Ruff rules](" + RUFF_DOCS + ") - what each rule catches, and why.\n")
                .commit("2024-02-01T12:00:00+00:00", "add ruff");
        LocalDate checked = d("2024-04-01");
        LinkStatusFile.write(repo.dir(), new LinkHealth(Map.of(
                PG, new LinkHealth.Entry("dead", 404, checked, Optional.of(d("2024-03-01")), Optional.of(d("2024-03-02")), 5),
                RUFF_DOCS, new LinkHealth.Entry("ok", 200, checked, Optional.of(checked), Optional.empty(), 0),
                FLAKE8, new LinkHealth.Entry("bad-response", 0, checked, Optional.of(d("2024-03-30")),
                        Optional.of(checked), 1),
                MYPY, new LinkHealth.Entry("too-large", 0, checked, Optional.empty(), Optional.of(checked), 1))));
        Path out = repo.dir().resolve("public");
        try (Pipeline p = new Pipeline(1)) {
            p.build(BuildOptions.of(repo.dir(), out));
        }
        return out;
    }

    private static JsonNode byUrl(JsonNode json, String url) {
        for (JsonNode r : json.get("resources")) {
            if (r.get("url").asString().equals(url)) {
                return r;
            }
        }
        throw new AssertionError("not in resources.json: " + url);
    }

    @Test
    void resourcesJsonMatchesItsSchemaWithEveryRecordedStatus() throws Exception {
        String json = Files.readString(guide().resolve("resources.json"));
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("docs/schema/resources.schema.json")), InputFormat.JSON);
        assertEquals(List.of(), schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList());
    }

    @Test
    void eachResourceCarriesTextCommentPageSectionChapterDomainAndTheDayItFirstAppeared() throws Exception {
        JsonNode json = JsonMapper.shared().readTree(Files.readString(guide().resolve("resources.json")));
        assertEquals(List.of(MYPY, FLAKE8, RUFF_DOCS, PG, NEWS), json.get("resources").valueStream()
                .map(r -> r.get("url").asString()).toList(), "reading order, then the posts");

        JsonNode ruff = byUrl(json, RUFF_DOCS);
        assertEquals("Ruff rules", ruff.get("text").asString());
        assertEquals("what each rule catches, and why.", ruff.get("comment").asString());
        assertEquals("/linters.html", ruff.get("page").get("url").asString());
        assertEquals("Python linters", ruff.get("section").get("title").asString());
        assertEquals("py", ruff.get("section").get("anchor").asString());
        assertEquals("01", ruff.get("chapter").get("number").asString());
        assertEquals("docs.ruff.example", ruff.get("domain").asString());
        assertEquals("2024-02-01", ruff.get("first_seen").asString(), "the commit that wrote the URL, not the page's");
        assertEquals("ok", ruff.get("status").asString());
        assertEquals("2024-04-01", ruff.get("last_verified").asString());

        assertEquals("flake8.example", byUrl(json, FLAKE8).get("domain").asString(), "www. left out");
        assertEquals("2024-01-10", byUrl(json, FLAKE8).get("first_seen").asString());
        assertTrue(byUrl(json, MYPY).get("section").isNull(), "above the first heading");
        assertTrue(byUrl(json, NEWS).get("chapter").isNull(), "a post has no chapter");

        JsonNode pg = byUrl(json, PG);
        assertEquals("Relational", pg.get("section").get("title").asString());
        assertTrue(pg.get("dead").asBoolean());
        assertEquals("https://web.archive.org/web/20240301/" + PG, pg.get("archive_url").asString());
    }

    @Test
    void allResourcesGroupsEveryResourceByChapterAndSectionWithoutJavaScript() throws Exception {
        Path out = guide();
        Document page = Jsoup.parse(Files.readString(out.resolve("resources.html")));
        assertEquals(List.of("01 Tools", "02 Data", "Blog"), page.select(".resource-chapter > h2").eachText());
        Element python = page.selectFirst(".resource-section:has(a[href=/linters.html#py])");
        assertNotNull(python, page.select(".resource-section h3 a").eachAttr("href").toString());
        assertEquals(List.of(FLAKE8, RUFF_DOCS), python.select(".resource-list > li > a").eachAttr("href"));
        assertEquals("what each rule catches, and why.", python.select(".resource-comment").last().text());

        List<String> listed = new ArrayList<>(page.select(".resource-list > li > a").eachAttr("href"));
        assertEquals(List.of(MYPY, FLAKE8, RUFF_DOCS, "https://web.archive.org/web/20240301/" + PG, NEWS), listed,
                "every resource is in the HTML itself");
        assertTrue(page.selectFirst("form.resource-filter").hasAttr("hidden"),
                "the filter form is shown only by resources.js, so the page reads whole without it");
        assertTrue(page.select("select[name=domain] option").eachText().contains("docs.ruff.example (1)"));
        assertEquals("flake8.example", page.selectFirst("li:has(a[href=" + FLAKE8 + "])").attr("data-domain"));
        assertEquals("(archived copy)", page.selectFirst("a.archived-link").nextElementSibling().text());

        Document toc = Jsoup.parse(Files.readString(out.resolve("table-of-contents.html")));
        assertEquals("(3 resources)", toc.selectFirst("li:has(> a[href=/linters.html]) .resource-count").text(),
                "the theme shows each page's resource count from the template variables");
    }
}
