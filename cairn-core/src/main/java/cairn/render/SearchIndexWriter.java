package cairn.render;

import cairn.content.JsonText;
import cairn.markdown.Heading;
import cairn.markdown.SearchWords;
import cairn.site.Chapter;
import cairn.site.GeneratedFiles;
import cairn.site.Page;
import cairn.site.PageId;
import cairn.site.Site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The site search's index, read by {@code theme/search.js}, split so that a query loads
 * only what it needs (the design of Pagefind):
 * <ul>
 * <li>{@code /search/index.json}, the manifest: {@code {"v":2,"id":…,"pages":N,"stop":[…],"shards":[…]}}
 *   with the index's id (a digest of every file below; the script asks for each file with
 *   {@code ?v=id}, so a cache never mixes two builds), the number of pages, the words left
 *   out of queries and the keys of the shards;</li>
 * <li>{@code /search/w/KEY.json}, one shard per word prefix, as few as 48 KB allows ({@link SearchShards}):
 *   {@code {"word":[p,…],…}}, each posting {@code 16 × (page − previous page) + fields},
 *   pages counted from 0 in the order below, the first posting's previous page −1, fields
 *   the bits title 8, heading 4, description 2, body 1;</li>
 * <li>{@code /search/p/N.json}, page N for the results shown:
 *   {@code {"t":title,"u":url,"c":chapter,"m":description,"h":[[id,heading],…],"s":[text,…]}},
 *   {@code s[0]} the text before the first heading, {@code s[i + 1]} the text under heading i.</li>
 * </ul>
 * Pages are the reading order, the home page, the other pages, then the posts newest first.
 * Words are {@link SearchWords}: folded (lower case, no accents), without one-letter and very
 * common words. Every file depends only on the site, so the output is deterministic.
 */
final class SearchIndexWriter {

    static final String SHARDS = "/search/w/";
    static final String PAGES = "/search/p/";
    /** Shards above this many characters are cut by one more character of prefix. */
    static final int MAX_SHARD_CHARS = 48 * 1024;

    private static final int TITLE = 8;
    private static final int HEADING = 4;
    private static final int META = 2;
    private static final int BODY = 1;

    private final Site site;

    SearchIndexWriter(Site site) {
        this.site = site;
    }

    /** Hands every file of the index to {@code sink}, the manifest last. */
    void write(Consumer<OutputFile> sink) {
        List<Page> pages = order();
        String basePath = site.config().basePath();
        byte[][] digests = new byte[pages.size()][];
        List<Map<String, Integer>> fields = IntStream.range(0, pages.size()).parallel().mapToObj(i -> {
            Page p = pages.get(i);
            OutputFile file = OutputFile.text(PAGES + i + ".json", fragment(p, basePath));
            digests[i] = sha256().digest(file.bytes());
            sink.accept(file);
            return fields(p);
        }).toList();
        SortedMap<String, String> shards = new SearchShards(MAX_SHARD_CHARS).split(postings(fields));
        MessageDigest id = sha256();
        for (byte[] d : digests) {
            id.update(d);
        }
        shards.forEach((key, json) -> {
            OutputFile file = OutputFile.text(SHARDS + SearchShards.fileName(key) + ".json", json);
            id.update(key.getBytes(StandardCharsets.UTF_8));
            id.update(file.bytes());
            sink.accept(file);
        });
        sink.accept(OutputFile.text(GeneratedFiles.SEARCH_INDEX,
                manifest(HexFormat.of().formatHex(id.digest(), 0, 6), pages.size(), shards.keySet())));
    }

    private List<Page> order() {
        Set<PageId> ids = new LinkedHashSet<>(site.readingOrder());
        site.home().ifPresent(ids::add);
        site.pages().stream().filter(p -> !p.isPost() && !p.source().hidden()).map(Page::id).forEach(ids::add);
        ids.addAll(site.posts());
        return ids.stream().map(site::page).toList();
    }

    /** Each search word of the page with the fields it is in. */
    private static Map<String, Integer> fields(Page p) {
        Map<String, Integer> out = new HashMap<>();
        String words = p.body().searchWords();
        if (!words.isEmpty()) {
            for (String w : words.split(" ")) {
                out.put(w, BODY);
            }
        }
        for (Heading h : p.body().headings()) {
            SearchWords.words(h.text()).forEach(w -> out.merge(w, HEADING, (a, b) -> a | b));
        }
        SearchWords.words(p.source().meta()).forEach(w -> out.merge(w, META, (a, b) -> a | b));
        SearchWords.words(p.title()).forEach(w -> out.merge(w, TITLE, (a, b) -> a | b));
        return out;
    }

    /** word → its postings as a JSON array, words in order. */
    private static SortedMap<String, String> postings(List<Map<String, Integer>> fields) {
        Map<String, StringBuilder> lists = new HashMap<>();
        Map<String, Integer> last = new HashMap<>();
        for (int page = 0; page < fields.size(); page++) {
            for (Map.Entry<String, Integer> e : fields.get(page).entrySet()) {
                StringBuilder list = lists.get(e.getKey());
                int previous;
                if (list == null) {
                    list = new StringBuilder().append('[');
                    lists.put(e.getKey(), list);
                    previous = -1;
                } else {
                    list.append(',');
                    previous = last.get(e.getKey());
                }
                list.append(16 * (page - previous) + e.getValue());
                last.put(e.getKey(), page);
            }
        }
        SortedMap<String, String> out = new TreeMap<>();
        lists.forEach((word, list) -> out.put(word, list.append(']').toString()));
        return out;
    }

    private String fragment(Page p, String basePath) {
        StringBuilder json = new StringBuilder(p.body().html().length() / 2 + 256).append("{\"t\":");
        JsonText.string(json, p.title()).append(",\"u\":");
        JsonText.string(json, basePath + p.url()).append(",\"c\":");
        JsonText.string(json, chapter(p)).append(",\"m\":");
        JsonText.string(json, p.source().meta()).append(",\"h\":[");
        List<Heading> headings = p.body().headings();
        for (int i = 0; i < headings.size(); i++) {
            JsonText.string(json.append(i == 0 ? "[" : ",["), headings.get(i).id()).append(',');
            JsonText.string(json, headings.get(i).text()).append(']');
        }
        json.append("],\"s\":[");
        List<String> sections = p.body().sections();
        for (int i = 0; i < sections.size(); i++) {
            JsonText.string(json.append(i == 0 ? "" : ","), sections.get(i));
        }
        return json.append("]}\n").toString();
    }

    /** The chapter's title (its number left out: readers know chapters by name), "Blog" for posts, else "". */
    private String chapter(Page p) {
        if (p.isPost()) {
            return "Blog";
        }
        return site.chapterOf(p.id()).map(Chapter::title).orElse("");
    }

    private static String manifest(String id, int pages, Set<String> shards) {
        StringBuilder json = new StringBuilder(shards.size() * 8 + 512).append("{\"v\":2,\"id\":\"").append(id)
                .append("\",\"pages\":").append(pages).append(",\"stop\":[");
        List<String> stop = new ArrayList<>(SearchWords.stopWords());
        for (int i = 0; i < stop.size(); i++) {
            JsonText.string(json.append(i == 0 ? "" : ","), stop.get(i));
        }
        json.append("],\n\"shards\":[");
        int i = 0;
        for (String key : shards) {
            JsonText.string(json.append(i++ == 0 ? "" : ","), key);
        }
        return json.append("]}\n").toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
