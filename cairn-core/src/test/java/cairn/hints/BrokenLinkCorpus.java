package cairn.hints;

import cairn.hints.HintCase.Group;
import cairn.site.LinkResolver;
import cairn.site.LinkTarget;
import cairn.site.Page;
import cairn.site.PageId;
import cairn.site.Site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes the broken links of the evaluation corpus from a loaded guide, deterministically
 * (one seed): slips a person makes when typing a link to a page, image, old address or
 * anchor that exists (the intended target is that address), renamed words (another order,
 * a word added or dropped, the slug written from the title), and links to topics the guide
 * does not have (intended: no hint), among them the real-world cases of issue 13. Links that
 * are not broken (a slip that happens to name another existing address) are left out.
 */
final class BrokenLinkCorpus {

    /** Topics far from both sample guides, and the ones the Full Stack Python sample really links to without having. */
    static final List<String> UNRELATED = List.of("kubernetes-operators", "quantum-computing", "sourdough-baking",
            "haskell-monads", "terraform", "ansible-playbooks", "kafka-streams", "graphql-federation", "elixir-phoenix",
            "swiftui", "android-jetpack", "unity-shaders", "blockchain", "photography", "gardening", "knitting", "svelte",
            "tailwind-css", "webassembly", "cobol", "fortran", "erlang-otp", "scala-akka", "clojure", "lua-scripting",
            "perl", "laravel", "ruby-on-rails", "dotnet-core", "azure-functions", "aws-lambda", "bigquery", "snowflake",
            "tableau", "excel-macros", "linux-kernel", "bluetooth", "raspberry-pi", "arduino", "3d-printing", "drones",
            "chess-engines", "music-theory", "video-editing", "accessibility-audits", "gdpr-compliance", "seo-tricks",
            "podcasting", "typescript-generics", "react-hooks", "vue-router", "angular-signals", "spring-boot", "go-channels",
            "rust-lifetimes", "zig", "ocaml", "nim", "crystal", "deno", "bun-runtime",
            // issue 13: the FSP sample's links whose old hints were wrong, and its most-linked missing pages
            "docker", "stripe", "datadog", "macos", "email", "pymux", "django", "flask", "deployment", "web-frameworks",
            "celery", "nginx", "api-integration", "testing", "devops", "heroku", "jinja2", "pyramid", "logging",
            "monitoring", "websockets", "task-queues", "static-site-generator", "continuous-integration");
    private static final String[] KEYS = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final String VOWELS = "aeiou";
    /** Words a person adds to a page's name ({@code renamed:add-word} also uses the guide's most frequent word). */
    private static final List<String> ADDED = List.of("guide", "tutorial", "overview", "introduction", "basics");

    private final Site site;
    private final Random random;
    private final LinkResolver resolver;
    private final Map<String, HintCase> cases = new LinkedHashMap<>();
    private final Set<String> existingNames = new HashSet<>();

    private BrokenLinkCorpus(Site site, long seed) {
        this.site = site;
        this.random = new Random(seed);
        Map<String, PageId> byUrl = new HashMap<>();
        site.pages().forEach(p -> byUrl.put(p.url(), p.id()));
        Set<String> others = new HashSet<>(site.generatedUrls());
        others.addAll(site.staticFiles().keySet());
        this.resolver = new LinkResolver(byUrl, others, site.config().basePath(), site.redirects());
        byUrl.keySet().forEach(u -> existingNames.add(stem(u).toLowerCase(Locale.ROOT)));
    }

    /** About {@code perGroup} cases in each group (fewer where the guide has too little to vary). */
    static List<HintCase> generate(Site site, long seed, int perGroup) {
        BrokenLinkCorpus c = new BrokenLinkCorpus(site, seed);
        c.typos(perGroup);
        c.renamed(perGroup);
        c.unrelated(perGroup);
        return List.copyOf(c.cases.values());
    }

    private List<Page> pages() {
        return site.pages().stream().filter(p -> !p.url().equals("/index.html")).sorted(Comparator.comparing(Page::url))
                .toList();
    }

