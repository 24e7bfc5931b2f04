package cairn.markdown;

import cairn.SourcePos;
import cairn.content.GithubSlugger;
import cairn.content.SourceFile;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entries of a curated list, parsed with flexmark: every item of the lists under the
 * file's headings, {@code - [Name](url) - Description.} with a {@code -}, {@code –},
 * {@code —} or {@code :} separator, in nested lists too, with the other links of the
 * item kept. An item that does not start with a link is kept as a {@link Malformed} with
 * its position; nothing in the file makes the parser fail.
 */
public final class ListEntries {

    private static final Parser PARSER = Parser.builder().build();
    /** The separator, after the item's other links in parentheses when there are any ({@code ([docs](…)) - }). */
    private static final Pattern SEPARATOR = Pattern.compile(
            "^[ \\t]*(?:\\((?:[^()]|\\([^()]*\\))*\\)[ \\t]*)?([-–—:])[ \\t]*");

    /** One entry; {@code separator} is empty when none was written; {@code list} tells apart sibling lists. */
    public record Entry(String name, String url, String separator, String description, List<String> categories,
                        int depth, int list, List<String> moreUrls, SourcePos where, SourcePos descriptionAt) {
        public Entry {
            categories = List.copyOf(categories);
            moreUrls = List.copyOf(moreUrls);
        }
    }

    /** A list item that is not an entry, and why. */
    public record Malformed(SourcePos where, String text) {
    }

    /** What the file holds. */
    public record Result(List<Entry> entries, List<Malformed> malformed) {
        public Result {
            entries = List.copyOf(entries);
            malformed = List.copyOf(malformed);
        }
    }

    private final SourceFile file;
    private final Predicate<String> skipSection;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Malformed> malformed = new ArrayList<>();
    private final List<String> path = new ArrayList<>();
    private int lists;

    private ListEntries(SourceFile file, Predicate<String> skipSection) {
        this.file = file;
        this.skipSection = skipSection;
    }

    /**
     * The entries of {@code file}'s lists under headings of level 2 and deeper, leaving out
     * the sections whose top-level heading {@code skipSection} accepts (Contents, About).
     */
    public static Result parse(SourceFile file, Predicate<String> skipSection) {
        try {
            return parseBounded(file, skipSection);
        } catch (BoundedText.Exhausted e) {
            // text the parser would backtrack on for minutes: no entries; rendering the page
            // reports where (MarkdownRenderer.renderSafely)
            return new Result(List.of(), List.of());
        }
    }

    private static Result parseBounded(SourceFile file, Predicate<String> skipSection) {
        ListEntries parser = new ListEntries(file, skipSection);
        Document doc = PARSER.parse(BoundedText.of(file.text()));
        boolean skipping = true; // the home page text before the first section is not part of the list
        for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h) {
                String text = GithubSlugger.renderedText(h.getText().toString());
                int level = Math.max(2, h.getLevel());
                if (h.getLevel() == 1) {
                    parser.path.clear();
                    skipping = true;
                    continue;
                }
                while (parser.path.size() >= level - 1) {
                    parser.path.remove(parser.path.size() - 1);
                }
                parser.path.add(text);
                if (level == 2) {
                    skipping = skipSection.test(text);
                }
            } else if (node instanceof ListBlock list && !skipping && !parser.path.isEmpty()) {
                parser.list(list, 0);
            }
        }
        return new Result(parser.entries, parser.malformed);
    }

    private void list(ListBlock list, int depth) {
        int id = ++lists;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem li) {
                item(li, depth, id);
            }
        }
    }

    private void item(ListItem li, int depth, int listId) {
        Node first = li.getFirstChild();
        SourcePos at = file.pos(li.getStartOffset());
        Node lead = first instanceof Paragraph p ? p.getFirstChild() : null;
        if (lead instanceof Link link) {
            entry(link, (Paragraph) first, depth, listId);
        } else if (first == null || !(first instanceof ListBlock)) {
            String text = first == null ? "" : first.getChars().toString().strip();
            malformed.add(new Malformed(at, text.length() > 60 ? text.substring(0, 57) + "..." : text));
        }
        for (Node child = li.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock nested) {
                list(nested, depth + 1);
            }
        }
    }

    private void entry(Link link, Paragraph paragraph, int depth, int listId) {
        String rest = file.text().substring(link.getEndOffset(), paragraph.getEndOffset()).stripTrailing();
        Matcher sep = SEPARATOR.matcher(rest);
        String separator = "";
        int descStart = link.getEndOffset();
        if (sep.find() && !rest.isBlank()) {
            separator = sep.group(1);
            descStart += sep.end();
            rest = rest.substring(sep.end());
        } else {
            String stripped = rest.stripLeading();
            descStart += rest.length() - stripped.length();
            rest = stripped;
        }
        List<String> more = new ArrayList<>();
        for (Node n : paragraph.getDescendants()) {
            if (n instanceof Link other && other != link) {
                more.add(other.getUrl().toString());
            }
        }
        entries.add(new Entry(GithubSlugger.renderedText(link.getText().toString()), link.getUrl().toString(),
                separator, rest.replaceAll("\\s*\\n\\s*", " "), path, depth, listId, more,
                file.pos(link.getStartOffset()), file.pos(descStart)));
    }
}
