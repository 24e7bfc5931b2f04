package cairn.scaffold;

import cairn.content.SiteConfig;
import cairn.content.Theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The site {@code cairn init} writes: {@code cairn.yaml}, one chapter of two pages, a
 * post, a {@code .gitignore}, and with {@code withTheme} a copy of the default theme to
 * edit. Every page has a description, links only to pages that exist and is linked from
 * another page, so the new site builds and checks without a single warning.
 */
public final class StarterSite {

    private StarterSite() {
    }

    /**
     * Writes the starter site into {@code dir} and returns the files written (relative
     * paths). A non-empty {@code dir} is refused unless {@code force}; even then only the
     * starter's own files are replaced.
     */
    public static List<Path> write(Path dir, LocalDate today, boolean withTheme, boolean force) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new NewContent.Refused(dir + " exists and is not a directory");
        }
        if (Files.isDirectory(dir) && !isEmpty(dir) && !force) {
            throw new NewContent.Refused("refusing to write into " + dir + ": it is not empty (pass --force to add"
                    + " the starter files anyway; files with the same names are replaced)");
        }
        Map<String, String> files = files(title(dir), today);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = dir.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
            written.add(Path.of(f.getKey()));
        }
        if (withTheme) {
            Path site = dir.toAbsolutePath();
            Theme theme = Theme.of(site);
            written.addAll(copyTree(theme.defaultTemplates(), dir.resolve(Theme.TEMPLATES_DIR), dir));
            written.addAll(copyTree(theme.defaultStatic(), dir.resolve(Theme.STATIC_DIR), dir));
        }
        return written;
    }

    /** {@code my-python-guide} → {@code My Python Guide}. */
    static String title(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        String words = name == null ? "" : name.toString().replaceAll("[-_.]+", " ").strip();
        if (words.isEmpty()) {
            return "My Guide";
        }
        StringBuilder sb = new StringBuilder();
        for (String w : words.split("\\s+")) {
            sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }

    private static Map<String, String> files(String title, LocalDate today) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(SiteConfig.FILE_NAME, """
                # Settings of this guide. Every key is optional; see cairn's README for all of them.
                title: %s
                description: A curated guide to the best resources on one subject, explained briefly.
                language: en
                # Where the site will live: canonical links, feeds and the sitemap use it. Change it before publishing.
                base_url: https://example.org
                """.formatted(NewContent.quote(title)));
        f.put(".gitignore", "public/\n.cairn/\n"); // .cairn/: build and link caches, never committed
        f.put("content/pages/01-basics/00-basics.md", """
                ---
                title: Basics
                slug: basics
                sortorder: "0100"
                meta: "Where to start, and how the pages of this guide are organised."
                ---

                Welcome to the guide. Each page explains one topic in a few paragraphs and then
                points to the best material on it. Pages are grouped into chapters; this is the
                first page of the first chapter.

                Start with [writing a page](/writing-a-page.html), then read the
                [welcome post](/blog/welcome.html).
                """);
        f.put("content/pages/01-basics/01-writing-a-page.md", """
                ---
                title: Writing a page
                slug: writing-a-page
                sortorder: "0101"
                meta: "How a topic page is put together, from front matter to the list of resources."
                see_also: [basics]
                ---

                A page is a Markdown file in a chapter directory under `content/pages/`. It starts
                with front matter: a title, a `sortorder` that places it in its chapter, and a
                one-sentence `meta` description. Then comes a short explanation and a list of
                resources, each with a sentence on why it is worth reading.

                Create the next page with:

                ```bash
                cairn new page "My next topic" --chapter 01
                ```

                and preview the guide while you write with `cairn serve`. The
                [first page](/basics.html) of this chapter introduces the guide.

                ## Resources

                Write each resource as a list item:

                ```markdown
                * [The manual](https://example.org/manual/) is thorough and well indexed.
                ```
                """);
        f.put("content/posts/" + today + "-welcome.md", """
                ---
                title: Welcome
                slug: welcome
                date: %s
                meta: "The guide is open: what it covers and where to start reading."
                ---

                This guide has just been started. Begin with [the basics](/basics.html), or see
                how [a page is written](/writing-a-page.html).
                """.formatted(today));
        return f;
    }

    private static List<Path> copyTree(Path from, Path to, Path siteDir) throws IOException {
        List<Path> copied = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path target = to;
                for (Path part : from.relativize(file)) {
                    target = target.resolve(part.toString()); // the theme may live in the jar's file system
                }
                Files.createDirectories(target.getParent());
                Files.write(target, Files.readAllBytes(file));
                copied.add(siteDir.relativize(target));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return copied;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }
}
