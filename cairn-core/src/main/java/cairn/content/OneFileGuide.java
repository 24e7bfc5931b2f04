package cairn.content;

import cairn.Diagnostic;
import cairn.DiagnosticException;
import cairn.Diagnostics;
import cairn.SourcePos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A guide written as one Markdown file, as curated "awesome" lists are: the {@code #}
 * heading is the site's title, the text before the first section the home page, each
 * category heading a page (parent headings chapters), the Contents list replaced by a
 * generated one and sections such as Contributing gathered on an "About" page. The pages
 * are ordinary {@link PageSource}s whose positions are the file's own lines, so every
 * later stage, and every message, treats them as any page ({@code README.md:42:3}).
 */
public final class OneFileGuide {

    /** The names a one-file guide is found under in a directory without {@code content/}. */
    public static final List<String> README_NAMES = List.of("README.md", "readme.md", "Readme.md", "README.markdown");
    /** Chapters 01–98 can hold a list's parent sections; 99 is the About page's. */
    static final int MAX_CHAPTERS = 98;

    private OneFileGuide() {
    }

    /** The guide's title and pages; no pages when the file cannot be read. */
    public record Result(String title, List<PageSource> pages) {
        public Result {
            pages = List.copyOf(pages);
        }
    }

    /**
     * The one file to build the site from, if any: the one named on the command line, else
     * {@code source:} in {@code cairn.yaml}, else a {@code README.md} in a site directory
     * that has no {@code content/}.
     */
    public static Optional<Path> locate(Path siteRoot, Optional<String> requested, OneFileSettings settings) {
        Optional<String> named = requested.or(settings::source);
        if (named.isPresent()) {
            return Optional.of(siteRoot.resolve(named.get()));
        }
        if (Files.isDirectory(siteRoot.resolve(ContentLoader.CONTENT_DIR))) {
            return Optional.empty();
        }
        return README_NAMES.stream().map(siteRoot::resolve).filter(Files::isRegularFile).findFirst();
    }

    /**
     * Reads {@code file} and splits it into pages. {@code configTitle} is the title when
     * the file has no {@code #} heading, or when {@code cairn.yaml} sets one ({@code titleSet}).
     */
    public static Result load(Path siteRoot, Path file, OneFileSettings settings, String configTitle, boolean titleSet,
                              Diagnostics diagnostics) {
        Path display = file.isAbsolute() && file.startsWith(siteRoot.toAbsolutePath())
                ? siteRoot.toAbsolutePath().relativize(file) : siteRoot.relativize(file);
        if (!Files.isRegularFile(file)) {
            diagnostics.error("source", SourcePos.of(display), "no such Markdown file: " + display
                    + " (named by " + (settings.source().isPresent() ? "source: in cairn.yaml" : "the command line")
                    + ")");
            return new Result(configTitle, List.of());
        }
        SourceFile source;
        try {
            source = SourceFile.decode(file, display, Files.readAllBytes(file));
        } catch (IOException e) {
            diagnostics.error("read", SourcePos.of(display), "cannot read file: " + e.getMessage());
            return new Result(configTitle, List.of());
        } catch (DiagnosticException e) {
            diagnostics.add(e.diagnostic());
            return new Result(configTitle, List.of());
        }
        return split(source, settings, configTitle, titleSet, diagnostics);
    }

    /** Splits an already read file (tests and {@link #load}). */
    public static Result split(SourceFile source, OneFileSettings settings, String configTitle, boolean titleSet,
                               Diagnostics diagnostics) {
        ReadmeOutline outline = ReadmeOutline.of(source);
        Optional<ReadmeOutline.Heading> titleHeading = outline.headings().stream().findFirst()
                .filter(h -> h.level() == 1);
        String title = titleSet || titleHeading.isEmpty() || titleHeading.get().text().isBlank()
                ? configTitle : titleHeading.get().text();
        int split = splitLevel(source, outline, settings, titleHeading, diagnostics);
        OneFileSplitter splitter = new OneFileSplitter(source, outline, settings, split, title, titleHeading,
                diagnostics);
        return new Result(title, splitter.pages());
    }

    /**
     * The heading level of the category pages: {@code one_file.split}, else the level that
     * holds the entries; 2 when cutting at 3 would make more parent sections than there are
     * chapters (with a warning when {@code split: 3} was asked for).
     */
    private static int splitLevel(SourceFile source, ReadmeOutline outline, OneFileSettings settings,
                                  Optional<ReadmeOutline.Heading> titleHeading, Diagnostics diagnostics) {
        int split = settings.split() == 0 ? outline.entryLevel() : settings.split();
        if (split != 3) {
            return split;
        }
        List<ReadmeOutline.Heading> parents = outline.headings().stream().skip(titleHeading.isPresent() ? 1 : 0)
                .filter(h -> h.level() <= 2 && !OneFileSettings.isContents(h.text()) && !settings.isAbout(h.text()))
                .toList();
        if (parents.size() <= MAX_CHAPTERS) {
            return 3;
        }
        if (settings.split() == 3) {
            diagnostics.add(Diagnostic.warning("one-file", source.pos(parents.get(MAX_CHAPTERS).line(), 1),
                    parents.size() + " sections under ## are more chapters than a guide has room for ("
                            + MAX_CHAPTERS + "): each ## section is one page, as with one_file.split: 2"));
        }
        return 2;
    }
}
