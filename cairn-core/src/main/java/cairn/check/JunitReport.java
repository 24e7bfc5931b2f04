package cairn.check;

import cairn.Diagnostic;
import cairn.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JUnit XML, the format CI dashboards read: one test case per checked page (named by
 * its source file), failed when it has a problem at or above {@code --fail-on}; lesser
 * problems go to the case's {@code system-out}. Problems outside any page (templates,
 * {@code cairn.yaml}) get a case of their own file.
 */
final class JunitReport {

    private JunitReport() {
    }

    static String render(CheckReport report, Severity failOn) {
        Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
        report.pages().forEach(p -> byFile.put(p.file(), new ArrayList<>()));
        for (Diagnostic d : report.problems()) {
            byFile.computeIfAbsent(ReportFormat.file(d), k -> new ArrayList<>()).add(d);
        }
        Map<String, String> urls = new LinkedHashMap<>();
        report.pages().forEach(p -> urls.put(p.file(), p.url()));
        int failures = 0;
        StringBuilder cases = new StringBuilder();
        for (Map.Entry<String, List<Diagnostic>> e : byFile.entrySet()) {
            List<Diagnostic> failing = e.getValue().stream().filter(d -> failOn == Severity.WARNING || d.isError()).toList();
            List<Diagnostic> other = e.getValue().stream().filter(d -> !failing.contains(d)).toList();
            String name = e.getKey().isEmpty() ? "(site)" : e.getKey();
            cases.append("    <testcase classname=\"cairn.check\" name=\"").append(xml(name)).append('"');
            if (urls.containsKey(e.getKey())) {
                cases.append(" file=\"").append(xml(e.getKey())).append("\" url=\"").append(xml(urls.get(e.getKey())))
                        .append('"');
            }
            cases.append(" time=\"0\"");
            if (failing.isEmpty() && other.isEmpty()) {
                cases.append("/>\n");
                continue;
            }
            cases.append(">\n");
            if (!failing.isEmpty()) {
                failures++;
                cases.append("      <failure type=\"").append(xml(failing.get(0).code())).append("\" message=\"")
                        .append(xml(failing.size() == 1 ? failing.get(0).message() : failing.size() + " problems"))
                        .append("\">").append(xml(lines(failing))).append("</failure>\n");
            }
            if (!other.isEmpty()) {
                cases.append("      <system-out>").append(xml(lines(other))).append("</system-out>\n");
            }
            cases.append("    </testcase>\n");
        }
        String time = String.format(Locale.ROOT, "%.3f", report.millis() / 1000.0);
        String counts = "tests=\"" + byFile.size() + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"0\" time=\""
                + time + "\"";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"cairn check\" " + counts + ">\n"
                + "  <testsuite name=\"cairn check\" " + counts + ">\n" + cases + "  </testsuite>\n</testsuites>\n";
    }

    private static String lines(List<Diagnostic> diagnostics) {
        StringBuilder b = new StringBuilder();
        diagnostics.forEach(d -> b.append(d).append('\n'));
        return b.toString();
    }

    private static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
