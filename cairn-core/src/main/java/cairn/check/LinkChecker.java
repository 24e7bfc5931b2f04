package cairn.check;

import cairn.content.ExternalSettings;
import cairn.Diagnostic;
import cairn.SourcePos;
import cairn.site.Page;
import cairn.site.Site;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;

/**
 * Runs the checks of {@code cairn check} on a site that was loaded and rendered exactly
 * as {@code build} does it: internal links and site hygiene always, external links when
 * asked. Problems the build stages found are part of the report, except their own
 * link diagnostics, which are replaced by the ones found against the rendered output.
 */
public final class LinkChecker {

    /** Codes the assembler reports from the Markdown alone; the check finds them against the real output. */
    private static final Set<String> RECHECKED = Set.of("broken-link", "broken-anchor", "broken-image",
            "missing-scheme");

    /** Which checks to report. */
    public enum Scope { ALL, INTERNAL, EXTERNAL }

    /** Told how many external URLs are done out of how many (from several threads). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    /**
     * What to check. {@code tune} adjusts the external settings read from
     * {@code cairn.yaml} (tests shorten the timings with it).
     */
    public record Options(boolean external, Scope scope, boolean refresh, UnaryOperator<ExternalSettings> tune,
                          Clock clock) {

        public static Options internal() {
            return new Options(false, Scope.ALL, false, UnaryOperator.identity(), Clock.systemUTC());
        }

        public Options withExternal(boolean on) {
            return new Options(on, scope, refresh, tune, clock);
        }

        public Options withScope(Scope s) {
            return new Options(external || s == Scope.EXTERNAL, s, refresh, tune, clock);
        }

        public Options withRefresh(boolean on) {
            return new Options(external, scope, on, tune, clock);
        }

        public Options withTune(UnaryOperator<ExternalSettings> t) {
            return new Options(external, scope, refresh, t, clock);
        }

        public Options withClock(Clock c) {
            return new Options(external, scope, refresh, tune, c);
        }
    }

    private LinkChecker() {
    }

    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Updates {@code link-status.json} at the site root with this run's results ({@link LinkHealthRecorder}). */
    private static void recordHealth(Path siteRoot, List<ExternalRef> refs, ExternalLinks.Result result, Clock clock,
                                     List<Diagnostic> problems) {
        SourcePos file = SourcePos.of(Path.of(cairn.content.LinkStatusFile.NAME));
        cairn.content.LinkHealth old;
        try {
            old = cairn.content.LinkStatusFile.read(siteRoot);
        } catch (IOException e) {
            problems.add(Diagnostic.warning("link-status", file, e.getMessage() + "; starting it afresh"));
            old = cairn.content.LinkHealth.NONE;
        }
        java.util.Set<String> urls = new java.util.TreeSet<>();
        refs.forEach(r -> urls.add(r.url()));
        var next = LinkHealthRecorder.next(old, result.results(), result.probed(), urls,
                java.time.LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
        try {
            cairn.content.LinkStatusFile.write(siteRoot, next);
        } catch (IOException e) {
            problems.add(Diagnostic.warning("link-status", file, "cannot write " + file + ": " + e.getMessage()));
        }
    }

    /**
     * Checks {@code site}, whose output was rendered into {@code rendered};
     * {@code stageProblems} are the diagnostics of the build stages.
     */
    public static CheckReport check(Path siteRoot, Site site, RenderedSite rendered, List<Diagnostic> stageProblems,
                                    Options options, Progress progress) {
        long start = System.nanoTime();
        List<Diagnostic> problems = new ArrayList<>();
        boolean internalScope = options.scope() != Scope.EXTERNAL;
        // resources are curated from the site alone: on another core while the links are resolved
        CompletableFuture<List<Diagnostic>> curation = internalScope
                ? CompletableFuture.supplyAsync(() -> ResourceCuration.check(site))
                : CompletableFuture.completedFuture(List.of());
        InternalLinks.Result internal = InternalLinks.check(site, rendered);
        if (internalScope) {
            stageProblems.stream().filter(d -> !RECHECKED.contains(d.code())).forEach(problems::add);
            problems.addAll(internal.problems());
            problems.addAll(SiteHygiene.check(site, internal));
            problems.addAll(joined(curation));
            problems.addAll(ListLint.check(siteRoot, site));
        }
        int external = (int) internal.externals().stream().map(ExternalRef::url).distinct().count();
        if (options.external() && options.scope() != Scope.INTERNAL) {
            ExternalSettings settings = options.tune().apply(site.config().external());
            LinkCache cache = LinkCache.load(siteRoot, settings.cacheTtl(), options.clock());
            ExternalLinks.Result result = ExternalLinks.check(internal.externals(), settings, cache, options.refresh(),
                    progress, Year.now(options.clock()).getValue());
            problems.addAll(result.problems());
            try {
                cache.save();
            } catch (IOException e) {
                problems.add(Diagnostic.warning("link-cache", SourcePos.of(LinkCache.FILE),
                        "cannot write the link cache: " + e.getMessage()));
            }
            recordHealth(siteRoot, internal.externals(), result, options.clock(), problems);
        }
        List<CheckReport.CheckedPage> pages = site.pages().stream()
                .sorted(Comparator.comparing(Page::url))
                .map(p -> new CheckReport.CheckedPage(p.source().source().displayPath().toString().replace('\\', '/'),
                        p.url()))
                .toList();
        return new CheckReport(problems, pages, internal.links(), external, (System.nanoTime() - start) / 1_000_000);
    }
}