    private void typos(int n) {
        List<Page> pages = pages();
        List<String> images = site.staticFiles().keySet().stream().filter(u -> u.matches("(?i).*\\.(png|jpe?g|gif|svg)$"))
                .sorted().toList();
        List<String> aliases = site.redirects().stream().filter(r -> !r.isExternal()).map(r -> r.from()).sorted().toList();
        for (int i = 0; i < n * 4 && count(Group.TYPO) < n; i++) {
            int pick = random.nextInt(10);
            if (pick < 6) {
                Page p = pages.get(random.nextInt(pages.size()));
                String[] form = new String[1];
                String stem = pageSlip(stem(p.url()), form);
                add(Group.TYPO, "typo:" + form[0], withStem(p.url(), stem, form[0]), p.url());
            } else if (pick < 8 && !images.isEmpty()) {
                String img = images.get(random.nextInt(images.size()));
                if (random.nextInt(4) == 0) {
                    String name = img.substring(img.lastIndexOf('/'));
                    boolean unique = images.stream().filter(u -> u.endsWith(name)).count() == 1;
                    if (unique) {
                        add(Group.TYPO, "typo:image-dir", "/images" + name, img);
                    }
                } else {
                    String[] form = new String[1];
                    add(Group.TYPO, "typo:image-" + "slip", withStem(img, slip(stem(img), form), ""), img);
                }
            } else if (pick < 9 && !aliases.isEmpty()) {
                String from = aliases.get(random.nextInt(aliases.size()));
                String to = site.redirects().stream().filter(r -> r.from().equals(from)).findFirst().orElseThrow().to();
                String[] form = new String[1];
                add(Group.TYPO, "typo:alias", withStem(from, slip(stem(from), form), ""), to);
            } else {
                anchor(pages, true);
            }
        }
    }

    private void renamed(int n) {
        List<Page> pages = pages();
        Map<String, Integer> wordCount = new HashMap<>();
        pages.forEach(p -> new HashSet<>(words(stem(p.url()))).forEach(w -> wordCount.merge(w, 1, Integer::sum)));
        String frequent = new java.util.TreeMap<>(wordCount).entrySet().stream().filter(e -> e.getKey().length() > 2)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("guide");
        for (int i = 0; i < n * 6 && count(Group.RENAMED) < n; i++) {
            Page p = pages.get(random.nextInt(pages.size()));
            List<String> w = words(stem(p.url()));
            int pick = random.nextInt(9);
            if (pick < 2 && w.size() > 1) {
                List<String> r = new ArrayList<>(w);
                java.util.Collections.rotate(r, 1 + random.nextInt(w.size() - 1));
                add(Group.RENAMED, "renamed:reorder", withStem(p.url(), String.join("-", r), ""), p.url());
            } else if (pick < 4 && w.size() > 1) {
                List<String> r = new ArrayList<>(w);
                r.remove(random.nextInt(r.size()));
                if (String.join("", r).length() >= 3) {
                    add(Group.RENAMED, "renamed:drop-word", withStem(p.url(), String.join("-", r), ""), p.url());
                }
            } else if (pick < 6) {
                List<String> r = new ArrayList<>(w);
                String word = random.nextInt(3) == 0 ? frequent : ADDED.get(random.nextInt(ADDED.size()));
                if (!r.contains(word)) {
                    r.add(random.nextBoolean() ? 0 : r.size(), word);
                    add(Group.RENAMED, "renamed:add-word", withStem(p.url(), String.join("-", r), ""), p.url());
                }
            } else if (pick < 8) {
                String fromTitle = String.join("-", words(p.title()));
                if (!fromTitle.isEmpty() && !fromTitle.equals(String.join("-", w))) {
                    add(Group.RENAMED, "renamed:title", withStem(p.url(), fromTitle, ""), p.url());
                }
            } else {
                anchor(pages, false);
            }
        }
    }

    private void unrelated(int n) {
        List<Page> pages = pages();
        List<String> topics = UNRELATED.stream().filter(t -> !existingNames.contains(t)).toList();
        String postDir = site.posts().isEmpty() ? "/" : dir(site.page(site.posts().get(0)).url());
        for (int i = 0; i < topics.size() && count(Group.UNRELATED) < n; i++) {
            String t = topics.get(i);
            add(Group.UNRELATED, "unrelated:page", "/" + t + ".html", null);
            if (i % 4 == 1) {
                add(Group.UNRELATED, "unrelated:post", postDir + t + ".html", null);
            } else if (i % 4 == 2) {
                add(Group.UNRELATED, "unrelated:image", "/img/" + t + "-diagram.png", null);
            } else if (i % 4 == 3) {
                Page p = pages.get(random.nextInt(pages.size()));
                add(Group.UNRELATED, "unrelated:anchor", p.url() + "#" + t, null);
            }
        }
    }

    /** A slip in an anchor to a heading or element id of a page ({@code typo}), or its words changed. */
    private void anchor(List<Page> pages, boolean typo) {
        Page p = pages.get(random.nextInt(pages.size()));
        List<String> ids = p.body().ids().stream().filter(id -> id.matches("[a-z][a-z0-9-]{2,}")).sorted().toList();
        if (ids.isEmpty()) {
            return;
        }
        String id = ids.get(random.nextInt(ids.size()));
        String[] form = new String[1];
        String written;
        if (typo) {
            written = slip(id, form);
            form[0] = "anchor-" + form[0];
        } else {
            List<String> w = new ArrayList<>(words(id));
            if (w.size() < 2) {
                return;
            }
            if (random.nextBoolean()) {
                w.remove(random.nextInt(w.size()));
                form[0] = "anchor-drop-word";
            } else {
                w.add(random.nextBoolean() ? 0 : w.size(), ADDED.get(random.nextInt(ADDED.size())));
                form[0] = "anchor-add-word";
            }
            written = String.join("-", w);
        }
        if (ids.contains(written) || written.length() < 2) {
            return;
        }
        add(typo ? Group.TYPO : Group.RENAMED, (typo ? "typo:" : "renamed:") + form[0], p.url() + "#" + written,
                p.url() + "#" + id);
    }

