package cairn.serve;

import cairn.Diagnostic;
import cairn.content.ContentLoader;
import cairn.content.Slugs;
import cairn.html.ProblemBanner;
import cairn.site.Page;
import cairn.site.Site;
import cairn.site.SiteAssembler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The problems of a previewed build ({@link cairn.pipeline.Pipeline#preview}), arranged for
 * the pages that show them: which page each problem is in, the {@link ProblemBanner} of
 * each page, and the pages that could not be made at all (a content file whose front
 * matter or body failed), with the address the page would have had, so asking for it
 * gives an error page instead of a 404.
 */
final class SiteProblems {

    static final SiteProblems NONE = new SiteProblems(List.of(), Map.of(), Map.of());

    private final List<Diagnostic> all;
    private final Map<Path, String> urlByFile;
    private final Map<String, List<Diagnostic>> unmade;

    private SiteProblems(List<Diagnostic> all, Map<Path, String> urlByFile, Map<String, List<Diagnostic>> unmade) {
        this.all = all;
        this.urlByFile = urlByFile;
        this.unmade = unmade;
    }

    static SiteProblems of(Site site, List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return NONE;
        }
        Map<Path, String> urlByFile = new HashMap<>();
        for (Page page : site.pages()) {
            urlByFile.put(page.source().source().displayPath(), page.url());
        }
        Map<String, List<Diagnostic>> unmade = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            Path file = d.where().file();
            if (d.isError() && file != null && !urlByFile.containsKey(file) && file.startsWith(ContentLoader.CONTENT_DIR)
                    && ContentLoader.isMarkdown(file)) {
                addressOf(site, file).ifPresent(url -> unmade.computeIfAbsent(url, k -> new ArrayList<>()).add(d));
            }
        }
        return new SiteProblems(diagnostics.stream().sorted().toList(), urlByFile, unmade);
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /** The errors that kept the page at site path {@code url} from being made, if that is why it is missing. */
    Optional<List<Diagnostic>> unmade(String url) {
        return Optional.ofNullable(unmade.get(url));
    }

    /** The banner for the page at site path {@code url}: its own problems first, then the others. */
    ProblemBanner banner(String url) {
        List<ProblemBanner.Item> here = new ArrayList<>();
        List<ProblemBanner.Item> elsewhere = new ArrayList<>();
        for (Diagnostic d : all) {
            Optional<String> page = Optional.ofNullable(d.where().file()).map(urlByFile::get);
            if (page.isEmpty() && d.where().file() != null) {
                page = unmade.entrySet().stream().filter(e -> e.getValue().contains(d)).map(Map.Entry::getKey)
                        .findFirst();
            }
            (page.filter(url::equals).isPresent() ? here : elsewhere).add(new ProblemBanner.Item(d, page));
        }
        return new ProblemBanner(here, elsewhere);
    }

    /** Where a content file that did not become a page would be: its slug from the file name. */
    private static Optional<String> addressOf(Site site, Path file) {
        Path rel = file.subpath(1, file.getNameCount());
        return Slugs.fromFileName(file.getFileName().toString()).map(slug -> {
            boolean post = rel.getNameCount() > 1 && rel.getName(0).toString().equals("posts");
            if (slug.equals(SiteAssembler.HOME_SLUG) && !post) {
                return "/index.html";
            }
            return (post ? site.config().urls().post() : site.config().urls().page()).replace("{slug}", slug);
        });
    }
}
