package cairn.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A small guide on disk that random edits change the way authors do: bodies, titles, new
 * and deleted pages, renamed slugs, a link to a page written before the page, front
 * matter, chapters. Each edit writes its files and tells which paths changed, as the
 * watcher would.
 */
final class EditedGuide {

    static final Set<String> KINDS = Set.of("body", "title", "new page", "delete page", "rename slug",
            "link to missing page", "missing page created", "front matter", "chapter");
    private static final String[] CHAPTERS = {"01-basics", "02-tools", "03-advanced"};

    private final Path root;
    private final Random random;
    private final List<Spec> pages = new ArrayList<>();
    private int counter;
    private String promised;

    /** One page's source, kept as fields so edits can change one thing. */
    private static final class Spec {
        String chapter;
        String stem;
        String title;
        String slug;
        String sortorder;
        List<String> body = new ArrayList<>();
        List<String> seeAlso = new ArrayList<>();
        boolean exclude;
        String alias;

        Path file(Path root) {
            return root.resolve("content/pages").resolve(chapter).resolve(stem + ".md");
        }

        String slug() {
            return slug != null ? slug : stem.replaceFirst("^\\d+-", "");
        }

        String text() {
            StringBuilder b = new StringBuilder("---\ntitle: \"" + title + "\"\nsortorder: \"" + sortorder + "\"\n");
            if (slug != null) {
                b.append("slug: ").append(slug).append('\n');
            }
            if (!seeAlso.isEmpty()) {
                b.append("see_also: [").append(String.join(", ", seeAlso)).append("]\n");
            }
            if (exclude) {
                b.append("see_also_exclude: true\n");
            }
            if (alias != null) {
                b.append("aliases: [").append(alias).append("]\n");
            }
            b.append("---\n");
            body.forEach(p -> b.append(p).append("\n\n"));
            return b.toString();
        }
    }

    /** What one edit did: its kind and the files it wrote or removed. */
    record Edit(String kind, Set<Path> changed) {
    }

    EditedGuide(Path root, Random random) {
        this.root = root;
        this.random = random;
        for (String chapter : CHAPTERS) {
            for (int i = 0; i < 4; i++) {
                Spec s = newPage(chapter, i);
                pages.add(s);
            }
        }
        for (Spec s : pages) {
            for (int i = 0; i < 5; i++) {
                s.body.add(linkParagraph());
            }
        }
        pages.get(1).seeAlso.add(pages.get(5).slug());
        pages.get(2).exclude = true;
        pages.get(3).alias = "/old-" + pages.get(3).slug() + ".html";
    }

    void writeAll() throws IOException {
        write(root.resolve("cairn.yaml"), "title: Edited guide\nbase_url: https://example.org\nsee_also:\n  max: 3\n"
                + "redirects:\n  /start.html: " + pages.get(0).slug() + "\n");
        for (Spec s : pages) {
            write(s.file(root), s.text());
        }
    }

    Edit randomEdit() throws IOException {
        if (promised != null) {
            Spec s = newPage(CHAPTERS[random.nextInt(CHAPTERS.length)], 10 + (++counter));
            s.slug = promised;
            promised = null;
            pages.add(s);
            return save("missing page created", s);
        }
        Spec s = pages.get(random.nextInt(pages.size()));
        Path before = s.file(root);
        switch (random.nextInt(10)) {
            case 0, 1 -> {
                editBody(s);
                return save("body", s);
            }
            case 2 -> {
                s.title = "Retitled " + (++counter);
                return save("title", s);
            }
            case 3 -> {
                Spec added = newPage(s.chapter, 10 + (++counter));
                added.body.add(linkParagraph());
                pages.add(added);
                return save("new page", added);
            }
            case 4 -> {
                if (pages.size() < 6 || s == pages.get(0)) {
                    return randomEdit();
                }
                pages.remove(s);
                Files.delete(before);
                Set<Path> changed = new LinkedHashSet<>(Set.of(before));
                changed.addAll(renameInSeeAlso(s.slug(), null));
                return new Edit("delete page", changed);
            }
            case 5 -> {
                if (s == pages.get(0)) { // the target of the redirect in cairn.yaml
                    return randomEdit();
                }
                String old = s.slug();
                s.slug = "renamed-" + (++counter);
                Set<Path> changed = new LinkedHashSet<>(save("rename slug", s).changed());
                changed.addAll(renameInSeeAlso(old, s.slug()));
                return new Edit("rename slug", changed);
            }
            case 6 -> {
                promised = "future-" + (++counter);
                s.body.add("Soon: [the future page](/" + promised + ".html#intro).");
                return save("link to missing page", s);
            }
            case 7, 8 -> {
                switch (random.nextInt(4)) {
                    case 0 -> s.seeAlso = s.seeAlso.isEmpty() ? List.of(other(s).slug()) : List.of();
                    case 1 -> s.exclude = !s.exclude;
                    case 2 -> s.alias = s.alias == null ? "/alias-" + (++counter) + ".html" : null;
                    default -> s.sortorder = s.sortorder.substring(0, 2) + String.format("%02d", random.nextInt(99));
                }
                return save("front matter", s);
            }
            default -> {
                String to = CHAPTERS[random.nextInt(CHAPTERS.length)];
                s.chapter = to;
                s.sortorder = to.substring(0, 2) + String.format("%02d", 20 + random.nextInt(70));
                Files.delete(before);
                Set<Path> changed = new LinkedHashSet<>(save("chapter", s).changed());
                changed.add(before);
                return new Edit("chapter", changed);
            }
        }
    }

