package cairn.check;

import cairn.Diagnostic;
import cairn.ProblemOverview;
import cairn.Severity;
import cairn.content.JsonText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The formats of a {@link CheckReport}: {@code text} for people, {@code json} for tools
 * (its schema is {@code docs/check-report.schema.json}), {@code github} workflow
 * annotations, {@code junit} XML for CI dashboards (one test case per page).
 */
public enum ReportFormat {
    TEXT, JSON, GITHUB, JUNIT;

    /** The report as text; {@code failOn} decides which problems fail a JUnit test case. */
    public String render(CheckReport report, Severity failOn) {
        return switch (this) {
            case TEXT -> text(report);
            case JSON -> json(report);
            case GITHUB -> github(report);
            case JUNIT -> JunitReport.render(report, failOn);
        };
    }

    /** One line per problem, grouped by file (a blank line between files), then the summary. */
    static String text(CheckReport report) {
        StringBuilder b = new StringBuilder();
        String file = null;
        for (Diagnostic d : report.problems()) {
            String f = String.valueOf(d.where().file());
            if (file != null && !file.equals(f)) {
                b.append('\n');
            }
            file = f;
            b.append(d).append('\n');
        }
        if (!report.problems().isEmpty()) {
            b.append('\n');
        }
        ProblemOverview overview = ProblemOverview.of(report.problems());
        if (overview.worthShowing()) {
            b.append(overview.text()).append('\n');
        }
        return b.append(report.summary()).append('\n').toString();
    }

    static String json(CheckReport report) {
        StringBuilder b = new StringBuilder("{\"problems\": [");
        String sep = "\n  ";
        for (Diagnostic d : report.problems()) {
            b.append(sep).append("{\"severity\": ").append(JsonText.string(d.severity().label()))
                    .append(", \"code\": ").append(JsonText.string(d.code()))
                    .append(", \"file\": ").append(JsonText.string(file(d)))
                    .append(", \"line\": ").append(d.where().line())
                    .append(", \"column\": ").append(d.where().column());
            if (d.target() != null) {
                b.append(", \"target\": ").append(JsonText.string(d.target()));
            }
            b.append(", \"message\": ").append(JsonText.string(d.message()));
            if (d.suggestion() != null) {
                b.append(", \"suggestion\": ").append(JsonText.string(d.suggestion()));
            }
            b.append('}');
            sep = ",\n  ";
        }
        b.append(report.problems().isEmpty() ? "]" : "\n]");
        return b.append(", \"summary\": {\"errors\": ").append(report.errors())
                .append(", \"warnings\": ").append(report.warnings())
                .append(", \"links\": ").append(report.links())
                .append(", \"external\": ").append(report.external())
                .append(overview(ProblemOverview.of(report.problems()))).append("}}\n").toString();
    }

    /** The {@link ProblemOverview} as the summary's {@code by_code} and {@code missing_targets} fields. */
    private static String overview(ProblemOverview overview) {
        StringBuilder b = new StringBuilder(", \"by_code\": {");
        String sep = "";
        for (Map.Entry<String, Integer> e : overview.byCode().entrySet()) {
            b.append(sep).append(JsonText.string(e.getKey())).append(": ").append(e.getValue());
            sep = ", ";
        }
        b.append("}, \"missing_targets\": [");
        sep = "";
        for (ProblemOverview.MissingTarget m : overview.missing()) {
            b.append(sep).append("{\"target\": ").append(JsonText.string(m.target())).append(", \"links\": ").append(m.links());
            if (m.suggestion() != null) {
                b.append(", \"suggestion\": ").append(JsonText.string(m.suggestion()));
            }
            b.append('}');
            sep = ", ";
        }
        return b.append(']').toString();
    }

    /** {@code ::error file=…,line=…,col=…,title=…::message}, then the summary as a plain log line. */
    static String github(CheckReport report) {
        StringBuilder b = new StringBuilder();
        for (Diagnostic d : report.problems()) {
            Map<String, String> props = new LinkedHashMap<>();
            if (d.where().hasFile()) {
                props.put("file", file(d));
                if (d.where().line() > 0) {
                    props.put("line", String.valueOf(d.where().line()));
                }
                if (d.where().column() > 0) {
                    props.put("col", String.valueOf(d.where().column()));
                }
            }
            props.put("title", d.code());
            List<String> parts = new ArrayList<>();
            props.forEach((k, v) -> parts.add(k + "=" + escapeProperty(v)));
            b.append("::").append(d.isError() ? "error" : "warning").append(' ').append(String.join(",", parts))
                    .append("::").append(escapeData(d.message())).append('\n');
        }
        return b.append(report.summary()).append('\n').toString();
    }

    static String file(Diagnostic d) {
        return d.where().hasFile() ? d.where().file().toString().replace('\\', '/') : "";
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
