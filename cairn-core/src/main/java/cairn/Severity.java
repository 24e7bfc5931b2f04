package cairn;

/** How bad a {@link Diagnostic} is. Errors stop the pipeline; warnings are reported only. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
