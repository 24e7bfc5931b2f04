package cairn;

import cairn.pipeline.BuildOptions;
import cairn.pipeline.BuildResult;
import cairn.pipeline.Pipeline;
import cairn.cli.Cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small site written into a temporary directory from one text block in the txtar
 * style Hugo's tests use: {@code -- content/a.md --} starts a file, the lines up to the
 * next marker are its content.
 */
public final class TestSite {

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    public static TestSite of(Path dir, String archive) throws IOException {
        TestSite site = new TestSite(dir);
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : archive.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (name != null) {
                    site.write(name, body.toString());
                }
                name = line.substring(3, line.length() - 3).strip();
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            }
        }
        if (name != null) {
            site.write(name, body.toString());
        }
        return site;
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("public");
    }

    public TestSite write(String relative, String content) throws IOException {
        return write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite write(String relative, byte[] content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return this;
    }

    /** Builds with the pipeline directly; throws {@link BuildException} on site errors. */
    public BuildResult build() throws IOException {
        return new Pipeline().build(BuildOptions.of(root, output()));
    }

    public BuildResult build(BuildOptions options) throws IOException {
        return new Pipeline().build(options);
    }

    /** The diagnostics of a build that must fail. */
    public List<Diagnostic> buildErrors() throws IOException {
        try {
            build();
        } catch (BuildException e) {
            return e.diagnostics();
        }
        throw new AssertionError("expected the build to fail");
    }

    public String read(String outputRelative) throws IOException {
        return Files.readString(output().resolve(outputRelative), StandardCharsets.UTF_8);
    }

    /** A SHA-256 over the relative paths and bytes of every file under {@code root}, in sorted order. */
    public static String hashTree(Path root) throws IOException {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    md.update(root.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                    md.update(Files.readAllBytes(p));
                }
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the real command line in-process. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    public static List<String> lines(List<Diagnostic> diagnostics) {
        List<String> out = new ArrayList<>();
        diagnostics.forEach(d -> out.add(d.toString()));
        return out;
    }

    /** The outcome of a command line run. */
    public record Run(int exitCode, String out, String err) {
    }
}
