package cairn.render;

import cairn.content.JsonText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Cuts the search index's words into shards by prefix, as Pagefind does, so a query loads
 * only the shards of its words, in as few files as that allows: the words of one first
 * character make one shard; a shard bigger than {@code maxChars} is cut by one more
 * character, and the parts that are small after the cut go back into the shard of the
 * shorter prefix (smallest first, while it stays under {@code maxChars}), the others
 * becoming shards of their own (cut again if still too big). Words exactly as long as a
 * prefix stay in the shard of that prefix. So every word is in the shard of one of its
 * prefixes, and a search for {@code term} finds all its words by loading every shard whose
 * key starts {@code term} or is started by it. Keys are folded words, so letters and
 * digits only; {@link #fileName} spells them for a URL.
 */
final class SearchShards {

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
        groups(new ArrayList<>(entries.entrySet()), 0, new ArrayList<>())
                .forEach((prefix, words) -> place(prefix, words, 1, shards));
        SortedMap<String, String> out = new TreeMap<>();
        shards.forEach((key, words) -> {
            words.sort(Map.Entry.comparingByKey());
            StringBuilder json = new StringBuilder(size(words) + 16).append('{');
            for (int i = 0; i < words.size(); i++) {
                JsonText.string(json.append(i == 0 ? "\n" : ",\n"), words.get(i).getKey())
                        .append(':').append(words.get(i).getValue());
            }
            out.put(key, json.append("\n}\n").toString());
        });
        return out;
    }

    /** The words grouped by their first {@code depth + 1} characters; words no longer than {@code depth} go to {@code own}. */
    private static SortedMap<String, List<Map.Entry<String, String>>> groups(List<Map.Entry<String, String>> words,
            int depth, List<Map.Entry<String, String>> own) {
        SortedMap<String, List<Map.Entry<String, String>>> groups = new TreeMap<>();
        for (Map.Entry<String, String> e : words) {
            String word = e.getKey();
            if (word.codePointCount(0, word.length()) <= depth) {
                own.add(e);
            } else {
                groups.computeIfAbsent(word.substring(0, word.offsetByCodePoints(0, depth + 1)), k -> new ArrayList<>())
                        .add(e);
            }
        }
        return groups;
    }

    /** Makes the shards of the words starting {@code prefix} ({@code depth} characters long). */
    private void place(String prefix, List<Map.Entry<String, String>> words, int depth,
                       SortedMap<String, List<Map.Entry<String, String>>> shards) {
        if (size(words) <= maxChars) {
            shards.put(prefix, new ArrayList<>(words));
            return;
        }
        List<Map.Entry<String, String>> own = new ArrayList<>();
        List<Map.Entry<String, List<Map.Entry<String, String>>>> small = new ArrayList<>();
        groups(words, depth, own).forEach((longer, part) -> {
            if (size(part) <= maxChars) {
                small.add(Map.entry(longer, part));
            } else {
                place(longer, part, depth + 1, shards);
            }
        });
        small.sort(Comparator.<Map.Entry<String, List<Map.Entry<String, String>>>>comparingInt(e -> size(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        int room = maxChars - size(own);
        for (Map.Entry<String, List<Map.Entry<String, String>>> part : small) {
            int n = size(part.getValue());
            if (n <= room) {
                own.addAll(part.getValue());
                room -= n;
            } else {
                shards.put(part.getKey(), new ArrayList<>(part.getValue()));
            }
        }
        if (!own.isEmpty()) {
            shards.put(prefix, own);
        }
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
