package cairn.render;

import cairn.markdown.Heading;
import cairn.site.GeneratedFiles;
import cairn.site.Page;
import cairn.site.PageId;
import cairn.site.Site;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code /search-index.json}, read by the theme's search box ({@code theme/search.js}):
 * {@code {"v":1,"pages":[[title, url, meta, headings, words], …]}} for every page and
 * post in reading order, then posts newest first. {@code words} is the body's
 * {@link cairn.markdown.RenderedMarkdown#searchWords() search words}: about a tenth of the
 * body text, and enough for word and prefix search.
 */
final class SearchIndexWriter {

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
        // each entry on its own (the words were folded with the Markdown, in parallel and cached), joined in order
        List<String> entries = order.stream().map(id -> entry(site.page(id), basePath)).toList();
        StringBuilder json = new StringBuilder(entries.stream().mapToInt(String::length).sum() + 64)
                .append("{\"v\":1,\"pages\":[");
        for (int i = 0; i < entries.size(); i++) {
            json.append(i == 0 ? "\n" : ",\n").append(entries.get(i));
        }
        return OutputFile.text(GeneratedFiles.SEARCH_INDEX, json.append("\n]}\n").toString());
    }

    private static String entry(Page p, String basePath) {
        String headings = String.join(" / ", p.body().headings().stream().map(Heading::text).toList());
        StringBuilder json = new StringBuilder(p.body().searchWords().length() + 256).append('[');
        string(json, p.title()).append(',');
        string(json, basePath + p.url()).append(',');
        string(json, p.source().meta()).append(',');
        string(json, headings).append(',');
        string(json, p.body().searchWords()).append(']');
        return json.toString();
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
