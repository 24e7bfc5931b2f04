package cairn.content;

import cairn.Diagnostics;
import cairn.TestSite;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON Schemas in docs/schema/ that editors use to complete and check cairn.yaml and
 * front matter: the repository's own site passes them, and they reject what cairn rejects.
 * YAML is validated as text, the way an editor's YAML language server reads it.
 */
class SchemaTest {

    private static final Path SCHEMAS = Path.of("docs/schema");
    private static final Pattern YAML_BLOCK = Pattern.compile("(?s)\\A---\\n(.*?)\\n---[ \\t]*(?:\\n|\\z)");
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema CONFIG = schema("cairn.schema.json");
    private static final Schema FRONT_MATTER = schema("front-matter.schema.json");

    @TempDir
    Path dir;

    private static Schema schema(String name) {
        try {
            return REGISTRY.getSchema(Files.readString(SCHEMAS.resolve(name)), InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> errors(Schema schema, String yaml) {
        return schema.validate(yaml, InputFormat.YAML).stream().map(Error::toString).toList();
    }

    @Test
    void repositoryConfigMatchesTheSchema() throws IOException {
        assertEquals(List.of(), errors(CONFIG, Files.readString(Path.of(SiteConfig.FILE_NAME))));
    }

    @Test
    void everySampleGuidePageMatchesTheFrontMatterSchema() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(ContentLoader.CONTENT_DIR))) {
            files = walk.filter(ContentLoader::isMarkdown).sorted().toList();
        }
        assertTrue(files.size() >= 30, "the sample guide has its pages: " + files.size());
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file).replace("\r\n", "\n");
            Matcher yaml = YAML_BLOCK.matcher(text);
            List<String> errors;
            if (yaml.find()) {
                errors = errors(FRONT_MATTER, yaml.group(1));
            } else {
                // Python-Markdown meta lines: validate the values as cairn reads them (all text)
                FrontMatter fm = FrontMatterParser.parse(SourceFile.decode(file, file, Files.readAllBytes(file)));
                errors = FRONT_MATTER.validate(JsonMapper.shared().valueToTree(fm.values())).stream()
                        .map(Error::toString).toList();
            }
            errors.forEach(e -> problems.add(file + ": " + e));
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "links:\n  internal: maybe\n",
        "see_also:\n  max: -1\n",
        "urls:\n  page: /pages/index.html\n",
        "urls:\n  blog: blog.html\n",
        "chapters:\n  - title: Data\n",
        "chapters:\n  - number: \"03\"\n    sections:\n      - title: NoSQL\n",
    })
    void configSchemaRejectsWhatCairnRejects(String yaml) throws IOException {
        assertFalse(errors(CONFIG, yaml).isEmpty(), "schema accepts:\n" + yaml);
        TestSite.of(dir, "-- cairn.yaml --\n" + yaml);
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig.load(dir, diagnostics);
        assertTrue(diagnostics.hasErrors(), "cairn accepts:\n" + yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "meta: no title\n",
        "title: A\ntoc: maybe\n",
        "title: A\ndraft: perhaps\n",
        "title: A\ndate: 2026/01/02\n",
        "title: A\nslug: a/b\n",
        "title: A\nslug: a b\n",
        "title: A\nslug: -a\n",
    })
    void frontMatterSchemaRejectsWhatCairnRejects(String yaml) throws IOException {
        assertFalse(errors(FRONT_MATTER, yaml).isEmpty(), "schema accepts:\n" + yaml);
        TestSite site = TestSite.of(dir, "-- content/pages/01-a/00-a.md --\n---\n" + yaml + "---\nText.\n");
        assertFalse(site.buildErrors().isEmpty(), "cairn accepts:\n" + yaml);
    }

    @Test
    void schemasAcceptWhatCairnAcceptsBeyondTheSample() {
        assertEquals(List.of(), errors(CONFIG, """
                title: T
                base_url: https://example.org/guide
                chapters:
                  - number: 3
                    title: Data
                    sections:
                      - title: NoSQL
                        pages: [redis, mongodb]
                urls: {page: "/{slug}/index.html", post: "/posts/{slug}.html", toc: /toc.html, blog: /posts.html}
                links: {internal: warn}
                templates: {strict: true}
                markdown: {typographic: true}
                analytics_id: anything-for-templates
                """));
        assertEquals(List.of(), errors(FRONT_MATTER, """
                title: A
                sortorder: 0313
                toc: True
                draft: no
                see_also: a, b
                next: [c]
                date: 2026-01-02
                modified: 2026-01-03 10:00
                tags: [x, y]
                category: post
                my_own_key: {any: thing}
                """));
    }
}
