package cairn.content;

import cairn.Diagnostic;
import cairn.Diagnostics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One page of a one-file guide while it is being cut out: the lines it keeps, the
 * headings in them, the anchors it answers to and what is generated after its lines
 * (a list of its categories). {@link #toPage} makes the {@link PageSource}.
 */
final class OneFilePlan {

    final String slug;
    final String title;
    final String sortorder;
    final Path rel;
    final List<int[]> ranges = new ArrayList<>();
    /** GitHub anchor → the id it has on this page ({@code ""}: the page itself). */
    final Map<String, String> anchors = new TreeMap<>();
    private final Map<Integer, ReadmeOutline.Heading> kept = new TreeMap<>();
    String kind;
    String generated = "";
    String meta = "";
    int entries;

    OneFilePlan(String slug, String title, String kind, String sortorder, Path rel) {
        this.slug = slug;
        this.title = title;
        this.kind = kind;
        this.sortorder = sortorder;
        this.rel = rel;
    }

    void addRange(int from, int to) {
        if (to >= from) {
            ranges.add(new int[] {from, to});
        }
    }

    void keepHeading(ReadmeOutline.Heading h) {
        kept.put(h.line(), h);
        anchors.put(h.anchor(), OneFileSplitter.hasSafeId(h.anchor()) ? h.anchor() : "");
    }

    List<ReadmeOutline.Heading> keptHeadings() {
        return List.copyOf(kept.values());
    }

    OneFileContents.Node node(ReadmeOutline.Heading heading) {
        return new OneFileContents.Node(title, heading.anchor(), entries, kept.values().stream()
                .map(h -> new OneFileContents.Node(h.text(), h.anchor(), 0, List.of())).toList());
    }

    /**
     * The page: the file's text with every other line left empty, then what is generated;
     * empty, with the reasons in {@code diagnostics}, when it cannot be made.
     */
    Optional<PageSource> toPage(SourceFile file, String[] lines, Diagnostics diagnostics) {
        int last = ranges.stream().mapToInt(r -> r[1]).max().orElse(0);
        boolean[] keep = new boolean[last + 2];
        ranges.forEach(r -> java.util.Arrays.fill(keep, r[0], r[1] + 1, true));
        StringBuilder text = new StringBuilder(file.text().length() / 4);
        int bodyOffset = -1;
        for (int line = 1; line <= last && line <= lines.length; line++) {
            if (keep[line]) {
                if (bodyOffset < 0) {
                    bodyOffset = text.length();
                }
                ReadmeOutline.Heading h = kept.get(line);
                text.append(h == null ? lines[line - 1] : OneFileSplitter.headingWithId(lines[line - 1], h.anchor()));
            }
            text.append('\n');
        }
        if (bodyOffset < 0) {
            bodyOffset = text.length();
        }
        if (!generated.isEmpty()) {
            text.append('\n').append(generated);
        }
        Path display = file.displayPath();
        String shown = display.toString().replace('\\', '/');
        SourceFile page = new SourceFile(file.path().resolveSibling(file.path().getFileName() + "#" + slug),
                display, text.toString());
        FrontMatter fm = new FrontMatter(FrontMatter.Style.YAML, OneFileSplitter.values(this, shown), Map.of(),
                bodyOffset);
        List<Diagnostic> problems = new ArrayList<>();
        Optional<PageSource> read = PageReader.read(page, fm, rel, problems);
        diagnostics.addAll(problems);
        return read;
    }
}
