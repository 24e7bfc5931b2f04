package cairn;

import java.util.List;

/**
 * Thrown when a stage found errors in the site (not a bug in cairn): carries every
 * diagnostic collected, warnings included, so the caller can report them all.
 */
public final class BuildException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public BuildException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public BuildException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String summary(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).findFirst()
                .map(Diagnostic::toString).orElse("build failed");
    }
}
