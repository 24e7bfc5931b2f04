package cairn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A thread-safe collector of {@link Diagnostic}s: stages add every problem they find and
 * carry on, so a build reports all of them together. {@link #all()} is sorted by file,
 * line and column, which keeps reports deterministic under parallel stages.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public synchronized void addAll(Collection<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    public void error(String code, SourcePos where, String message) {
        add(Diagnostic.error(code, where, message));
    }

    public void warning(String code, SourcePos where, String message) {
        add(Diagnostic.warning(code, where, message));
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized List<Diagnostic> all() {
        return items.stream().sorted().distinct().toList();
    }

    /** Throws a {@link BuildException} carrying everything collected so far if any is an error. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new BuildException(all());
        }
    }
}