    /** A slip in a page's slug, or in how its address is written (.htm, trailing /, index.html, no extension). */
    private String pageSlip(String stem, String[] form) {
        int pick = random.nextInt(14);
        switch (pick) {
            case 0 -> form[0] = "htm";
            case 1 -> form[0] = "trailing-slash";
            case 2 -> form[0] = "index-html";
            case 3 -> form[0] = "no-extension";
            default -> {
                return slip(stem, form);
            }
        }
        return stem;
    }

    /** A typo: deletion, doubling, neighbouring key, swap, vowel, plural, separator or case. */
    private String slip(String s, String[] form) {
        if (s.length() < 3) {
            form[0] = "case";
            return s.toUpperCase(Locale.ROOT);
        }
        int i = 1 + random.nextInt(Math.max(1, s.length() - 1));
        i = Math.min(i, s.length() - 1);
        char c = s.charAt(i);
        switch (random.nextInt(9)) {
            case 0 -> {
                form[0] = "delete";
                return s.substring(0, i) + s.substring(i + 1);
            }
            case 1 -> {
                form[0] = "double";
                return s.substring(0, i + 1) + c + s.substring(i + 1);
            }
            case 2 -> {
                form[0] = "neighbour-key";
                return s.substring(0, i) + neighbour(c) + s.substring(i + 1);
            }
            case 3 -> {
                form[0] = "swap";
                int j = Math.min(i, s.length() - 2);
                return s.substring(0, j) + s.charAt(j + 1) + s.charAt(j) + s.substring(j + 2);
            }
            case 4 -> {
                form[0] = "vowel";
                for (int k = i; k < s.length(); k++) {
                    int v = VOWELS.indexOf(s.charAt(k));
                    if (v >= 0 && s.length() >= 6) {
                        return s.substring(0, k) + VOWELS.charAt((v + 1 + random.nextInt(4)) % 5) + s.substring(k + 1);
                    }
                }
                return s + "s";
            }
            case 5 -> {
                form[0] = "plural";
                return s.endsWith("s") ? s.substring(0, s.length() - 1) : s + "s";
            }
            case 6 -> {
                form[0] = "underscore";
                return s.contains("-") ? s.replace('-', '_') : s.toUpperCase(Locale.ROOT);
            }
            case 7 -> {
                form[0] = "run-together";
                return s.contains("-") ? s.replaceFirst("-", "") : Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
            default -> {
                form[0] = "case";
                return Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
        }
    }

    private char neighbour(char c) {
        for (int row = 0; row < KEYS.length; row++) {
            int col = KEYS[row].indexOf(c);
            if (col >= 0) {
                String r = KEYS[row];
                return col + 1 < r.length() && (col == 0 || random.nextBoolean()) ? r.charAt(col + 1) : r.charAt(col - 1);
            }
        }
        return c == '-' ? '_' : c;
    }

    private void add(Group group, String kind, String written, String intended) {
        if (cases.containsKey(written) || !broken(written)) {
            return;
        }
        cases.put(written, new HintCase(group, kind, written, intended));
    }

    /** Whether {@code written} is a broken link or anchor on this guide (a slip may name another existing address). */
    private boolean broken(String written) {
        LinkTarget t = resolver.resolve(written, "/");
        if (t.isBroken()) {
            return true;
        }
        return !t.fragment().isEmpty() && t.page().map(id -> !site.page(id).body().ids().contains(t.fragment()))
                .orElse(false);
    }

    private int count(Group g) {
        return (int) cases.values().stream().filter(c -> c.group() == g).count();
    }

    static String dir(String url) {
        return url.substring(0, url.lastIndexOf('/') + 1);
    }

    static String stem(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** {@code url} with its file name's stem replaced, written in {@code form} ({@code htm}, {@code trailing-slash}…). */
    static String withStem(String url, String stem, String form) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot) : "";
        String d = dir(url);
        return switch (form) {
            case "htm" -> d + stem + ".htm";
            case "trailing-slash" -> d + stem + "/";
            case "index-html" -> d + stem + "/index.html";
            case "no-extension" -> d + stem;
            default -> d + stem + ext;
        };
    }

    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).replace("'", "").split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    static Set<String> sorted(Set<String> s) {
        return new TreeSet<>(s);
    }
}
