package cairn.scaffold;

import cairn.Diagnostics;
import cairn.content.ContentLoader;
import cairn.content.PageSource;
import cairn.content.Slugs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files {@code cairn new} writes: a topic page in a chapter, with the next free
 * {@code sortorder} of that chapter, or a dated post. A chapter is a numbered directory
 * under {@code content/pages/} ({@code 03-data}), or, in a site without them, the pages
 * whose {@code sortorder} starts with its number. Refuses a slug that is taken and never
 * overwrites a file.
 */
public final class NewContent {

    private static final Pattern CHAPTER_ARG = Pattern.compile("^(\\d{1,2})(?:[-_. ]+(.+))?$");
    private static final Pattern NUMBERED_DIR = Pattern.compile("^(\\d{1,3})[-_. ]*(.*)$");

    private NewContent() {
    }

    /** A file to write: where, and its text. */
    public record Planned(Path file, String text) {
    }

    /** Why a file cannot be created (a usage problem: nothing was written). */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Plans a page titled {@code title} in {@code chapter} ({@code "03"}, or {@code "03-data"}
     * to start a new chapter directory; default: the last chapter).
     */
    public static Planned page(Path siteRoot, String title, Optional<String> chapter, Optional<String> slug) {
        List<PageSource> existing = existing(siteRoot);
        String s = slug(title, slug);
        existing.stream().filter(p -> !p.isPost() && p.slug().equals(s)).findFirst().ifPresent(p -> {
            throw new Refused("slug \"" + s + "\" is already used by " + display(p) + "; pick another with --slug");
        });
        Path pages = siteRoot.resolve(ContentLoader.CONTENT_DIR).resolve("pages");
        List<String> dirs = chapterDirs(pages);
        String number;
        Optional<String> dir;
        if (chapter.isPresent()) {
            Matcher m = CHAPTER_ARG.matcher(chapter.get().strip());
            if (!m.matches()) {
                throw new Refused("--chapter must be a number such as 03, or 03-name for a new chapter, not \""
                        + chapter.get() + "\"");
            }
            number = m.group(1).length() == 1 ? "0" + m.group(1) : m.group(1);
            dir = dirs.stream().filter(d -> number(d).equals(number)).findFirst();
            if (dir.isEmpty() && m.group(2) != null) {
                dir = Optional.of(number + "-" + Slugs.normalise(m.group(2)));
            } else if (dir.isEmpty() && !dirs.isEmpty()) {
                throw new Refused("there is no chapter " + number + " in content/pages/ (there are " + String.join(", ",
                        dirs) + "); to start one, pass --chapter " + number + "-name");
            }
        } else if (!dirs.isEmpty()) {
            dir = Optional.of(dirs.get(dirs.size() - 1));
            number = number(dir.get());
        } else {
            dir = Optional.empty();
            number = existing.stream().filter(p -> !p.isPost() && p.sortorder().matches("\\d{2}.*"))
                    .map(p -> p.sortorder().substring(0, 2)).max(String::compareTo)
                    .orElseThrow(() -> new Refused("the site has no chapters yet; pass --chapter 01-name"));
        }
        Optional<String> chapterDir = dir;
        List<String> taken = existing.stream().filter(p -> !p.isPost())
                .filter(p -> chapterDir.isPresent() ? p.chapterDir().equals(chapterDir)
                        : p.chapterDir().isEmpty() && p.sortorder().startsWith(number))
                .map(PageSource::sortorder).filter(o -> o.matches("\\d+") && o.startsWith(number)).toList();
        String sortorder = nextSortorder(number, taken);
        Path file = chapterDir.map(d -> pages.resolve(d).resolve(sortorder.substring(2) + "-" + s + ".md"))
                .orElse(pages.resolve(s + ".md"));
        String text = "---\ntitle: " + quote(title) + "\nslug: " + s + "\nsortorder: \"" + sortorder + "\"\n"
                + "meta: " + quote(oneLine(title) + ": what it is, when to use it and where to learn more.")
                + "  # rewrite: one sentence for search results and see-also boxes\n---\n\n"
                + "Explain " + oneLine(title) + " in a few paragraphs: what it is, when to use it, and how it fits\n"
                + "with the rest of the guide.\n\n## Resources\n\n"
                + "Link the best material you know, each with a sentence on why it is worth reading.\n";
        return new Planned(file, text);
    }

