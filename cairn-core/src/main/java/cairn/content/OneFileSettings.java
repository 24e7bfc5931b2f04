package cairn.content;

import cairn.Diagnostics;
import cairn.SourcePos;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    public static OneFileSettings from(SiteConfig config, Diagnostics diagnostics) {
        Map<String, Object> params = config.params();
        SourcePos where = SourcePos.of(Path.of(SiteConfig.FILE_NAME));
        Optional<String> source = Optional.empty();
        Object s = params.get(SOURCE_KEY);
        if (s instanceof String name && !name.isBlank()) {
            source = Optional.of(name.strip());
        } else if (s != null) {
            diagnostics.error("config", where, "source must be the name of a Markdown file, like \"README.md\"");
        }
        Map<?, ?> block = params.get(KEY) instanceof Map<?, ?> m ? m : Map.of();
        if (params.containsKey(KEY) && !(params.get(KEY) instanceof Map<?, ?>)) {
            diagnostics.error("config", where, "one_file must be a mapping (split, about, alphabetical)");
        }
        int split = 0;
        Object sp = block.get("split");
        if (sp != null) {
            String text = String.valueOf(sp).strip();
            if (text.equals("2") || text.equals("3")) {
                split = Integer.parseInt(text);
            } else {
                diagnostics.error("config", where, "one_file.split must be 2 or 3 (the heading level of a category"
                        + " page), not \"" + text + "\"");
            }
        }
        List<String> about = DEFAULT_ABOUT;
        Object ab = block.get("about");
        if (ab instanceof List<?> list) {
            about = list.stream().map(String::valueOf).map(String::strip).toList();
        } else if (ab != null) {
            diagnostics.error("config", where, "one_file.about must be a list of headings, like [Contributing, License]");
        }
        boolean alphabetical = block.get("alphabetical") != null
                && FrontMatter.parseBoolean(String.valueOf(block.get("alphabetical"))).orElse(false);
        return new OneFileSettings(source, split, about, alphabetical);
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