    /** Fixes the {@code see_also} lists that name {@code slug}, as an author would: renamed, or removed. */
    private Set<Path> renameInSeeAlso(String slug, String renamed) throws IOException {
        Set<Path> changed = new LinkedHashSet<>();
        for (Spec p : pages) {
            if (p.seeAlso.contains(slug)) {
                p.seeAlso = renamed == null ? List.of() : List.of(renamed);
                changed.addAll(save("", p).changed());
            }
        }
        return changed;
    }

    private void editBody(Spec s) {
        switch (random.nextInt(6)) {
            case 0 -> s.body.add(linkParagraph());
            case 5 -> s.body.set(0, s.body.get(0).startsWith("## Intro\n") // breaks or mends links to #intro
                    ? s.body.get(0).replace("## Intro\n", "## Introduction\n")
                    : s.body.get(0).replace("## Introduction\n", "## Intro\n"));
            case 4 -> s.body.add("Gone: [nowhere](/nowhere-" + random.nextInt(3) + ".html).");
            case 1 -> {
                if (s.body.size() > 1) {
                    s.body.remove(1 + random.nextInt(s.body.size() - 1));
                }
            }
            case 2 -> s.body.add("## Section " + random.nextInt(4));
            default -> s.body.add("See [" + (++counter) + "](https://example.org/r" + random.nextInt(5)
                    + ") for more, or [the other](" + sourceLink(s, other(s)) + ").");
        }
    }

    /** A paragraph linking to another page by address, anchor, redirect or source file, or a hand-written see-also box. */
    private String linkParagraph() {
        Spec to = pages.get(random.nextInt(pages.size()));
        String section = random.nextBoolean() ? "#intro" : "#section-" + random.nextInt(4);
        return switch (random.nextInt(9)) {
            case 0, 1, 2 -> "Read [" + to.title + "](/" + to.slug() + ".html).";
            case 3, 4 -> "Read [part of it](/" + to.slug() + ".html" + section + ").";
            case 5 -> "## Section " + random.nextInt(4) + "\n\nA [resource](https://example.org/" + random.nextInt(9)
                    + ") and [a same-page anchor](" + section + ").";
            case 6 -> "Through a redirect: [start](/start.html).";
            case 7 -> "<div class=\"see-also\">See <a href=\"/" + to.slug() + ".html\">" + to.title
                    + "</a> and <a href=\"../" + to.chapter + "/" + to.stem + ".md\">its file</a>.</div>";
            default -> "By file: [" + to.title + "](../" + to.chapter + "/" + to.stem + ".md).";
        };
    }

    private static String sourceLink(Spec from, Spec to) {
        return "../" + to.chapter + "/" + to.stem + ".md";
    }

    private Spec other(Spec s) {
        Spec o = pages.get(random.nextInt(pages.size()));
        return o == s ? pages.get((pages.indexOf(s) + 1) % pages.size()) : o;
    }

    private Spec newPage(String chapter, int n) {
        Spec s = new Spec();
        s.chapter = chapter;
        s.stem = String.format("%02d-page-%s-%d", n, chapter.substring(3), n);
        s.title = "Page " + chapter.substring(3) + " " + n;
        s.sortorder = chapter.substring(0, 2) + String.format("%02d", n);
        s.body.add("## Intro\n\nAbout " + s.title + ".");
        return s;
    }

    private Edit save(String kind, Spec s) throws IOException {
        Path file = s.file(root);
        write(file, s.text());
        return new Edit(kind, Set.of(file));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
