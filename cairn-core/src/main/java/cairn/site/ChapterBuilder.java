package cairn.site;

import cairn.Diagnostics;
import cairn.SourcePos;
import cairn.content.PageSource;
import cairn.content.SiteConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts topic pages into chapters. A page's chapter is its top directory under
 * {@code content/pages/} ({@code 03-data} → chapter 03 "Data"; a directory without a
 * number takes the first two digits of its pages' smallest {@code sortorder}, so
 * Full Stack Python's {@code meta/} is chapter 07), or, for flat content, the first two
 * digits of {@code sortorder}. Inside a chapter pages are ordered by {@code sortorder}
 * as a string, then title; named sections from {@code cairn.yaml} group pages and sit
 * where their first page falls.
 */
final class ChapterBuilder {

    private static final Pattern NUMBERED_DIR = Pattern.compile("^(\\d{1,3})[-_. ]*(.*)$");
    private static final Pattern TWO_DIGITS = Pattern.compile("^(\\d{2})");
    static final Comparator<PageSource> READING_ORDER = Comparator
            .comparing((PageSource p) -> p.sortorder().isEmpty() ? "\uffff" : p.sortorder())
            .thenComparing(PageSource::title)
            .thenComparing(PageSource::slug);

    private ChapterBuilder() {
    }

    /** The chapters, in order, of {@code pages}; pages that belong to none are left out. */
    static List<Chapter> build(SiteConfig config, List<PageSource> pages, Diagnostics diagnostics) {
        Map<String, List<PageSource>> byDir = new LinkedHashMap<>();
        Map<String, List<PageSource>> byNumber = new TreeMap<>();
        Map<String, String> dirTitle = new HashMap<>();
        for (PageSource p : pages) {
            if (p.chapterDir().isPresent()) {
                byDir.computeIfAbsent(p.chapterDir().get(), k -> new ArrayList<>()).add(p);
            } else {
                Matcher m = TWO_DIGITS.matcher(p.sortorder());
                if (m.find()) {
                    byNumber.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(p);
                }
            }
        }
        for (Map.Entry<String, List<PageSource>> e : byDir.entrySet()) {
            String dir = e.getKey();
            Matcher m = NUMBERED_DIR.matcher(dir);
            String number;
            String rest = dir;
            if (m.matches()) {
                number = pad(m.group(1));
                rest = m.group(2);
            } else {
                number = e.getValue().stream().map(PageSource::sortorder).filter(s -> TWO_DIGITS.matcher(s).find())
                        .min(String::compareTo).map(s -> s.substring(0, 2)).orElse("99");
            }
            byNumber.computeIfAbsent(number, k -> new ArrayList<>()).addAll(e.getValue());
            dirTitle.putIfAbsent(number, humanise(rest.isEmpty() ? dir : rest));
        }
        List<Chapter> chapters = new ArrayList<>();
        for (Map.Entry<String, List<PageSource>> e : byNumber.entrySet()) {
            String number = e.getKey();
            List<PageSource> sorted = e.getValue().stream().sorted(READING_ORDER).toList();
            Optional<SiteConfig.ChapterConfig> override = config.chapter(number);
            String title = override.flatMap(SiteConfig.ChapterConfig::title)
                    .orElseGet(() -> dirTitle.getOrDefault(number, leadTitle(number, sorted)));
            List<SiteConfig.SectionConfig> sections = override.map(SiteConfig.ChapterConfig::sections).orElse(List.of());
            chapters.add(new Chapter(number, number, title, sections(number, sorted, sections, diagnostics)));
        }
        return chapters;
    }

    private static List<Section> sections(String number, List<PageSource> sorted,
                                          List<SiteConfig.SectionConfig> named, Diagnostics diagnostics) {
        Map<String, SiteConfig.SectionConfig> sectionOf = new HashMap<>();
        java.util.Set<String> slugs = new java.util.HashSet<>();
        sorted.forEach(p -> slugs.add(p.slug()));
        for (SiteConfig.SectionConfig s : named) {
            for (String slug : s.slugs()) {
                if (!slugs.contains(slug)) {
                    diagnostics.error("config", SourcePos.of(Path.of(SiteConfig.FILE_NAME)),
                            "section \"" + s.title() + "\" of chapter " + number + " lists \"" + slug
                                    + "\", which is not a page of that chapter");
                }
                sectionOf.put(slug, s);
            }
        }
        List<Section> out = new ArrayList<>();
        List<PageId> unnamed = new ArrayList<>();
        List<SiteConfig.SectionConfig> emitted = new ArrayList<>();
        for (PageSource p : sorted) {
            SiteConfig.SectionConfig s = sectionOf.get(p.slug());
            if (s == null) {
                unnamed.add(PageId.page(p.slug()));
                continue;
            }
            if (emitted.contains(s)) {
                continue;
            }
            if (!unnamed.isEmpty()) {
                out.add(new Section(Optional.empty(), unnamed));
                unnamed = new ArrayList<>();
            }
            emitted.add(s);
            out.add(new Section(Optional.of(s.title()), sorted.stream().filter(q -> sectionOf.get(q.slug()) == s)
                    .map(q -> PageId.page(q.slug())).toList()));
        }
        if (!unnamed.isEmpty()) {
            out.add(new Section(Optional.empty(), unnamed));
        }
        return out;
    }

    /** The title of a chapter known only by number: its {@code NN00} page's, else "Chapter NN". */
    private static String leadTitle(String number, List<PageSource> sorted) {
        return sorted.stream().filter(p -> p.sortorder().equals(number + "00")).findFirst()
                .map(PageSource::title).orElse("Chapter " + number);
    }

    private static String pad(String digits) {
        String d = digits.replaceFirst("^0+(?=\\d{2})", "");
        return d.length() == 1 ? "0" + d : d;
    }

    static String humanise(String name) {
        String[] words = name.replace('_', '-').split("-+");
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
        }
        return sb.toString();
    }
}
