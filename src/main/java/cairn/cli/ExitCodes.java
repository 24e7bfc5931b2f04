package cairn.cli;

/** The exit codes of every cairn command, as documented in {@code --help}. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int SITE_ERRORS = 1;
    public static final int USAGE = 2;
    /** Files could not be read or written: a full disk, permissions, a read-only file system (sysexits' EX_IOERR). */
    public static final int IO = 74;
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
