package cairn.content;

import cairn.Diagnostic;
import cairn.Diagnostics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a one-file guide into pages along its headings (see {@link OneFileGuide}). Each
 * page's text is the file's text with every line that is not the page's left empty, so
 * offsets, lines and columns stay the file's; the page's heading line is its title, not
 * part of its body, and the headings kept in a body get their GitHub anchor as id
 * ({@code {#anchor}} at the end of the line, which moves no column before it).
 */
final class OneFileSplitter {

    /** Slugs of pages the site generates itself; a category of that name gets {@code -list}. */
    private static final Set<String> RESERVED = Set.of("index", "search", "resources", "updates", "table-of-contents",
            "blog", "404", "tags", "feed", "sitemap", "cards", "theme");
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern ENTRY_NAME = Pattern.compile("\\[([^\\]]*)]");
    private static final Pattern ANCHOR_ITEM = Pattern.compile("^\\s*[-*+]\\s+\\[[^\\]]*]\\(#[^)]*\\)\\s*$");
    private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t]+#+[ \\t]*$");

    private final SourceFile source;
    private final ReadmeOutline outline;
    private final OneFileSettings settings;
    private final int split;
    private final String title;
    private final Optional<ReadmeOutline.Heading> titleHeading;
    private final Diagnostics diagnostics;
    private final String[] lines;
    private final Set<String> slugs = new HashSet<>();

    OneFileSplitter(SourceFile source, ReadmeOutline outline, OneFileSettings settings, int split, String title,
                    Optional<ReadmeOutline.Heading> titleHeading, Diagnostics diagnostics) {
        this.source = source;
        this.outline = outline;
        this.settings = settings;
        this.split = split;
        this.title = title;
        this.titleHeading = titleHeading;
        this.diagnostics = diagnostics;
        this.lines = source.text().split("\n", -1);
    }

    List<PageSource> pages() {
        List<ReadmeOutline.Heading> hs = new ArrayList<>(outline.headings());
        titleHeading.ifPresent(hs::remove);
        int end = lines.length;
        OneFilePlan home = new OneFilePlan("index", title, "home", "", Path.of("index.md"));
        slugs.add("index");
        addWithoutAnchorList(home, titleHeading.map(h -> h.line() + 1).orElse(1),
                hs.isEmpty() ? end : hs.get(0).line() - 1);
        titleHeading.ifPresent(h -> home.anchors.put(h.anchor(), ""));
        OneFilePlan about = new OneFilePlan(slug("about", "About"), "About", "about", "9900", Path.of("about.md"));
        List<OneFilePlan> plans = new ArrayList<>();
        List<OneFileContents.Node> contents = new ArrayList<>();
        int sections = 0;
        for (int i = 0; i < hs.size(); i++) {
            ReadmeOutline.Heading top = hs.get(i);
            if (top.level() > 2 && i > 0) {
                continue; // a deeper heading belongs to the section above it
            }
            int last = nextLine(hs, i, 2) - 1;
            List<ReadmeOutline.Heading> inside = within(hs, top.line(), last);
            if (OneFileSettings.isContents(top.text())) {
                home.anchors.put(top.anchor(), OneFileContents.ID);
                continue;
            }
            if (settings.isAbout(top.text())) {
                about.addRange(top.line(), last);
                about.keepHeading(top);
                inside.forEach(about::keepHeading);
                continue;
            }
            sections++;
            int chapter = Math.min(sections, OneFileGuide.MAX_CHAPTERS); // more are cut at ## (OneFileGuide.split)
            List<ReadmeOutline.Heading> children = inside.stream().filter(h -> h.level() == 3).toList();
            if (split == 2 || children.isEmpty()) {
                String order = split == 2 ? String.format("01%04d", sections) : String.format("%02d00", chapter);
                OneFilePlan page = section(top, top.line() + 1, last, inside, order, split == 2);
                plans.add(page);
                contents.add(page.node(top));
                continue;
            }
            int leadEnd = children.get(0).line() - 1;
            OneFilePlan lead = section(top, top.line() + 1, leadEnd, within(hs, top.line(), leadEnd),
                    String.format("%02d00", chapter), false);
            plans.add(lead);
            List<OneFileContents.Node> leadNodes = new ArrayList<>();
            for (int k = 0; k < children.size(); k++) {
                ReadmeOutline.Heading child = children.get(k);
                int childEnd = k + 1 < children.size() ? children.get(k + 1).line() - 1 : last;
                OneFilePlan page = section(child, child.line() + 1, childEnd, within(hs, child.line(), childEnd),
                        String.format("%02d%03d", chapter, k + 1), false);
                plans.add(page);
                leadNodes.add(page.node(child));
            }
            lead.generated = OneFileContents.list(leadNodes);
            lead.meta = leadNodes.size() + " categories: " + summary(leadNodes.stream().map(OneFileContents.Node::title)
                    .toList());
            contents.add(new OneFileContents.Node(lead.title, top.anchor(),
                    lead.entries + leadNodes.stream().mapToInt(OneFileContents.Node::entries).sum(), leadNodes));
        }
        List<PageSource> pages = new ArrayList<>();
        if (!about.ranges.isEmpty()) {
            about.meta = "About this list: " + String.join(", ", about.keptHeadings().stream().map(h -> h.text())
                    .toList()) + ".";
            plans.add(about);
            contents.add(new OneFileContents.Node("About", about.keptHeadings().get(0).anchor(), 0,
                    about.keptHeadings().stream().map(h -> new OneFileContents.Node(h.text(), h.anchor(), 0,
                            List.of())).toList()));
        }
        home.generated = OneFileContents.home(contents);
        home.meta = lead(home);
        home.toPage(source, lines, diagnostics).ifPresent(pages::add);
        plans.forEach(p -> p.toPage(source, lines, diagnostics).ifPresent(pages::add));
        return pages;
    }

    /**
     * The home page's lines without a Contents list written without a heading: a run of two
     * or more list items that are nothing but in-page links ({@code - [Tools](#tools)}).
     */
    private void addWithoutAnchorList(OneFilePlan home, int from, int to) {
        int start = from;
        int line = from;
        while (line <= to) {
            int run = line;
            while (run <= to && ANCHOR_ITEM.matcher(lines[run - 1]).matches()) {
                run++;
            }
            if (run - line >= 2) {
                home.addRange(start, line - 1);
                start = run;
            }
            line = Math.max(run, line + 1);
        }
        home.addRange(start, to);
    }

    /** A page of the lines {@code from}–{@code to}, titled by {@code heading}, keeping {@code inside}'s ids. */
    private OneFilePlan section(ReadmeOutline.Heading heading, int from, int to, List<ReadmeOutline.Heading> inside,
                                String sortorder, boolean inCategoriesChapter) {
        String text = heading.text().isBlank() ? "Untitled section" : heading.text();
        if (heading.text().isBlank()) {
            diagnostics.add(Diagnostic.warning("one-file", source.pos(heading.line(), 1),
                    "empty heading; the page is called \"Untitled section\""));
        }
        String slug = slug(heading.anchor(), text);
        Path rel = inCategoriesChapter ? Path.of("pages", "01-categories", slug + ".md") : Path.of(slug + ".md");
        OneFilePlan page = new OneFilePlan(slug, text, "category", sortorder, rel);
        page.anchors.put(heading.anchor(), "");
        if (to >= from) {
            page.addRange(from, to);
        }
        inside.stream().filter(h -> h.line() > heading.line()).forEach(page::keepHeading);
        page.entries = outline.entriesBetween(from, to + 1);
        List<String> names = new ArrayList<>();
        for (int line : outline.entryLines()) {
            if (line >= from && line <= to) {
                Matcher m = ENTRY_NAME.matcher(lines[line - 1]);
                if (m.find()) {
                    names.add(GithubSlugger.renderedText(m.group(1)));
                }
            }
        }
        page.meta = names.isEmpty() ? lead(page) : summary(names);
        if (page.entries == 0) {
            page.kind = "chapter";
        }
        return page;
    }

    /**
     * The first paragraph (or quoted tagline) of a page's text, as plain text, for its
     * description: the home page's, and a section's that lists no entries. Code blocks, tables,
     * images, raw HTML and headings are not paragraphs.
     */
    private String lead(OneFilePlan page) {
        StringBuilder sb = new StringBuilder();
        boolean fenced = false;
        for (int[] r : page.ranges) {
            for (int line = r[0]; line <= r[1]; line++) {
                String raw = lines[line - 1];
                String l = raw.strip().replaceFirst("^>\\s?", "").strip();
                boolean fence = l.startsWith("```") || l.startsWith("~~~");
                fenced ^= fence;
                // code (fenced, or indented where no paragraph continues) is never a description
                boolean code = fence || fenced || sb.length() == 0 && (raw.startsWith("    ") || raw.startsWith("\t"));
                if (code || l.isEmpty() || l.startsWith("<") || l.startsWith("[![") || l.startsWith("![")
                        || l.startsWith("#") || l.startsWith("|")) {
                    if (sb.length() > 0) {
                        return shorten(GithubSlugger.renderedText(sb.toString()));
                    }
                    continue;
                }
                sb.append(sb.length() > 0 ? " " : "").append(l);
            }
        }
        return shorten(GithubSlugger.renderedText(sb.toString()));
    }

    private static String shorten(String text) {
        if (text.length() <= 200) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 197);
        return text.substring(0, cut > 0 ? cut : 197) + "…";
    }

    private String slug(String anchor, String text) {
        String base = Slugs.problem(anchor).isEmpty() ? anchor : Slugs.normalise(text);
        if (base.isEmpty()) {
            base = "section";
        }
        if (RESERVED.contains(base)) {
            base = base + "-list";
        }
        String slug = base;
        for (int n = 2; !slugs.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** "A, B, C and 9 more." for a list of names; empty for none. */
    static String summary(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        int shown = Math.min(3, names.size());
        String head = String.join(", ", names.subList(0, shown));
        int more = names.size() - shown;
        return head + (more > 0 ? " and " + more + " more." : ".");
    }

    /** The line of the heading after {@code i} whose level is at most {@code level}, else one past the last line. */
    private int nextLine(List<ReadmeOutline.Heading> hs, int i, int level) {
        for (int j = i + 1; j < hs.size(); j++) {
            if (hs.get(j).level() <= level) {
                return hs.get(j).line();
            }
        }
        return lines.length + 1;
    }

    private static List<ReadmeOutline.Heading> within(List<ReadmeOutline.Heading> hs, int after, int last) {
        return hs.stream().filter(h -> h.line() > after && h.line() <= last).toList();
    }

    static boolean hasSafeId(String anchor) {
        return SAFE_ID.matcher(anchor).matches();
    }

    /** The line as written, with its GitHub anchor as an attribute list when it is a kept heading. */
    static String headingWithId(String line, String anchor) {
        if (!SAFE_ID.matcher(anchor).matches() || line.stripTrailing().endsWith("}")) {
            return line;
        }
        return CLOSING_HASHES.matcher(line.stripTrailing()).replaceFirst("") + " {#" + anchor + "}";
    }

    static Map<String, Object> values(OneFilePlan p, String display) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", p.title);
        v.put("slug", p.slug);
        if (!p.sortorder.isEmpty()) {
            v.put("sortorder", p.sortorder);
        }
        if (!p.meta.isEmpty()) {
            v.put("meta", p.meta);
        }
        v.put("onefile", p.kind);
        v.put("onefile_source", display);
        v.put("onefile_anchors", java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(p.anchors)));
        v.put("onefile_entries", String.valueOf(p.entries));
        if (p.kind.equals("about")) {
            v.put("see_also_exclude", "true");
        }
        return v;
    }
}
