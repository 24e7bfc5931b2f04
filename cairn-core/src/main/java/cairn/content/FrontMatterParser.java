package cairn.content;

import cairn.Diagnostic;
import cairn.DiagnosticException;
import cairn.SourcePos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a content file into front matter and body, auto-detecting the style: a YAML
 * block between {@code ---} lines, or Python-Markdown meta lines ({@code key: value} at
 * the very top, ended by the first blank line, continuation lines indented by four or
 * more spaces) as Pelican sites such as Full Stack Python write them.
 */
public final class FrontMatterParser {

    // Python-Markdown's own patterns (markdown/extensions/meta.py).
    private static final Pattern META_LINE = Pattern.compile("^ {0,3}([A-Za-z0-9_-]+):\\s*(.*)$");
    private static final Pattern MORE_LINE = Pattern.compile("^ {4,}(.*)$");

    private FrontMatterParser() {
    }

    public static FrontMatter parse(SourceFile file) throws DiagnosticException {
        String text = file.text();
        if (text.startsWith("---\n") || text.equals("---")) {
            return parseYaml(file);
        }
        String first = firstLine(text, 0);
        if (META_LINE.matcher(first).matches()) {
            return parseMeta(file);
        }
        return new FrontMatter(FrontMatter.Style.NONE, Map.of(), Map.of(), 0);
    }

    private static FrontMatter parseYaml(SourceFile file) throws DiagnosticException {
        String text = file.text();
        int start = Math.min(4, text.length());
        int pos = start;
        int end = -1;
        int bodyOffset = text.length();
        while (pos <= text.length()) {
            String line = firstLine(text, pos);
            if (line.equals("---") || line.equals("...")) {
                end = pos;
                bodyOffset = Math.min(text.length(), pos + line.length() + 1);
                break;
            }
            if (pos + line.length() >= text.length()) {
                break;
            }
            pos += line.length() + 1;
        }
        if (end < 0) {
            throw new DiagnosticException(Diagnostic.error("front-matter", file.pos(1, 1),
                    "front matter starts with \"---\" on line 1 but has no closing \"---\" line"));
        }
        YamlReader.Document doc = YamlReader.read(text.substring(start, end), file, 2);
        return new FrontMatter(FrontMatter.Style.YAML, doc.values(), doc.keyPositions(), bodyOffset);
    }

    private static FrontMatter parseMeta(SourceFile file) {
        String text = file.text();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, SourcePos> positions = new LinkedHashMap<>();
        String key = null;
        int pos = 0;
        int lineNo = 1;
        while (pos < text.length()) {
            String line = firstLine(text, pos);
            if (line.isBlank()) {
                pos += line.length() + 1;
                break;
            }
            Matcher meta = META_LINE.matcher(line);
            Matcher more = MORE_LINE.matcher(line);
            if (meta.matches()) {
                key = meta.group(1).toLowerCase(Locale.ROOT);
                append(values, key, meta.group(2).strip());
                positions.putIfAbsent(key, file.pos(lineNo, line.indexOf(meta.group(1)) + 1));
            } else if (more.matches() && key != null) {
                append(values, key, more.group(1).strip());
            } else {
                break; // as Python-Markdown: the first line that is not meta starts the body
            }
            pos += line.length() + 1;
            lineNo++;
        }
        return new FrontMatter(FrontMatter.Style.META, values, positions, Math.min(pos, text.length()));
    }

    @SuppressWarnings("unchecked")
    private static void append(Map<String, Object> values, String key, String value) {
        Object old = values.get(key);
        if (old == null) {
            values.put(key, value);
        } else {
            List<String> list = new ArrayList<>();
            if (old instanceof List<?> l) {
                list.addAll((List<String>) l);
            } else {
                list.add((String) old);
            }
            list.add(value);
            values.put(key, List.copyOf(list));
        }
    }

    private static String firstLine(String text, int from) {
        int nl = text.indexOf('\n', from);
        return text.substring(Math.min(from, text.length()), nl < 0 ? text.length() : nl);
    }

}
