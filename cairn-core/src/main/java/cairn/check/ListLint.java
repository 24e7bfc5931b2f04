package cairn.check;

import cairn.Diagnostic;
import cairn.DiagnosticException;
import cairn.SourcePos;
import cairn.content.OneFileSettings;
import cairn.content.ReadmeOutline;
import cairn.content.SourceFile;
import cairn.markdown.ListEntries;
import cairn.site.Page;
import cairn.site.Site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The rules awesome-lint enforces on curated lists, for a one-file guide, as warnings:
 * {@code list-item} (link first, a separator, a description that starts with a capital
 * and ends with a period), {@code duplicate-entry} (one URL twice in the file),
 * {@code contents} (the Contents list out of step with the headings: see
 * {@link ListContents}), {@code empty-category} and, with {@code one_file.alphabetical},
 * {@code alphabetical-order} within each list.
 */
final class ListLint {

    private final List<Diagnostic> problems = new ArrayList<>();

    private ListLint() {
    }

    static List<Diagnostic> check(Path siteRoot, Site site) {
        TreeSet<String> files = new TreeSet<>();
        for (Page p : site.pages()) {
            p.source().frontMatter().string("onefile_source").ifPresent(files::add);
        }
        ListLint lint = new ListLint();
        OneFileSettings settings = site.config().oneFile();
        for (String name : files) {
            Path display = Path.of(name);
            try {
                SourceFile file = SourceFile.decode(siteRoot.resolve(display), display,
                        Files.readAllBytes(siteRoot.resolve(display)));
                lint.lint(file, settings);
            } catch (IOException | DiagnosticException e) {
                continue; // the build has already said why the file cannot be read
            }
        }
        return lint.problems;
    }

    private void lint(SourceFile file, OneFileSettings settings) {
        ListEntries.Result parsed = ListEntries.parse(file,
                text -> OneFileSettings.isContents(text) || settings.isAbout(text));
        for (ListEntries.Malformed m : parsed.malformed()) {
            warn("list-item", m.where(), "list item does not start with a link (\"" + m.text()
                    + "\"): write \"- [Name](https://…) - Description.\"");
        }
        Map<String, SourcePos> seen = new HashMap<>();
        ListEntries.Entry previous = null;
        for (ListEntries.Entry e : parsed.entries()) {
            item(e);
            String key = normalise(e.url());
            SourcePos first = seen.putIfAbsent(key, e.where());
            if (first != null && !e.url().startsWith("#")) {
                warn("duplicate-entry", e.where(), "\"" + e.url() + "\" is listed twice (first at line "
                        + first.line() + ")");
            }
            if (settings.alphabetical() && previous != null && previous.list() == e.list()
                    && previous.name().compareToIgnoreCase(e.name()) > 0) {
                warn("alphabetical-order", e.where(), "\"" + e.name() + "\" should come before \""
                        + previous.name() + "\" (one_file.alphabetical is on)");
            }
            previous = e;
        }
        ReadmeOutline outline = ReadmeOutline.of(file);
        problems.addAll(ListContents.check(file, outline));
        emptyCategories(file, outline);
    }

    private void item(ListEntries.Entry e) {
        if (e.separator().isEmpty()) {
            warn("list-item", e.descriptionAt(), e.description().isEmpty()
                    ? "entry \"" + e.name() + "\" has no description: add \" - Description.\" after the link"
                    : "entry \"" + e.name() + "\": separate the link and the description with \" - \"");
            return;
        }
        String d = e.description();
        if (d.isEmpty()) {
            warn("list-item", e.descriptionAt(), "entry \"" + e.name() + "\" has an empty description");
            return;
        }
        String firstWord = d.split("\\s+")[0].replaceAll("^[*_`\\[(\"]+", "");
        if (!firstWord.isEmpty() && Character.isLowerCase(firstWord.codePointAt(0))
                && firstWord.chars().noneMatch(Character::isUpperCase)) {
            warn("list-item", e.descriptionAt(), "description of \"" + e.name()
                    + "\" should start with a capital letter (\"" + firstWord + "\")");
        }
        String end = d.replaceAll("[*_`)\\]\"]+$", "");
        if (!end.endsWith(".") && !end.endsWith("!") && !end.endsWith("?")) {
            warn("list-item", e.descriptionAt(), "description of \"" + e.name() + "\" should end with a period");
        }
    }

    /** A heading followed by nothing before the next heading of its level or higher. */
    private void emptyCategories(SourceFile file, ReadmeOutline outline) {
        List<ReadmeOutline.Heading> hs = outline.headings();
        for (int i = 0; i < hs.size(); i++) {
            ReadmeOutline.Heading h = hs.get(i);
            if (h.level() == 1) {
                continue;
            }
            int end = file.lineCount() + 1;
            for (int j = i + 1; j < hs.size(); j++) {
                if (hs.get(j).level() <= h.level()) {
                    end = hs.get(j).line();
                    break;
                }
            }
            boolean empty = true;
            for (int line = h.line() + 1; line < end && empty; line++) {
                int from = file.lineStart(line);
                int to = line < file.lineCount() ? file.lineStart(line + 1) : file.text().length();
                empty = file.text().substring(from, to).isBlank();
            }
            if (empty) {
                warn("empty-category", file.pos(h.line(), 1), "category \"" + h.text() + "\" is empty");
            }
        }
    }

    private static String normalise(String url) {
        return url.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://(www\\.)?", "").replaceAll("/+$", "");
    }

    private void warn(String code, SourcePos where, String message) {
        problems.add(Diagnostic.warning(code, where, message));
    }
}
