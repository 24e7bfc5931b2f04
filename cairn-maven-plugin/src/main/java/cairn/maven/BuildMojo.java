package cairn.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/**
 * {@code mvn cairn:build}: {@code cairn build} in Maven's JVM. The site is built into
 * {@code output} and replaces it only when the build succeeds; a broken internal link (with
 * {@code strictLinks}) or any other site error fails the Maven build. Bound to
 * {@code package} when listed in an execution without a phase.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends CairnMojo {

    /** Output directory (as {@code --output}). Default: {@code public/} inside the site directory. */
    @Parameter(property = "cairn.output")
    File output;

    /** Overrides {@code base_url} from {@code cairn.yaml} (as {@code --base-url}). */
    @Parameter(property = "cairn.baseUrl")
    String baseUrl;

    /** Broken internal links fail the build; {@code false} reports them as warnings (as {@code --no-strict-links}). */
    @Parameter(property = "cairn.strictLinks", defaultValue = "true")
    boolean strictLinks;

    /** Replace the output directory even if cairn did not write it (as {@code --clean}). */
    @Parameter(property = "cairn.clean", defaultValue = "false")
    boolean clean;

    /** Worker threads; 0: one per core (as {@code --threads}). */
    @Parameter(property = "cairn.threads", defaultValue = "0")
    int threads;

    /** Log only errors (as {@code --quiet}). */
    @Parameter(property = "cairn.quiet", defaultValue = "false")
    boolean quiet;

    /** Log each pipeline stage with its time (as {@code --verbose}). */
    @Parameter(property = "cairn.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    String command() {
        return "build";
    }

    @Override
    void addOptions(List<String> args) {
        option(args, "--output", output);
        option(args, "--base-url", baseUrl);
        flag(args, "--no-strict-links", !strictLinks);
        flag(args, "--clean", clean);
        if (threads != 0) {
            option(args, "--threads", threads);
        }
        flag(args, "--quiet", quiet);
        flag(args, "--verbose", verbose);
    }

    @Override
    String failure() {
        return "cairn build: the site has errors (listed above); nothing was replaced";
    }
}
