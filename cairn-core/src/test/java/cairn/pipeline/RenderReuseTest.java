package cairn.pipeline;

import cairn.TestSite;
import cairn.cache.BuildCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the build cache, a page whose templates and template model did not change keeps its
 * previous output instead of being rendered; anything that changes what a page shows (its
 * own text, another page's title in its sidebar, a template, a hand edit of the output)
 * renders it again, and the site is always what a fresh build makes.
 */
class RenderReuseTest {

    private static final Pattern KEPT = Pattern.compile("(\\d+) pages kept from the last output");

    @TempDir
    Path dir;

    private TestSite site() throws Exception {
        return TestSite.of(dir.resolve("site"), """
                -- content/pages/01-a/00-a.md --
                ---
                title: Alpha
                sortorder: "0100"
                ---
                Alpha text, see [beta](/beta.html).
                -- content/pages/01-a/01-beta.md --
                ---
                title: Beta
                sortorder: "0101"
                ---
                Beta text.
                -- content/pages/02-c/00-c.md --
                ---
                title: Gamma
                sortorder: "0200"
                ---
                Gamma text.
                """);
    }

    private int build(TestSite site) {
        TestSite.Run run = TestSite.run("build", "-v", "-s", site.root().toString(), "-o", site.output().toString());
        assertEquals(0, run.exitCode(), run.err());
        Matcher m = KEPT.matcher(run.out());
        assertTrue(m.find(), run.out());
        return Integer.parseInt(m.group(1));
    }

    /** What a build without any cache makes of the same source, into a fresh directory. */
    private String fresh(TestSite site) throws Exception {
        Path out = dir.resolve("fresh-" + System.nanoTime());
        TestSite.Run run = TestSite.run("build", "-q", "--no-cache", "-s", site.root().toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        return TestSite.hashTree(out);
    }

    @Test
    void anUnchangedSiteKeepsEveryTemplatedPageAndIsWhatAFreshBuildMakes() throws Exception {
        TestSite site = site();
        assertEquals(0, build(site));
        int pages = build(site);
        assertTrue(pages >= 5, "3 pages, the TOC, the home page and the 404 page are kept: " + pages);
        assertEquals(fresh(site), TestSite.hashTree(site.output()));
    }

    @Test
    void aTitleChangeRendersEveryPageWhoseSidebarShowsIt() throws Exception {
        TestSite site = site();
        build(site);
        int all = build(site);
        site.write("content/pages/01-a/01-beta.md", "---\ntitle: Beta Renamed\nsortorder: \"0101\"\n---\nBeta text.\n");
        int kept = build(site);
        assertTrue(kept < all, kept + " of " + all);
        assertTrue(site.read("a.html").contains("Beta Renamed"), "alpha's sidebar and see-also name the new title");
        assertEquals(fresh(site), TestSite.hashTree(site.output()));
    }

    @Test
    void aTemplateChangeRendersEveryPage() throws Exception {
        TestSite site = site();
        build(site);
        site.write("templates/page.peb", "{% extends \"base\" %}{% block content %}<h1 class=\"changed\">"
                + "{{ page.title }}</h1>{{ page.content | raw }}{% endblock %}");
        build(site);
        assertTrue(site.read("a.html").contains("class=\"changed\""));
        assertEquals(fresh(site), TestSite.hashTree(site.output()));
    }

    @Test
    void anOutputFileEditedByHandIsRenderedAgain() throws Exception {
        TestSite site = site();
        build(site);
        String before = site.read("c.html");
        Files.writeString(site.output().resolve("c.html"), "edited by hand");
        build(site);
        assertEquals(before, site.read("c.html"));
    }

    @Test
    void aDamagedManifestIsIgnored() throws Exception {
        TestSite site = site();
        build(site);
        Path manifest = BuildCache.directoryOf(site.root()).resolve("render.manifest");
        List<String> lines = new ArrayList<>(Files.readAllLines(manifest));
        lines.set(lines.size() - 1, "garbage");
        Files.write(manifest, lines);
        assertEquals(0, build(site));
        assertEquals(fresh(site), TestSite.hashTree(site.output()));
    }
}
