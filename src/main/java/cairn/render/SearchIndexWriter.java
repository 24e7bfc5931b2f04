package cairn.render;

import cairn.markdown.Heading;
import cairn.site.GeneratedFiles;
import cairn.site.Page;
import cairn.site.PageId;
import cairn.site.Site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code /search-index.json}, read by the theme's search box ({@code theme/cairn.js}):
 * {@code {"v":1,"pages":[[title, url, meta, headings, words], …]}} for every page and
 * post in reading order, then posts newest first. {@code words} is the body's distinct
 * words, folded (lower case, accents dropped), minus very common English words, sorted and
 * joined by spaces: about a tenth of the body text, and enough for word and prefix search.
 */
final class SearchIndexWriter {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from",
            "has", "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were",
            "will", "with", "you", "your", "can", "not", "but", "if", "so", "they", "their", "there", "we", "our");

    private final Site site;

    SearchIndexWriter(Site site) {
        this.site = site;
    }

    OutputFile write() {
        Set<PageId> pages = new LinkedHashSet<>(site.readingOrder());
        site.home().ifPresent(pages::add);
        site.pages().stream().filter(p -> !p.isPost()).map(Page::id).forEach(pages::add);
        pages.addAll(site.posts());
        List<PageId> order = new ArrayList<>(pages);
        String basePath = site.config().basePath();
        // each entry on its own (in parallel: folding and splitting every body is most of the work), joined in order
        List<String> entries = order.parallelStream().map(id -> entry(site.page(id), basePath)).toList();
        StringBuilder json = new StringBuilder(entries.stream().mapToInt(String::length).sum() + 64)
                .append("{\"v\":1,\"pages\":[");
        for (int i = 0; i < entries.size(); i++) {
            json.append(i == 0 ? "\n" : ",\n").append(entries.get(i));
        }
        return OutputFile.text(GeneratedFiles.SEARCH_INDEX, json.append("\n]}\n").toString());
    }

    private static String entry(Page p, String basePath) {
        String headings = String.join(" / ", p.body().headings().stream().map(Heading::text).toList());
        StringBuilder json = new StringBuilder(p.body().text().length() / 4 + 256).append('[');
        string(json, p.title()).append(',');
        string(json, basePath + p.url()).append(',');
        string(json, p.source().meta()).append(',');
        string(json, headings).append(',');
        string(json, String.join(" ", words(p.body().text()))).append(']');
        return json.toString();
    }

    static Set<String> words(String text) {
        // Runs of ASCII letters and digits and of any non-ASCII character, split at ASCII
        // punctuation and spaces (which folding leaves as they are): an ASCII run is only
        // lower-cased; a run with other characters is folded and split again. The same words
        // as folding the whole text first, without running the normaliser over all of it.
        Set<String> distinct = new java.util.HashSet<>();
        int start = -1;
        boolean ascii = true;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c >= 0x80 || isWordChar(c)) {
                if (start < 0) {
                    start = i;
                    ascii = true;
                }
                ascii &= c < 0x80;
            } else if (start >= 0) {
                if (!ascii) {
                    split(fold(text.substring(start, i)), distinct);
                } else if (i - start > 1) {
                    distinct.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = -1;
            }
        }
        distinct.removeAll(STOP);
        return new TreeSet<>(distinct);
    }

    private static void split(String folded, Set<String> out) {
        int start = -1;
        for (int i = 0; i <= folded.length(); ) {
            int cp = i < folded.length() ? folded.codePointAt(i) : ' ';
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                if (i - start > 1) {
                    out.add(folded.substring(start, i));
                }
                start = -1;
            }
            i += Character.charCount(cp);
        }
    }

    /** Letters and numbers ({@code \p{L}}, {@code \p{N}}): what a word is made of. */
    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    static String fold(String text) {
        if (isAscii(text)) { // nothing to decompose: skip the normaliser, most bodies are plain ASCII
            return text.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static StringBuilder string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<' -> sb.append("\\u003c"); // harmless if the file is ever inlined into a page
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }
}
