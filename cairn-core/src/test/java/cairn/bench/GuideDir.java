package cairn.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A {@link SyntheticGuide} written into a fresh temporary directory, deleted again by {@link #close()}. */
public final class GuideDir implements AutoCloseable {

    private final Path root;

    private GuideDir(Path root) {
        this.root = root;
    }

    public static GuideDir write(SyntheticGuide guide) throws IOException {
        Path root = Files.createTempDirectory("cairn-bench-");
        try {
            guide.writeTo(root);
        } catch (IOException | RuntimeException e) {
            new GuideDir(root).close();
            throw e;
        }
        return new GuideDir(root);
    }

    public Path root() {
        return root;
    }

    @Override
    public void close() {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
