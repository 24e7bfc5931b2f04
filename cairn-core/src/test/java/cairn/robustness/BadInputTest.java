package cairn.robustness;

import cairn.TestSite;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The bad-input corpus: one case per kind of messy or hostile input, each asserting the
 * exact exit code and diagnostics (code, file, line, column, message), that no stack trace
 * is printed, and that the previous output is left exactly as it was.
 */
class BadInputTest {

    @TempDir
    Path dir;

    /** One file of a case: a path and its raw bytes. */
    record File(String path, byte[] bytes) {
        static File text(String path, String text) {
            return new File(path, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A case: files added to a good site, the expected exit code and stderr diagnostic lines. */
    record Case(List<File> files, int exit, List<String> diagnostics) {
    }

    private static Named<Case> bad(String name, File file, String... diagnostics) {
        return Named.of(name, new Case(List.of(file), 1, List.of(diagnostics)));
    }

    private static Named<Case> ok(String name, File file, String... warnings) {
        return Named.of(name, new Case(List.of(file), 0, List.of(warnings)));
    }

    private static Named<Case> of(String name, int exit, List<File> files, String... diagnostics) {
        return Named.of(name, new Case(files, exit, List.of(diagnostics)));
    }

    private static File page(String text) {
        return File.text("content/pages/01-a/05-x.md", text);
    }

    private static byte[] concat(byte[]... parts) {
        int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static final String X = "content/pages/01-a/05-x.md";

    static Stream<Named<Case>> cases() {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        return Stream.of(
                bad("invalid UTF-8", new File(X, concat("title: X\nsortorder: 0105\n\nok \u00e9 ".getBytes(StandardCharsets.UTF_8),
                                new byte[] {(byte) 0xff, (byte) 0xfe}, " bad\n".getBytes(StandardCharsets.UTF_8))),
                        "error: " + X + ":4:6: invalid UTF-8 at byte offset 32 (save the file as UTF-8)"),
                ok("UTF-8 byte order mark", new File(X, concat(bom, "title: X\nsortorder: 0105\n\n[a](/a.html)\n"
                        .getBytes(StandardCharsets.UTF_8)))),
                ok("UTF-16 with byte order mark", new File(X, concat(new byte[] {(byte) 0xff, (byte) 0xfe},
                        "title: X\nsortorder: 0105\n\n[a](/a.html)\n".getBytes(StandardCharsets.UTF_16LE)))),
                bad("mixed line endings keep line numbers",
                        page("title: X\r\nsortorder: 0105\n\r\nline 4\rline 5\n[b](/nope.html)\n"),
                        "error: " + X + ":6:5: broken link \"/nope.html\""),
                bad("empty file", page(""),
                        "error: " + X + ":1:1: no front matter: start the file with a \"title: …\" line or a \"---\" YAML block"),
                ok("front matter only", page("---\ntitle: X\nsortorder: \"0105\"\n---\n")),
                bad("no front matter", page("# Just text\n\nHello.\n"),
                        "error: " + X + ":1:1: no front matter: start the file with a \"title: …\" line or a \"---\" YAML block"),
                bad("unterminated YAML block", page("---\ntitle: X\n\nBody\n"),
                        "error: " + X + ":1:1: front matter starts with \"---\" on line 1 but has no closing \"---\" line"),
                bad("tab in YAML", page("---\ntitle: X\n\tslug: y\n---\n"),
                        "error: " + X + ":3:1: invalid YAML: found character '\\t(TAB)' that cannot start any token."
                                + " (Do not use \\t(TAB) for indentation)"),
                bad("duplicate key", page("---\ntitle: X\ntitle: Y\n---\n"),
                        "error: " + X + ":3:1: duplicate key \"title\" (first set on line 2)"),
                bad("YAML list instead of map", page("---\n- title\n- x\n---\n"),
                        "error: " + X + ":2:1: expected a mapping of keys to values, found a list"),
                bad("YAML scalar instead of map", page("---\njust words\n---\n"),
                        "error: " + X + ":2:1: expected a mapping of keys to values, found a single value"),
                ok("numeric title is text", page("---\ntitle: 2024\nsortorder: \"0105\"\n---\n")),
                bad("list title", page("---\ntitle: [a]\n---\n"),
                        "error: " + X + ":2:1: title must be a single value, not a list"),
                bad("empty title", page("---\ntitle:\n---\n"), "error: " + X + ":2:1: title is empty"),
                bad("unusable file name", File.text("content/pages/01-a/05-%%%.md", "title: X\n\nx\n"),
                        "error: content/pages/01-a/05-%%%.md:1:1: cannot derive a slug from the file name \"05-%%%.md\"; add a \"slug:\" key"),
                bad("slug with slash", page("title: X\nslug: a/b\n\nx\n"),
                        "error: " + X + ":2:1: slug \"a/b\" contains a path separator; a slug is one path segment"),
                bad("slug with backslash", page("title: X\nslug: a\\b\n\nx\n"),
                        "error: " + X + ":2:1: slug \"a\\b\" contains a path separator; a slug is one path segment"),
                bad("slug with dot-dot", page("title: X\nslug: a..b\n\nx\n"),
                        "error: " + X + ":2:1: slug \"a..b\" contains \"..\""),
                bad("slug with space", page("title: X\nslug: my page\n\nx\n"),
                        "error: " + X + ":2:1: slug \"my page\" may only contain letters, digits, \"-\", \"_\", \".\" and \"~\""
                                + " and must start with a letter or digit (try \"my-page\")"),
                bad("slug with percent", page("title: X\nslug: 100%\n\nx\n"),
                        "error: " + X + ":2:1: slug \"100%\" may only contain letters, digits, \"-\", \"_\", \".\" and \"~\""
                                + " and must start with a letter or digit (try \"100\")"),
                ok("upper-case and non-ASCII slugs are kept", page("title: X\nslug: Café\nsortorder: 0105\n\nx\n")),
                bad("duplicate slug", page("title: X\nslug: a\nsortorder: 0105\n\nx\n"),
                        "error: " + X + ":2:1: duplicate slug \"a\": also used by content/pages/01-a/00-a.md"),
                ok("slugs equal ignoring case", page("title: X\nslug: A\nsortorder: 0105\n\nx\n"),
                        "warning: " + X + ":2:1: slug \"A\" differs from \"a\" (content/pages/01-a/00-a.md) only in case;"
                                + " they collide on case-insensitive file systems and hosts"),
                of("page and static file on one URL", 1, List.of(page("title: X\nslug: logo\nsortorder: 0105\n\nx\n"),
                                File.text("static/logo.html", "<p>static</p>")),
                        "error: " + X + ":2:1: page URL \"/logo.html\" is also the output of the static file /logo.html"),
                ok("static file replacing a generated page", File.text("static/404.html", "<p>my own 404</p>"),
                        "warning: static/404.html: static file replaces the file cairn generates at /404.html"),
                bad("unknown see_also", page("title: X\nsortorder: 0105\nsee_also: [a, zzz]\n\nx\n"),
                        "error: " + X + ":3:1: see_also names unknown page \"zzz\""),
                bad("unknown next", page("title: X\nsortorder: 0105\nnext: b\n\nx\n"),
                        "error: " + X + ":3:1: next names unknown page \"b\""),
                bad("invalid date", File.text("content/posts/p.md", "title: P\ndate: 2026-13-45\n\nx\n"),
                        "error: content/posts/p.md:2:1: invalid date \"2026-13-45\" (expected YYYY-MM-DD)"),
                bad("post without date", File.text("content/posts/p.md", "title: P\n\nx\n"),
                        "error: content/posts/p.md:1:1: a post needs a \"date: YYYY-MM-DD\""),
                bad("template syntax error", File.text("templates/page.peb", "{% extends \"base\" %}\n{% block content %}\n{{ page.title \n{% endblock %}\n"),
                        "error: templates/page.peb:5: unexpected end of template (is a {{ or {% left unclosed?)"),
                bad("missing parent template", File.text("templates/page.peb", "{% extends \"nothere\" %}\n"),
                        "error: templates/page.peb: template \"nothere.peb\" not found in templates/ or the default theme"),
                bad("YAML alias bomb", page("---\ntitle: X\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n"),
                        "error: " + X + ":2:1: invalid YAML: Number of aliases for non-scalar nodes exceeds the specified max=20"),
                bad("huge YAML document", page("---\ntitle: X\nmeta: " + "y".repeat(1_100_000) + "\n---\n"),
                        "error: " + X + ":2:1: invalid YAML: The incoming YAML document exceeds the limit: 1048576 code points."),
                bad("lists nested too deep", page("title: X\nsortorder: 0105\n\n" + nestedList(10_000)),
                        "error: " + X + ":69:1: lists nested more than 64 levels deep; flatten them (or put the text in a code block)"),
                bad("block quotes nested too deep", page("title: X\nsortorder: 0105\n\n" + ">".repeat(100_000) + " x\n"),
                        "error: " + X + ":4:1: block quotes nested more than 64 levels deep; flatten them (or put the text in a code block)"),
                bad("a paragraph the Markdown parser would backtrack on for minutes",
                        page("title: X\nsortorder: 0105\n\n[" + "\\!".repeat(40) + "\n"),
                        "error: " + X + ":4:1: the Markdown parser gave up here: it would take minutes or more (a '[' "
                                + "followed by many backslash escapes and no ']' makes it try every way to read them); "
                                + "write it as '\\[' or close the bracket"),
                ok("deep but allowed nesting renders", page("title: X\nsortorder: 0105\n\n" + nestedList(60) + ">".repeat(60) + " q\n")),
                ok("one megabyte line", page("title: X\nsortorder: 0105\n\n" + "word ".repeat(210_000) + "\n"))
        );
    }

    private static String nestedList(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append("  ".repeat(i)).append("- item\n");
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactDiagnosticsAndKeepsThePreviousOutput(Case c) throws Exception {
        TestSite site = TestSite.of(dir, """
                -- content/pages/01-a/00-a.md --
                title: A
                sortorder: 0100

                Hello.
                """);
        assertEquals(0, TestSite.run("build", "-s", site.root().toString()).exitCode());
        String before = TestSite.hashTree(site.output());
        for (File f : c.files()) {
            site.write(f.path(), f.bytes());
        }
        TestSite.Run run = TestSite.run("build", "-s", site.root().toString());
        assertEquals(c.exit(), run.exitCode(), run.err());
        assertEquals(c.diagnostics(), diagnosticLines(run.err(), site.root()), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
        if (c.exit() != 0) {
            assertEquals(before, TestSite.hashTree(site.output()), "previous output intact");
            assertEquals(List.of(), leftovers(), "no staging directory left");
        }
    }

    private List<String> leftovers() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".cairn-")).toList();
        }
    }

    /** The error:/warning: lines of stderr, with the site directory prefix removed. */
    private static List<String> diagnosticLines(String err, Path root) {
        String prefix = root.toAbsolutePath() + "/";
        List<String> out = new ArrayList<>();
        for (String line : err.split("\n")) {
            if (line.startsWith("error: ") || line.startsWith("warning: ")) {
                out.add(line.replace(prefix, "").replace(Path.of("").toAbsolutePath().relativize(root.toAbsolutePath()) + "/", ""));
            }
        }
        return out;
    }
}
