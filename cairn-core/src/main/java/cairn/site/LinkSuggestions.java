package cairn.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The did-you-mean for a broken link, image or anchor: what a person would suggest, or
 * nothing. Every existing address is known by its names — its path, the slug written from
 * its page's title, the old addresses that redirect to it, its file name in another
 * directory — and a broken target is compared with each name as {@link NameMatch} weighs
 * slips (typos, plurals, separators, {@code .htm}, a trailing {@code /}, words in another
 * order, a word added or dropped). A hint is given only when the best match is close enough
 * and clearly better than the next address: a wrong hint is worse than none, so two
 * equally good candidates give none. Measured on an evaluation corpus (see
 * {@code LinkHintEvaluationTest} and the guide's link-checking page).
 */
public final class LinkSuggestions {

    /** The highest cost that is still suggested: three typos, or a word added or dropped. */
    private static final int MAX_COST = 3 * NameMatch.TYPO;

    private record Candidate(SlugName name, String url) {
    }

    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, List<Candidate>> byPlace = new HashMap<>(); // kind and directory: where slips are looked for
    private final Map<String, List<Candidate>> byName = new HashMap<>(); // the same name in another directory or format
    private final NameMatch match;
    private final Map<String, Optional<String>> memo = new ConcurrentHashMap<>();

    /**
     * {@code urls}: every site path that exists; {@code titles}: page URL → title;
     * {@code redirects}: old address → the site path it leads to.
     */
    public LinkSuggestions(Collection<String> urls, Map<String, String> titles, Map<String, String> redirects) {
        Map<String, Integer> pagesWith = new HashMap<>();
        int pages = 0;
        for (String url : new TreeSet<>(urls)) {
            SlugName name = SlugName.ofPath(url);
            if (name.isEmpty()) {
                continue;
            }
            String to = redirects.getOrDefault(url, url); // a rendered redirect page stands for its target
            if (!to.startsWith("/")) {
                continue;
            }
            candidates.add(new Candidate(name, to));
            Set<String> words = new HashSet<>(name.words());
            String title = titles.get(url);
            if (title != null) {
                SlugName fromTitle = SlugName.ofText(name.dir(), name.kind(), title);
                if (!fromTitle.isEmpty() && !fromTitle.words().equals(name.words())) {
                    candidates.add(new Candidate(fromTitle, url));
                }
                words.addAll(fromTitle.words());
            }
            if (name.kind().equals(SlugName.PAGE) && !redirects.containsKey(url)) { // a page's words, once
                pages++;
                words.stream().map(NameMatch::singular).distinct().forEach(w -> pagesWith.merge(w, 1, Integer::sum));
            }
        }
        new TreeSet<>(redirects.keySet()).forEach(from -> {
            String to = redirects.get(from);
            SlugName name = SlugName.ofPath(from);
            if (to.startsWith("/") && !name.isEmpty()) {
                candidates.add(new Candidate(name, to));
            }
        });
        for (Candidate c : candidates) {
            byPlace.computeIfAbsent(c.name().place(), k -> new ArrayList<>()).add(c);
            byName.computeIfAbsent(c.name().nameKey(), k -> new ArrayList<>()).add(c);
        }
        int common = Math.max(4, pages / 8);
        this.match = new NameMatch(w -> pagesWith.getOrDefault(NameMatch.singular(w), 0), common);
    }

    /** The address {@code path} (a broken site path) most likely meant, if one clearly is. */
    public Optional<String> suggest(String path) {
        return memo.computeIfAbsent(path, p -> {
            SlugName link = SlugName.ofPath(p);
            List<Candidate> near = new ArrayList<>(byPlace.getOrDefault(link.place(), List.of()));
            near.addAll(byName.getOrDefault(link.nameKey(), List.of()));
            return best(link, near, match);
        });
    }

    /** The id among {@code ids} (of the target page) that the broken {@code fragment} most likely meant. */
    public static Optional<String> anchor(String fragment, Collection<String> ids) {
        List<Candidate> names = new ArrayList<>();
        Map<String, Integer> with = new HashMap<>();
        for (String id : new TreeSet<>(ids)) {
            SlugName name = SlugName.ofText("", SlugName.ANCHOR, id);
            if (!name.isEmpty()) {
                names.add(new Candidate(name, id));
                name.words().stream().map(NameMatch::singular).distinct().forEach(w -> with.merge(w, 1, Integer::sum));
            }
        }
        int common = Math.max(4, names.size() / 8);
        NameMatch m = new NameMatch(w -> with.getOrDefault(NameMatch.singular(w), 0), common);
        for (Candidate c : names) {
            if (c.url().equalsIgnoreCase(fragment)) {
                return Optional.of(c.url());
            }
        }
        return best(SlugName.ofText("", SlugName.ANCHOR, fragment), names, m);
    }

    private static Optional<String> best(SlugName link, List<Candidate> candidates, NameMatch match) {
        if (link.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> byUrl = new HashMap<>();
        for (Candidate c : candidates) {
            int cost = match.cost(link, c.name());
            if (cost <= MAX_COST) {
                byUrl.merge(c.url(), cost, Math::min);
            }
        }
        String best = null;
        int bestCost = NameMatch.NONE;
        int second = NameMatch.NONE;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(byUrl).entrySet()) {
            if (e.getValue() < bestCost) {
                second = bestCost;
                bestCost = e.getValue();
                best = e.getKey();
            } else if (e.getValue() < second) {
                second = e.getValue();
            }
        }
        int margin = bestCost < NameMatch.TYPO ? 1 : 2;
        return best != null && (second == NameMatch.NONE || second - bestCost >= margin)
                ? Optional.of(best) : Optional.empty();
    }
}
