package cairn;

/**
 * One problem a stage found in the site's input, already translated into a positioned
 * {@link Diagnostic} where it arose (undecodable text, unreadable front matter or YAML, a
 * template that fails). Checked, so the caller decides where the problem is collected;
 * no stack trace is kept: it is the site's problem, not cairn's.
 */
public final class DiagnosticException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    public DiagnosticException(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
