package cairn.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings of a one-file guide and where its entries are, found line by line: ATX
 * headings ({@code ## Web Frameworks}) outside fenced code blocks and HTML comments, each
 * with its GitHub anchor, and the lines that start a list item with a link
 * ({@code - [Name](url) …}) to anywhere but one of the file's own headings (the items
 * of a Contents list are not entries). It reads structure only; the entries themselves
 * are parsed from the Markdown by the markdown stage (ListEntries).
 */
public record ReadmeOutline(List<Heading> headings, List<Integer> entryLines, int lineCount) {

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern ENTRY = Pattern.compile("^ {0,3}[-*+][ \\t]+\\[");
    /** An item whose link is to a heading of the file: a line of a Contents list, not an entry. */
    private static final Pattern IN_PAGE = Pattern.compile("^ {0,3}[-*+][ \\t]+\\[[^\\]]*]\\(#");

    /** One heading: its level (1–6), rendered text, GitHub anchor and 1-based line. */
    public record Heading(int level, String text, String anchor, int line) {
    }

    public ReadmeOutline {
        headings = List.copyOf(headings);
        entryLines = List.copyOf(entryLines);
    }

    public static ReadmeOutline of(SourceFile file) {
        String[] lines = file.text().split("\n", -1);
        List<Heading> headings = new ArrayList<>();
        List<Integer> entries = new ArrayList<>();
        GithubSlugger slugger = new GithubSlugger();
        String fence = null;
        boolean comment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (fence != null) {
                if (line.strip().startsWith(fence) && line.strip().replace(fence.substring(0, 1), "").isEmpty()) {
                    fence = null;
                }
                continue;
            }
            if (comment) {
                comment = !line.contains("-->");
                continue;
            }
            Matcher f = FENCE.matcher(line);
            if (f.find()) {
                fence = f.group(1);
                continue;
            }
            if (line.strip().startsWith("<!--") && !line.contains("-->")) {
                comment = true;
                continue;
            }
            Matcher h = ATX.matcher(line);
            if (h.matches()) {
                String text = GithubSlugger.renderedText(h.group(2) == null ? "" : h.group(2));
                headings.add(new Heading(h.group(1).length(), text, slugger.slug(text), i + 1));
            } else if (ENTRY.matcher(line).find() && !IN_PAGE.matcher(line).find()) {
                entries.add(i + 1);
            }
        }
        return new ReadmeOutline(headings, entries, lines.length);
    }

    /** The number of entry lines from {@code fromLine} up to, not including, {@code toLine}. */
    public int entriesBetween(int fromLine, int toLine) {
        return (int) entryLines.stream().filter(l -> l >= fromLine && l < toLine).count();
    }

    /**
     * The heading level that holds the most entries (each entry counted under the nearest
     * heading above it), the lower level on a tie; 2 when no entry is under a heading of
     * level 2 or 3.
     */
    public int entryLevel() {
        int[] count = new int[7];
        int h = 0;
        for (int line : entryLines) {
            while (h < headings.size() && headings.get(h).line() < line) {
                h++;
            }
            if (h > 0) {
                count[headings.get(h - 1).level()]++;
            }
        }
        return count[3] > count[2] ? 3 : 2;
    }
}