    /** Plans a post dated {@code date}: {@code content/posts/DATE-slug.md}. */
    public static Planned post(Path siteRoot, String title, LocalDate date, Optional<String> slug) {
        String s = slug(title, slug);
        existing(siteRoot).stream().filter(p -> p.isPost() && p.slug().equals(s)).findFirst().ifPresent(p -> {
            throw new Refused("post slug \"" + s + "\" is already used by " + display(p) + "; pick another with --slug");
        });
        Path file = siteRoot.resolve(ContentLoader.CONTENT_DIR).resolve("posts").resolve(date + "-" + s + ".md");
        String text = "---\ntitle: " + quote(title) + "\nslug: " + s + "\ndate: " + date + "\n"
                + "meta: " + quote(oneLine(title) + ": news from the guide.")
                + "  # rewrite: one sentence on what the post is about\n---\n\nWrite the post here.\n";
        return new Planned(file, text);
    }

    /** Writes a planned file; refuses to replace an existing one. */
    public static void write(Planned planned) throws IOException {
        Files.createDirectories(planned.file().getParent());
        try {
            Files.writeString(planned.file(), planned.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new Refused("refusing to overwrite " + planned.file());
        }
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String slug(String title, Optional<String> given) {
        if (given.isPresent()) {
            Slugs.problem(given.get()).ifPresent(p -> {
                throw new Refused(p);
            });
            return given.get();
        }
        String s = Slugs.normalise(title);
        if (s.isEmpty()) {
            throw new Refused("cannot make a slug from the title \"" + title + "\"; pass --slug");
        }
        return s;
    }

    private static String nextSortorder(String number, List<String> taken) {
        if (taken.isEmpty()) {
            return number + "00";
        }
        String last = taken.stream().max((a, b) -> a.length() != b.length() ? a.length() - b.length()
                : a.compareTo(b)).orElseThrow();
        String next = String.format("%0" + last.length() + "d", Long.parseLong(last) + 1);
        if (!next.startsWith(number) || next.length() != last.length()) {
            throw new Refused("chapter " + number + " has no free sortorder after \"" + last + "\"");
        }
        return next;
    }

    private static List<PageSource> existing(Path siteRoot) {
        if (!Files.isDirectory(siteRoot.resolve(ContentLoader.CONTENT_DIR))) {
            throw new Refused("no content/ directory in " + siteRoot + "; is this a cairn site? (cairn init DIR makes one)");
        }
        return ContentLoader.load(siteRoot, true, new Diagnostics());
    }

    private static List<String> chapterDirs(Path pages) {
        List<String> dirs = new ArrayList<>();
        if (!Files.isDirectory(pages)) {
            return dirs;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(pages, Files::isDirectory)) {
            for (Path d : s) {
                String name = d.getFileName().toString();
                if (NUMBERED_DIR.matcher(name).matches() && !name.startsWith(".")) {
                    dirs.add(name);
                }
            }
        } catch (IOException e) {
            throw new Refused("cannot list " + pages + ": " + e.getMessage());
        }
        dirs.sort((a, b) -> number(a).equals(number(b)) ? a.compareTo(b) : number(a).compareTo(number(b)));
        return dirs;
    }

    private static String number(String dir) {
        Matcher m = NUMBERED_DIR.matcher(dir);
        if (!m.matches()) {
            return "";
        }
        String d = m.group(1).replaceFirst("^0+(?=\\d{2})", "");
        return d.length() == 1 ? "0" + d : d;
    }

    private static String display(PageSource p) {
        return p.source().displayPath().toString().replace('\\', '/');
    }
}
