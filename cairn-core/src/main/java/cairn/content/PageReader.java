package cairn.content;

import cairn.Diagnostic;
import cairn.SourcePos;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interprets one file's front matter as a {@link PageSource}: required title, slug
 * default and rules, dates, booleans, lists. Every problem in the file is collected, not
 * just the first.
 */
final class PageReader {

    private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?$");
    private static final Set<String> STATUSES = Set.of("published", "draft", "hidden", "skip");
    private static final Set<String> STRING_KEYS = Set.of("title", "slug", "sortorder", "meta", "sidebartitle",
            "category", "author", "headerimage", "headeralt", "status", "summary");

    private final SourceFile file;
    private final FrontMatter fm;
    private final List<Diagnostic> problems = new ArrayList<>();

    private PageReader(SourceFile file, FrontMatter fm) {
        this.file = file;
        this.fm = fm;
    }

    /** The page, or empty with the reasons added to {@code problems}. */
    static Optional<PageSource> read(SourceFile file, FrontMatter fm, Path relToContent, List<Diagnostic> problems) {
        PageReader reader = new PageReader(file, fm);
        Optional<PageSource> page = reader.read(relToContent);
        problems.addAll(reader.problems);
        return page;
    }

    private Optional<PageSource> read(Path rel) {
        String status = fm.string("status").map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        if (status.equals("skip")) {
            return Optional.empty(); // Pelican's "not built at all": not even its problems matter
        }
        if (!status.isEmpty() && !STATUSES.contains(status)) {
            problems.add(Diagnostic.warning("front-matter", fm.positionOf("status", file.pos(1, 1)), "unknown status \""
                    + fm.string("status").orElse("") + "\" (expected published, draft, hidden or skip); read as published"));
        }
        for (String key : STRING_KEYS) {
            if (fm.has(key) && fm.string(key).isEmpty()) {
                error(key, key + " must be a single value, not a " + (fm.get(key).orElse("") instanceof List ? "list" : "mapping"));
            }
        }
        String title = fm.string("title").orElse("");
        if (fm.style() == FrontMatter.Style.NONE) {
            problems.add(Diagnostic.error("front-matter", file.pos(1, 1),
                    "no front matter: start the file with a \"title: …\" line or a \"---\" YAML block"));
        } else if (fm.keyPositions().containsKey("title") && !fm.has("title")) {
            error("title", "title is empty");
        } else if (!fm.has("title")) {
            problems.add(Diagnostic.error("front-matter", file.pos(1, 1), "missing required key \"title\""));
        } else if (title.isBlank() && fm.string("title").isPresent()) {
            error("title", "title is empty");
        }
        String slug = slug(rel);
        PageSource.Kind kind = kind(rel);
        Optional<LocalDate> date = date("date");
        Optional<LocalDate> modified = date("modified");
        if (kind == PageSource.Kind.POST && date.isEmpty() && !fm.has("date")) {
            problems.add(Diagnostic.error("front-matter", file.pos(1, 1), "a post needs a \"date: YYYY-MM-DD\""));
        }
        boolean toc = bool("toc");
        boolean draft = bool("draft") || status.equals("draft");
        Optional<String> chapterDir = rel.getNameCount() > 2 && rel.getName(0).toString().equals("pages")
                ? Optional.of(rel.getName(1).toString()) : Optional.empty();
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            return Optional.empty();
        }
        String sidebar = fm.string("sidebartitle").filter(s -> !s.isBlank()).orElse(title);
        return Optional.of(new PageSource(file, fm, kind, slug, title, sidebar, fm.string("sortorder").orElse(""),
                fm.string("meta").filter(s -> !s.isBlank()).or(() -> fm.string("summary")).orElse(""), toc, fm.string("category").orElse(""), date, modified, draft,
                fm.list("see_also"), fm.list("next"), fm.list("aliases"), fm.list("tags"),
                fm.string("author").orElse(""), fm.string("headerimage").orElse(""),
                fm.string("headeralt").orElse(""), chapterDir));
    }

    private String slug(Path rel) {
        Optional<String> written = fm.string("slug");
        if (written.isPresent()) {
            String s = written.get();
            Slugs.problem(s).ifPresent(p -> error("slug", p));
            return s;
        }
        String fileName = rel.getFileName().toString();
        Optional<String> derived = Slugs.fromFileName(fileName);
        if (derived.isEmpty()) {
            problems.add(Diagnostic.error("slug", file.pos(1, 1),
                    "cannot derive a slug from the file name \"" + fileName + "\"; add a \"slug:\" key"));
            return "";
        }
        return derived.get();
    }

    private PageSource.Kind kind(Path rel) {
        boolean inPosts = rel.getNameCount() > 1 && rel.getName(0).toString().equals("posts");
        boolean declared = fm.string("category").map(c -> c.equalsIgnoreCase("post")).orElse(false) && fm.has("date");
        return inPosts || declared ? PageSource.Kind.POST : PageSource.Kind.PAGE;
    }

    private Optional<LocalDate> date(String key) {
        Optional<String> raw = fm.string(key).filter(s -> !s.isBlank());
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(raw.get());
        try {
            if (m.matches()) {
                return Optional.of(LocalDate.parse(m.group(1)));
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        error(key, "invalid " + key + " \"" + raw.get() + "\" (expected YYYY-MM-DD)");
        return Optional.empty();
    }

    private boolean bool(String key) {
        Optional<String> raw = fm.string(key).filter(s -> !s.isBlank());
        if (raw.isEmpty()) {
            return false;
        }
        Optional<Boolean> b = FrontMatter.parseBoolean(raw.get());
        if (b.isEmpty()) {
            error(key, key + " must be true or false, not \"" + raw.get() + "\"");
        }
        return b.orElse(false);
    }

    private void error(String key, String message) {
        SourcePos where = fm.positionOf(key.toLowerCase(Locale.ROOT), file.pos(1, 1));
        problems.add(Diagnostic.error("front-matter", where, message));
    }
}
