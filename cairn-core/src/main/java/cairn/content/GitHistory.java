package cairn.content;

import cairn.Diagnostic;
import cairn.SourcePos;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Dates from git: one {@code git log} over {@code content/} for the whole site (never one
 * per file), parsed by {@link HistoryLog}, kept in the build cache keyed by the commit
 * ({@code HEAD}) and the site's place in the repository. The {@code git} command was
 * chosen over JGit by measurement (bench/git-history.sh: 3,000 commits, 800 files:
 * ~0.3 s of CPU for git, ~6 s for a JGit walk with rename detection) and needs no
 * dependency. Outside a work tree, without {@code git} on the PATH, or in an empty
 * repository there is no history; a shallow clone gives none either (its oldest commit
 * would look like the day every file was added) and one warning with the fix.
 *
 * <p>Uncommitted edits do not change the dates: a page edited but not committed shows the
 * date of its last commit, and a new file not yet committed has dates from its front
 * matter only. So the dates, and the output, depend on the commit alone.
 */
public final class GitHistory {

    /** What reading the history found: the dates, and a warning for a shallow clone. */
    public record Result(FileHistory history, Optional<Diagnostic> warning) {
    }

    private GitHistory() {
    }

    /** Reads the history on a thread of its own, so that it overlaps loading and rendering the content. */
    public static CompletableFuture<Result> start(Path siteRoot, Optional<Path> cacheDir) {
        if (!mayBeInWorkTree(siteRoot)) {
            return CompletableFuture.completedFuture(new Result(FileHistory.NONE, Optional.empty()));
        }
        CompletableFuture<Result> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(read(siteRoot, cacheDir));
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        }, "cairn-git-history");
        t.setDaemon(true);
        t.start();
        return f;
    }

    /**
     * False when {@code siteRoot} is certainly outside any git work tree: no {@code .git} in it
     * or any directory above, and no {@code GIT_DIR} in the environment. Then no {@code git}
     * process is started at all (a fork and an exec that would only say "not a repository").
     */
    static boolean mayBeInWorkTree(Path siteRoot) {
        if (System.getenv("GIT_DIR") != null) {
            return true;
        }
        for (Path dir = siteRoot.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (java.nio.file.Files.exists(dir.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }

    /** The commit checked out where {@code siteRoot} is ({@code HEAD}); empty outside a work tree or before a first commit. */
    public static Optional<String> head(Path siteRoot) {
        if (!mayBeInWorkTree(siteRoot)) {
            return Optional.empty();
        }
        List<String> out = run(siteRoot, List.of("rev-parse", "--show-prefix", "HEAD"));
        return out.size() == 2 ? Optional.of(out.get(1) + " " + out.get(0)) : Optional.empty();
    }

    /** Reads the history of the site in {@code siteRoot}, from {@code cacheDir} when it holds this commit's. */
    public static Result read(Path siteRoot, Optional<Path> cacheDir) {
        List<String> head = run(siteRoot, List.of("rev-parse", "--is-shallow-repository", "--show-prefix", "HEAD"));
        if (head.size() != 3 || !head.get(2).matches("[0-9a-f]{40,64}")) {
            return new Result(FileHistory.NONE, Optional.empty()); // not a work tree, no git, or no commit yet
        }
        if (head.get(0).equals("true")) {
            return new Result(FileHistory.NONE, Optional.of(Diagnostic.warning("shallow-clone",
                    SourcePos.of(Path.of(ContentLoader.CONTENT_DIR)), "the git history is shallow (a CI checkout"
                            + " of the last commit only?), so pages get their dates from front matter only; fetch the"
                            + " whole history (GitHub Actions: actions/checkout with fetch-depth: 0; GitLab CI:"
                            + " GIT_DEPTH: 0; otherwise git fetch --unshallow)")));
        }
        String prefix = head.get(1);
        String key = head.get(2) + "\t" + prefix;
        Optional<FileHistory> cached = cacheDir.flatMap(dir -> HistoryCacheFile.read(dir, key));
        if (cached.isPresent()) {
            return new Result(cached.get(), Optional.empty());
        }
        FileHistory history = log(siteRoot, prefix);
        cacheDir.ifPresent(dir -> HistoryCacheFile.write(dir, key, history));
        return new Result(history, Optional.empty());
    }

    private static FileHistory log(Path siteRoot, String prefix) {
        List<String> command = command(siteRoot, List.of("-c", "core.quotepath=false", "log", "--no-merges", "-M",
                "--no-color", "--no-ext-diff", "--no-textconv", "--no-show-signature", "--format=%x1e%H%x1f%aI",
                "--raw", "-p", "--unified=0", "--", ContentLoader.CONTENT_DIR));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
            p.getOutputStream().close();
            FileHistory history;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8),
                    1 << 16)) {
                history = HistoryLog.parse(in, prefix);
            }
            return p.waitFor() == 0 ? history : FileHistory.NONE;
        } catch (IOException | RuntimeException e) {
            return FileHistory.NONE; // a history cairn cannot read gives no dates, never a failed build
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FileHistory.NONE;
        }
    }

    private static List<String> run(Path dir, List<String> args) {
        try {
            Process p = new ProcessBuilder(command(dir, args)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 ? out.lines().toList() : List.of();
        } catch (IOException e) {
            return List.of(); // no git on the PATH
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static List<String> command(Path dir, List<String> args) {
        List<String> c = new ArrayList<>(List.of("git", "-C", dir.toAbsolutePath().toString()));
        c.addAll(args);
        return c;
    }
}
