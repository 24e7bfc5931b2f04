package cairn;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/**
 * Why a file operation failed, in words, for messages that already name the file: the
 * operating system's reason ({@code No space left on device}) rather than Java's message,
 * which for {@link FileSystemException}s is the path again, or only the path
 * ({@link AccessDeniedException}).
 */
public final class FileProblem {

    private FileProblem() {
    }

    /** The reason {@code e} gives, else its message, else its kind. */
    public static String reason(Exception e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
