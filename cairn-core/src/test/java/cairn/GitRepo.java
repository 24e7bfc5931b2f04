package cairn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real git repository in a test's temporary directory, committed with fixed author and
 * committer dates (so the history, and what cairn reads from it, is the same on every run)
 * and without the user's or the system's git configuration.
 */
public final class GitRepo {

    private final Path dir;

    private GitRepo(Path dir) {
        this.dir = dir;
    }

    public static GitRepo init(Path dir) throws IOException {
        GitRepo repo = new GitRepo(dir);
        Files.createDirectories(dir);
        repo.git("init", "-q", "-b", "main");
        return repo;
    }

    public Path dir() {
        return dir;
    }

    public GitRepo write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    /** Stages everything and commits it as of {@code isoDate} ({@code 2024-01-10T12:00:00+00:00}). */
    public GitRepo commit(String isoDate, String message) throws IOException {
        git("add", "-A");
        gitAt(isoDate, "commit", "-q", "-m", message);
        return this;
    }

    /** {@code git mv} then commit. */
    public GitRepo move(String from, String to, String isoDate) throws IOException {
        Files.createDirectories(dir.resolve(to).getParent());
        git("mv", from, to);
        return commit(isoDate, "move " + from + " to " + to);
    }

    public String git(String... args) throws IOException {
        return gitAt(null, args);
    }

    private String gitAt(String isoDate, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=t@example.org",
                "-c", "commit.gpgsign=false", "-c", "protocol.file.allow=always"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        if (isoDate != null) {
            env.put("GIT_AUTHOR_DATE", isoDate);
            env.put("GIT_COMMITTER_DATE", isoDate);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException("git " + String.join(" ", args) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return out;
    }
}
