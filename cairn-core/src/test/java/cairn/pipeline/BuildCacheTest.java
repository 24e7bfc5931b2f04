package cairn.pipeline;

import cairn.TestSite;
import cairn.cache.BuildCache;
import cairn.render.OutputFile;
import cairn.site.Page;
import cairn.site.PageId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build that reuses a warm cache gives exactly what a fresh build gives, and reuses what did not change. */
class BuildCacheTest {

    @TempDir
    Path dir;

    private TestSite site() throws Exception {
        return TestSite.of(dir, """
                -- content/pages/01-a/00-a.md --
                ---
                title: Alpha
                sortorder: "0100"
                meta: First.
                ---
                ## Intro
                See [beta](/beta.html#details).
                -- content/pages/01-a/01-beta.md --
                ---
                title: Beta
                sortorder: "0101"
                ---
                ## Details
                Back to [alpha](/a.html).
                -- content/posts/p.md --
                ---
                title: Post
                date: 2026-01-02
                ---
                Links [beta](/beta.html).
                """);
    }

    @Test
    void unchangedFilesKeepTheirRenderedMarkdownAndChangedOnesAreRenderedAgain() throws Exception {
        TestSite site = site();
        BuildCache cache = new BuildCache();
        BuildOptions options = BuildOptions.of(site.root(), site.output());
        Map<PageId, Page> first = load(cache, options);
        site.write("content/pages/01-a/01-beta.md", "---\ntitle: Beta 2\nsortorder: \"0101\"\n---\n## Details\nNew.\n");
        Map<PageId, Page> second = load(cache, options);
        assertSame(first.get(PageId.page("a")).body(), second.get(PageId.page("a")).body());
        assertNotSame(first.get(PageId.page("beta")).body(), second.get(PageId.page("beta")).body());
        assertEquals("Beta 2", second.get(PageId.page("beta")).title());
    }

    @Test
    void aWarmCacheBuildsTheSameBytesAsAFreshBuildAfterEditsRenamesAndDeletions() throws Exception {
        TestSite site = site();
        BuildCache cache = new BuildCache();
        BuildOptions options = BuildOptions.of(site.root(), site.output());
        render(cache, options);

        site.write("content/pages/01-a/00-a.md", "---\ntitle: Alpha Renamed\nslug: alpha\nsortorder: \"0100\"\n---\n"
                + "## Intro\nSee [beta](/beta.html#details).\n");
        site.write("content/pages/01-a/01-beta.md", "---\ntitle: Beta\nsortorder: \"0101\"\n---\n## Details\n"
                + "Back to [alpha](/alpha.html).\n");
        site.write("content/pages/01-a/02-gamma.md", "---\ntitle: Gamma\nsortorder: \"0102\"\n---\nNew page.\n");
        Files.delete(site.root().resolve("content/posts/p.md"));
        site.write("templates/page.peb", "{% extends \"base\" %}{% block content %}<h1 class=\"changed\">"
                + "{{ page.title }}</h1>{{ page.content | raw }}{% endblock %}");
        cache.invalidateTemplates();

        Map<String, String> warm = render(cache, options);
        Map<String, String> fresh = render(new BuildCache(), options);
        assertEquals(fresh, warm);
        assertTrue(warm.get("/beta.html").contains("Alpha Renamed"));
        assertTrue(warm.get("/gamma.html").contains("class=\"changed\""));
        assertTrue(!warm.containsKey("/blog/p.html"));
    }

    private static Map<PageId, Page> load(BuildCache cache, BuildOptions options) {
        Map<PageId, Page> out = new TreeMap<>();
        try (Pipeline pipeline = new Pipeline(0, cache)) {
            pipeline.load(options).site().pages().forEach(p -> out.put(p.id(), p));
        }
        return out;
    }

    private static Map<String, String> render(BuildCache cache, BuildOptions options) {
        Map<String, String> out = new java.util.concurrent.ConcurrentSkipListMap<>();
        try (Pipeline pipeline = new Pipeline(0, cache)) {
            pipeline.render(pipeline.load(options), (OutputFile f) -> out.put(f.url(), f.content()));
        }
        return out;
    }
}
