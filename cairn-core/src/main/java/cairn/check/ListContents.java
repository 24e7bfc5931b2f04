package cairn.check;

import cairn.Diagnostic;
import cairn.SourcePos;
import cairn.content.GithubSlugger;
import cairn.content.OneFileSettings;
import cairn.content.ReadmeOutline;
import cairn.content.SourceFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * awesome-lint's Contents rule: every {@code #anchor} link in a list's Contents section
 * names a heading, says what the heading says and comes in the headings' order, and every
 * section heading after it is listed (its sub-headings too when the Contents list goes that
 * deep; the License section may be left out, as awesome-lint allows).
 */
final class ListContents {

    private static final Pattern ANCHOR_LINK = Pattern.compile("\\[([^\\]]*)]\\(#([^)\\s]*)\\)");
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
        Map<String, ReadmeOutline.Heading> byAnchor = new HashMap<>();
        hs.forEach(h -> byAnchor.put(h.anchor(), h));
        Set<String> listed = new HashSet<>();
        boolean nested = false;
        ReadmeOutline.Heading previous = null;
        for (int line = contents.line() + 1; line < end; line++) {
            int from = file.lineStart(line);
            String text = file.text().substring(from, line < file.lineCount() ? file.lineStart(line + 1) - 1
                    : file.text().length());
            nested |= NESTED.matcher(text).find();
            Matcher m = ANCHOR_LINK.matcher(text);
            while (m.find()) {
                String anchor = m.group(2);
                listed.add(anchor);
                ReadmeOutline.Heading h = byAnchor.get(anchor);
                SourcePos where = file.pos(from + m.end(1) + 2);
                if (h == null) {
                    out.add(Diagnostic.warning("contents", where,
                            "the Contents list links to \"#" + anchor + "\", which no heading has"));
                    continue;
                }
                String says = GithubSlugger.renderedText(m.group(1));
                if (!says.equals(h.text())) {
                    out.add(Diagnostic.warning("contents", file.pos(from + m.start() + 1), "the Contents list says \""
                            + says + "\" for the heading \"" + h.text() + "\" (line " + h.line() + "): use its words"));
                }
                if (previous != null && h.line() < previous.line()) {
                    out.add(Diagnostic.warning("contents", where, "the Contents list has \"" + h.text()
                            + "\" after \"" + previous.text() + "\", but the headings have it before (line "
                            + h.line() + ", \"" + previous.text() + "\" at line " + previous.line() + ")"));
                }
                previous = h;
            }
        }
        for (int i = at + 1; i < hs.size(); i++) {
            ReadmeOutline.Heading h = hs.get(i);
            if ((h.level() == 2 || nested && h.level() == 3) && !listed.contains(h.anchor()) && !isLicense(h)) {
                out.add(Diagnostic.warning("contents", file.pos(h.line(), 1), "\"" + h.text()
                        + "\" is missing from the Contents list (add \"[" + h.text() + "](#" + h.anchor() + ")\")"));
            }
        }
        return out;
    }

    private static boolean isLicense(ReadmeOutline.Heading h) {
        return h.text().equalsIgnoreCase("License") || h.text().equalsIgnoreCase("Licence");
    }
}
