package cairn;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a site, with the place it comes from. {@code code} is a stable
 * kebab-case identifier ({@code broken-link}, {@code front-matter}) that reports and
 * tests rely on; {@code message} quotes the offending value. {@code target} and
 * {@code suggestion} are set for link problems.
 */
public record Diagnostic(Severity severity, String code, SourcePos where, String message,
                         String target, String suggestion) implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::where)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        where = where == null ? SourcePos.none() : where;
    }

    public static Diagnostic error(String code, SourcePos where, String message) {
        return new Diagnostic(Severity.ERROR, code, where, message, null, null);
    }

    public static Diagnostic warning(String code, SourcePos where, String message) {
        return new Diagnostic(Severity.WARNING, code, where, message, null, null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic relativeTo(java.nio.file.Path base) {
        return new Diagnostic(severity, code, where.relativeTo(base), message, target, suggestion);
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    /** {@code error: content/a.md:3:7: broken link "/x.html"}. */
    @Override
    public String toString() {
        String place = where.toString();
        return severity.label() + ": " + (place.isEmpty() ? "" : place + ": ") + message;
    }
}
