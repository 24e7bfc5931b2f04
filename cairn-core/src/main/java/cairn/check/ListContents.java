package cairn.check;

import cairn.Diagnostic;
import cairn.content.OneFileSettings;
import cairn.content.ReadmeOutline;
import cairn.content.SourceFile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * awesome-lint's Contents rule: every {@code #anchor} link in a list's Contents section
 * names a heading, and every section heading after it is listed (its sub-headings too
 * when the Contents list goes that deep).
 */
final class ListContents {

    private static final Pattern ANCHOR_LINK = Pattern.compile("\\]\\(#([^)\\s]*)\\)");
    private static final Pattern NESTED = Pattern.compile("^\\s{2,}[-*+]\\s");

    private ListContents() {
    }

    static List<Diagnostic> check(SourceFile file, ReadmeOutline outline) {
        List<Diagnostic> out = new ArrayList<>();
        List<ReadmeOutline.Heading> hs = outline.headings();
        int at = -1;
        for (int i = 0; i < hs.size(); i++) {
            if (hs.get(i).level() == 2 && OneFileSettings.isContents(hs.get(i).text())) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return out;
        }
        ReadmeOutline.Heading contents = hs.get(at);
        int end = at + 1 < hs.size() ? hs.get(at + 1).line() : file.lineCount() + 1;
        Set<String> anchors = new HashSet<>();
        hs.forEach(h -> anchors.add(h.anchor()));
        Set<String> listed = new HashSet<>();
        boolean nested = false;
        for (int line = contents.line() + 1; line < end; line++) {
            int from = file.lineStart(line);
            String text = file.text().substring(from, line < file.lineCount() ? file.lineStart(line + 1) - 1
                    : file.text().length());
            nested |= NESTED.matcher(text).find();
            Matcher m = ANCHOR_LINK.matcher(text);
            while (m.find()) {
                listed.add(m.group(1));
                if (!anchors.contains(m.group(1))) {
                    out.add(Diagnostic.warning("contents", file.pos(from + m.start() + 2),
                            "the Contents list links to \"#" + m.group(1) + "\", which no heading has"));
                }
            }
        }
        for (int i = at + 1; i < hs.size(); i++) {
            ReadmeOutline.Heading h = hs.get(i);
            if ((h.level() == 2 || nested && h.level() == 3) && !listed.contains(h.anchor())) {
                out.add(Diagnostic.warning("contents", file.pos(h.line(), 1), "\"" + h.text()
                        + "\" is missing from the Contents list (add \"[" + h.text() + "](#" + h.anchor() + ")\")"));
            }
        }
        return out;
    }
}
