package cairn;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a source file: 1-based line and column, or line/column 0 when only the
 * file is known. Prints as {@code content/a.md:12:5}.
 */
public record SourcePos(Path file, int line, int column) implements Comparable<SourcePos> {

    private static final Comparator<SourcePos> ORDER = Comparator
            .comparing((SourcePos p) -> p.file == null ? "" : p.file.toString().replace('\\', '/'))
            .thenComparingInt(SourcePos::line)
            .thenComparingInt(SourcePos::column);

    public SourcePos {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    public static SourcePos of(Path file) {
        return new SourcePos(file, 0, 0);
    }

    public static SourcePos none() {
        return new SourcePos(null, 0, 0);
    }

    public boolean hasFile() {
        return file != null;
    }

    /** The same position with its file made relative to {@code base} when it lies inside it. */
    public SourcePos relativeTo(Path base) {
        if (file == null || base == null) {
            return this;
        }
        Path abs = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        return abs.startsWith(root) ? new SourcePos(root.relativize(abs), line, column) : this;
    }

    @Override
    public int compareTo(SourcePos other) {
        return ORDER.compare(this, Objects.requireNonNull(other));
    }

    @Override
    public String toString() {
        if (file == null) {
            return "";
        }
        String name = file.toString().replace('\\', '/');
        if (line == 0) {
            return name;
        }
        return column == 0 ? name + ":" + line : name + ":" + line + ":" + column;
    }
}
