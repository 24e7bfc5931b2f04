package cairn.serve;

import cairn.BuildException;
import cairn.Diagnostic;
import cairn.cache.BuildCache;
import cairn.html.HtmlTransform;
import cairn.pipeline.BuildOptions;
import cairn.pipeline.Pipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code cairn serve}'s rebuilds reuse what the last one assembled ({@code AssemblyMemo});
 * after every step of a random edit sequence (fixed seed) the served site must be the one a
 * build from scratch makes: the same model, the same problems, the same bytes in every
 * output file and served page, which is also the full build's page with serve's additions.
 * Rebuilds that are not served (the warm-up before the first edit) come between some steps.
 */
class IncrementalRebuildTest {

    private static final int STEPS = 60;
    private static final HtmlTransform RELOAD = html -> html.replace("</body>", "<script src=/r.js></script></body>");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "strict={0}")
    @ValueSource(booleans = {false, true})
    void everyIncrementalRebuildEqualsAFullBuild(boolean strict) throws Exception {
        EditedGuide guide = new EditedGuide(dir, new Random(16));
        guide.writeAll();
        if (strict) { // broken links as warnings, so that most strict builds succeed and are compared
            Files.writeString(dir.resolve("cairn.yaml"), "links:\n  internal: warn\n", StandardOpenOption.APPEND);
        }
        BuildOptions options = BuildOptions.of(dir, dir.resolve("public"));
        RecordingListener listener = new RecordingListener();
        BuildCache cache = new BuildCache();
        LiveSite live = new LiveSite(options, cache, listener, new LiveReload(), RELOAD, strict);
        live.rebuild(Set.of());
        assertSameAsFullBuild(live, options, strict, "first build");
        Set<String> kinds = new HashSet<>();
        int reusing = 0;
        int compared = 0;
        for (int step = 0; step < STEPS; step++) {
            if (step % 7 == 3) {
                live.warmUp(0); // a rebuild that is not served must leave nothing the next one would get wrong
            }
            EditedGuide.Edit edit = guide.randomEdit();
            kinds.add(edit.kind());
            live.rebuild(edit.changed());
            compared += assertSameAsFullBuild(live, options, strict, "step " + step + ": " + edit.kind()) ? 1 : 0;
            reusing += cache.assembly().stats().isPresent() ? 1 : 0;
        }
        assertEquals(EditedGuide.KINDS, kinds, "every kind of edit was tried");
        assertTrue(reusing > STEPS * 3 / 4, "most rebuilds reused per-page results: " + reusing);
        assertTrue(compared > STEPS / 2, "most rebuilds succeeded and were compared: " + compared + " " + live.errors());
    }

    /** Compares the served site with a full build; false when both failed (with the same errors). */
    private boolean assertSameAsFullBuild(LiveSite live, BuildOptions options, boolean strict, String step) {
        Pipeline.Loaded full;
        try (Pipeline pipeline = new Pipeline(1, new BuildCache())) {
            full = strict ? pipeline.load(options) : pipeline.preview(options);
        } catch (BuildException e) {
            assertTrue(strict, step + ": a preview never fails on content: " + e.diagnostics());
            assertEquals(text(e.diagnostics()), text(live.errors()), step + ": the same errors");
            return false;
        }
        assertEquals(List.of(), live.errors(), step + ": the rebuild failed where a full build did not");
        SiteSnapshot served = live.snapshot().orElseThrow();
        Pipeline.Loaded incremental = served.loaded();
        assertEquals(SiteModel.describe(full.site()), SiteModel.describe(incremental.site()), step + ": site model");
        assertEquals(text(full.warnings()), text(incremental.warnings()), step + ": problems");
        Map<String, String> expected = outputs(full);
        Map<String, String> actual = outputs(incremental);
        assertEquals(expected.keySet(), actual.keySet(), () -> step + ": output files, only in the full build "
                + expected.keySet().stream().filter(u -> !actual.containsKey(u)).toList() + ", only in the rebuild "
                + actual.keySet().stream().filter(u -> !expected.containsKey(u)).toList() + "; search index "
                + expected.get("/search/index.json") + " / " + actual.get("/search/index.json"));
        expected.forEach((url, text) -> assertEquals(text, actual.get(url), step + ": " + url));
        SiteProblems problems = strict ? SiteProblems.NONE : SiteProblems.of(full.site(), full.warnings());
        SiteSnapshot fresh = new SiteSnapshot(0, full, RELOAD, options.source(), problems);
        for (cairn.site.Page page : full.site().pages()) {
            String servedPage = new String(served.rendered(page.url()).orElseThrow(), StandardCharsets.UTF_8);
            assertEquals(new String(fresh.rendered(page.url()).orElseThrow(), StandardCharsets.UTF_8), servedPage,
                    step + ": served " + page.url());
            // serve renders a page alone with the build's shared model; a full build renders them all at once
            String built = RELOAD.apply(expected.get(page.url()));
            assertEquals(problems.isEmpty() ? built : problems.banner(page.url()).apply(built), servedPage,
                    step + ": served " + page.url() + " as the full build wrote it");
        }
        return true;
    }

    private static List<String> text(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::toString).toList();
    }

    private static Map<String, String> outputs(Pipeline.Loaded loaded) {
        Map<String, String> files = new java.util.concurrent.ConcurrentSkipListMap<>();
        try (Pipeline pipeline = new Pipeline(1)) {
            pipeline.render(loaded, f -> files.put(f.url(), new String(f.bytes(), StandardCharsets.UTF_8)));
        }
        return files;
    }
}
