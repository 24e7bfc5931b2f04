package cairn.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a one-file guide is read, from {@code cairn.yaml}: {@code source:} names the Markdown
 * file, and {@code one_file:} holds {@code split} (the heading level of the category
 * pages, 2 or 3; default: the level that holds the entries), {@code about} (the headings
 * whose sections go to the "About" page) and {@code alphabetical} ({@code cairn check}
 * warns about entries out of alphabetical order).
 */
public record OneFileSettings(Optional<String> source, int split, List<String> about, boolean alphabetical) {

    public static final String SOURCE_KEY = "source";
    public static final String KEY = "one_file";
    /** Sections that are about the list rather than part of it. */
    public static final List<String> DEFAULT_ABOUT = List.of("Contributing", "Contribute", "Contributors",
            "Contribution", "How to contribute", "License", "Licence", "Sponsors", "Backers", "Code of Conduct",
            "Footnotes", "Credits", "Acknowledgements", "Acknowledgments", "Maintainers", "Support");

    public OneFileSettings {
        about = List.copyOf(about);
    }

    public static OneFileSettings defaults() {
        return new OneFileSettings(Optional.empty(), 0, DEFAULT_ABOUT, false);
    }

    /** Reads {@code source} and {@code one_file} from {@code cairn.yaml}; a bad value is reported at its key. */
    static OneFileSettings read(ConfigValues v) {
        Optional<String> source = Optional.empty();
        Object s = v.get(SOURCE_KEY).orElse(null);
        if (s instanceof String name && !name.isBlank()) {
            source = Optional.of(name.strip());
        } else if (s != null) {
            v.bad(SOURCE_KEY, "source must be the name of a Markdown file, like \"README.md\"");
        }
        v.map(KEY); // must be a mapping
        int split = 0;
        String text = v.string(KEY + ".split", "");
        if (text.equals("2") || text.equals("3")) {
            split = Integer.parseInt(text);
        } else if (v.get(KEY + ".split").isPresent()) {
            v.bad(KEY + ".split", "one_file.split must be 2 or 3 (the heading level of a category page), not \""
                    + v.get(KEY + ".split").get() + "\"");
        }
        List<String> about = DEFAULT_ABOUT;
        Object ab = v.get(KEY + ".about").orElse(null);
        if (ab instanceof List<?> list) {
            about = list.stream().map(String::valueOf).map(String::strip).toList();
        } else if (ab != null) {
            v.bad(KEY + ".about", "one_file.about must be a list of headings, like [Contributing, License]");
        }
        return new OneFileSettings(source, split, about, v.bool(KEY + ".alphabetical", false));
    }

    /** Whether a section with heading {@code text} belongs on the About page. */
    public boolean isAbout(String text) {
        return about.stream().anyMatch(a -> a.equalsIgnoreCase(text.strip()));
    }

    /** Whether a heading names the list's own table of contents. */
    public static boolean isContents(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.equals("contents") || t.equals("table of contents") || t.equals("toc") || t.equals("index");
    }
}
