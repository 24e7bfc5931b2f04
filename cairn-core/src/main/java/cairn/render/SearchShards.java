package cairn.render;

import cairn.content.JsonText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Cuts the search index's words into shards by prefix, as Pagefind does, so a query loads
 * only the shards of its words: every word goes to the shard of its first two characters;
 * a shard bigger than {@code maxChars} is cut again by one more character (words exactly
 * as long as the prefix stay in the shard of the prefix itself), and so on. A search for
 * {@code term} loads every shard whose key starts {@code term} or is started by it. Keys
 * are folded words, so letters and digits only; {@link #fileName} spells them for a URL.
 */
final class SearchShards {

    static final int MIN_PREFIX = 2;

    private final int maxChars;

    SearchShards(int maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * {@code entries} (word → the JSON of its postings) cut into shards: key → the shard's
     * JSON object, {@code {"word":[…],…}}, keys and words in order.
     */
    SortedMap<String, String> split(SortedMap<String, String> entries) {
        SortedMap<String, List<Map.Entry<String, String>>> shards = new TreeMap<>();
        place(groups(new ArrayList<>(entries.entrySet()), MIN_PREFIX, shards), MIN_PREFIX, shards);
        SortedMap<String, String> out = new TreeMap<>();
        shards.forEach((key, words) -> {
            StringBuilder json = new StringBuilder(size(words) + 16).append('{');
            for (int i = 0; i < words.size(); i++) {
                JsonText.string(json.append(i == 0 ? "\n" : ",\n"), words.get(i).getKey())
                        .append(':').append(words.get(i).getValue());
            }
            out.put(key, json.append("\n}\n").toString());
        });
        return out;
    }

    /** The words grouped by their first {@code depth} characters; words no longer than that go straight to {@code shards}. */
    private static SortedMap<String, List<Map.Entry<String, String>>> groups(List<Map.Entry<String, String>> words,
            int depth, SortedMap<String, List<Map.Entry<String, String>>> shards) {
        SortedMap<String, List<Map.Entry<String, String>>> groups = new TreeMap<>();
        for (Map.Entry<String, String> e : words) {
            String word = e.getKey();
            if (word.codePointCount(0, word.length()) <= depth) {
                shards.computeIfAbsent(word, k -> new ArrayList<>()).add(e);
            } else {
                groups.computeIfAbsent(word.substring(0, word.offsetByCodePoints(0, depth)), k -> new ArrayList<>()).add(e);
            }
        }
        return groups;
    }

    private void place(SortedMap<String, List<Map.Entry<String, String>>> groups, int depth,
                       SortedMap<String, List<Map.Entry<String, String>>> shards) {
        groups.forEach((prefix, words) -> {
            if (size(words) <= maxChars) {
                shards.computeIfAbsent(prefix, k -> new ArrayList<>()).addAll(words);
            } else {
                place(groups(words, depth + 1, shards), depth + 1, shards);
            }
        });
    }

    private static int size(List<Map.Entry<String, String>> words) {
        int n = 0;
        for (Map.Entry<String, String> e : words) {
            n += e.getKey().length() + e.getValue().length() + 5;
        }
        return n;
    }

    /**
     * The file name of shard {@code key}, without extension: ASCII letters and digits as they
     * are, any other character as {@code _} + its code point in hex + {@code _}
     * ({@code "мо"} → {@code _43c__43e_}). {@code theme/search.js} spells it the same way.
     */
    static String fileName(String key) {
        StringBuilder sb = new StringBuilder();
        key.codePoints().forEach(cp -> {
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                sb.append((char) cp);
            } else {
                sb.append('_').append(Integer.toHexString(cp)).append('_');
            }
        });
        return sb.toString();
    }
}
