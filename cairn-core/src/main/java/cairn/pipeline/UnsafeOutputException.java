package cairn.pipeline;

/**
 * The output directory is one cairn must not write to (the source tree, a parent of it,
 * the home directory, a directory of someone else's files): a usage error, nothing was
 * touched.
 */
public final class UnsafeOutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnsafeOutputException(String message) {
        super(message, null, false, false);
    }
}
