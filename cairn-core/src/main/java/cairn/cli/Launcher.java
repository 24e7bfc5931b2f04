package cairn.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How the user can run cairn again, for the next steps a command prints: {@code cairn}
 * when it is on the {@code PATH}, else the launcher next to the running jar
 * ({@code bin/cairn} of a checkout or a release, as an absolute path, since the next step
 * starts with a {@code cd}), else {@code java -jar} with the jar's path.
 */
final class Launcher {

    private Launcher() {
    }

    /** The command that runs cairn, given the {@code PATH} and where cairn's classes were loaded from. */
    static String command(String pathEnv, Optional<Path> codeLocation) {
        if (pathEnv != null) {
            for (String dir : pathEnv.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "cairn"))) {
                    return "cairn";
                }
            }
        }
        if (codeLocation.isPresent() && codeLocation.get().toString().endsWith(".jar")) {
            Path jar = codeLocation.get().toAbsolutePath().normalize();
            Path root = jar.getParent() == null ? null : jar.getParent().getParent();
            if (root != null && Files.isExecutable(root.resolve("bin").resolve("cairn"))) {
                return root.resolve("bin").resolve("cairn").toString();
            }
            return "java -jar " + jar;
        }
        return "cairn";
    }

    /** Where cairn's classes come from: its jar, or a classes directory. */
    static Optional<Path> codeLocation() {
        try {
            return Optional.of(Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
