package cairn.render;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The split search index: manifest, shards by word prefix, one file per page; folded words; deterministic. */
class SearchIndexWriterTest {

    @TempDir
    Path dir;

    private static final String SITE = "-- cairn.yaml --\nbase_url: https://example.org/g\n"
            + "-- content/pages/01-basics/01-a.md --\n---\ntitle: 'Caf\u00e9 \"Z\"'\nsortorder: \"0101\"\nmeta: A <b> & c\n---\n\n"
            + "R\u00e9sum\u00e9 of the Zebra, zebra and the\n\n## Stripes\n\nBlack *and* white.\n"
            + "-- content/pages/01-basics/02-b.md --\ntitle: Bee\nsortorder: 0102\n\nA zebra, once more.\n";

    private TestSite build(String archive) throws Exception {
        TestSite s = TestSite.of(dir, archive);
        s.build();
        return s;
    }

    @Test
    void shardsHoldEachFoldedWordByItsPrefixWithThePagesAndFieldsItIsIn() throws Exception {
        TestSite s = build(SITE);
        // pages in reading order: a.html is 0, b.html is 1; fields title 8, heading 4, description 2, body 1
        assertEquals("{\n\"cafe\":[24]\n}\n", s.read("search/w/c.json"), "page 0, title only");
        assertEquals("{\n\"resume\":[17]\n}\n", s.read("search/w/r.json"), "accents folded away, page 0, body");
        assertEquals("{\n\"stripes\":[21]\n}\n", s.read("search/w/s.json"), "a heading is in the body too");
        assertEquals("{\n\"zebra\":[17,17]\n}\n", s.read("search/w/z.json"), "page 0, then 1 page later");
        assertTrue(s.read("search/w/b.json").contains("\"black\":[17]"));
        assertFalse(Files.exists(s.output().resolve("search/w/t.json")), "stop words are left out");
        assertFalse(Files.exists(s.output().resolve("search-index.json")), "the old single-file index is gone");
    }

    @Test
    void theManifestListsEveryShardWrittenAndTheStopWordsForQueries() throws Exception {
        TestSite s = build(SITE);
        String manifest = s.read("search/index.json");
        assertTrue(manifest.matches("(?s)\\{\"v\":2,\"id\":\"[0-9a-f]{12}\",\"pages\":2,\"stop\":\\[\"a\",\"an\",\"and\",.*"),
                manifest);
        List<String> listed = List.of(manifest.replaceFirst("(?s).*\"shards\":\\[\"", "").replaceFirst("\"]}\\s*$", "")
                .split("\",\""));
        try (Stream<Path> files = Files.list(s.output().resolve("search/w"))) {
            assertEquals(listed, files.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList());
        }
        assertEquals(List.of("b", "c", "m", "o", "r", "s", "w", "z"), listed, "one shard per first letter: all small");
    }

    @Test
    void eachPageFileHoldsTitleUrlChapterDescriptionHeadingsAndTheTextOfEachSection() throws Exception {
        TestSite s = build(SITE);
        assertEquals("{\"t\":\"Caf\u00e9 \\\"Z\\\"\",\"u\":\"/g/a.html\",\"c\":\"Basics\",\"m\":\"A \\u003cb> & c\","
                + "\"h\":[[\"stripes\",\"Stripes\"]],\"s\":[\"R\u00e9sum\u00e9 of the Zebra, zebra and the\","
                + "\"Black and white.\"]}\n", s.read("search/p/0.json"));
        assertEquals("{\"t\":\"Bee\",\"u\":\"/g/b.html\",\"c\":\"Basics\",\"m\":\"\",\"h\":[],"
                + "\"s\":[\"A zebra, once more.\"]}\n", s.read("search/p/1.json"));
    }

    @Test
    void twoBuildsWriteTheSameIndexAndAnEditChangesItsId() throws Exception {
        TestSite s = build(SITE);
        Map<String, String> first = files(s.output().resolve("search"));
        s.build();
        assertEquals(first, files(s.output().resolve("search")));
        s.write("content/pages/01-basics/02-b.md", "title: Bee\nsortorder: 0102\n\nA zebra, ONCE more!\n");
        s.build();
        Map<String, String> edited = files(s.output().resolve("search"));
        assertFalse(first.get("index.json").equals(edited.get("index.json")), "the id tells caches the index changed");
        assertEquals(first.get("index.json").replaceFirst("\"id\":\"\\w+\"", ""),
                edited.get("index.json").replaceFirst("\"id\":\"\\w+\"", ""), "the same words, so the same shards");
    }

    @Test
    void aShardOverItsSizeIsCutByOneMoreCharacterAndSmallPartsGoBackIntoTheShorterPrefix() {
        SortedMap<String, String> words = new TreeMap<>(Map.of("co", "[17]", "code", "[17,17,17]", "codes", "[33]",
                "cold", "[17,17,17,17]", "cod", "[49]", "ab", "[17]"));
        assertEquals(List.of("a", "c"), List.copyOf(new SearchShards(1000).split(words).keySet()));
        // sizes (word + postings + 5): co 11, cod 12, code 19, codes 14, cold 21; "c" (77) and "co" are cut,
        // "cod" (45) too: "code" (33) does not fit beside "cod" (12) and stays apart; "col" (21) fits beside "co"
        SortedMap<String, String> cut = new SearchShards(40).split(words);
        assertEquals(List.of("a", "co", "cod", "code"), List.copyOf(cut.keySet()));
        assertEquals("{\n\"co\":[17],\n\"cold\":[17,17,17,17]\n}\n", cut.get("co"));
        assertEquals("{\n\"cod\":[49]\n}\n", cut.get("cod"));
        assertEquals("{\n\"code\":[17,17,17],\n\"codes\":[33]\n}\n", cut.get("code"));
        cut.forEach((key, json) -> java.util.regex.Pattern.compile("\"(\\w+)\":").matcher(json).results()
                .forEach(m -> assertTrue(m.group(1).startsWith(key), m.group(1) + " in shard " + key)));
    }

    @Test
    void shardFileNamesSpellOtherCharactersAsCodePoints() {
        assertEquals("py", SearchShards.fileName("py"));
        assertEquals("_43c__43e_", SearchShards.fileName("\u043c\u043e"));
        assertEquals("_6771__4eac_", SearchShards.fileName("\u6771\u4eac"));
        assertEquals("_1d400_x", SearchShards.fileName("\ud835\udc00x"));
    }

    @Test
    void wordsInOtherScriptsAreFoundByTheirFoldedForm() throws Exception {
        TestSite s = build("-- content/pages/01-a/00-a.md --\ntitle: A\nsortorder: \"0100\"\n\n\u041c\u043e\u0441\u043a\u0432\u0430"
                + " \u6771\u4eac \u00c9COLE x\u00b2\n");
        assertEquals("{\n\"\u043c\u043e\u0441\u043a\u0432\u0430\":[17]\n}\n", s.read("search/w/_43c_.json"));
        assertEquals("{\n\"\u6771\u4eac\":[17]\n}\n", s.read("search/w/_6771_.json"));
        assertEquals("{\n\"ecole\":[17]\n}\n", s.read("search/w/e.json"));
        assertEquals("{\n\"x2\":[17]\n}\n", s.read("search/w/x.json"));
    }

    private static Map<String, String> files(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }
}
