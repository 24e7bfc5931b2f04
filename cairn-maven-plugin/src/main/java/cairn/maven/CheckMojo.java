package cairn.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/**
 * {@code mvn cairn:check}: {@code cairn check} in Maven's JVM. Every internal link, image and
 * anchor of the site as it would be built (nothing is written), site hygiene, and with
 * {@code external} every external URL; problems at or above {@code failOn} fail the Maven
 * build. Bound to {@code verify} when listed in an execution without a phase.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends CairnMojo {

    /** Overrides {@code base_url} from {@code cairn.yaml} (as {@code --base-url}). */
    @Parameter(property = "cairn.baseUrl")
    String baseUrl;

    /** Also check external http(s) links, cached in {@code .cairn/link-cache.json} (as {@code --external}). */
    @Parameter(property = "cairn.external", defaultValue = "false")
    boolean external;

    /** With {@code external}: ignore cached results (as {@code --refresh}). */
    @Parameter(property = "cairn.refresh", defaultValue = "false")
    boolean refresh;

    /** Report only {@code internal} or {@code external} problems (as {@code --only}). */
    @Parameter(property = "cairn.only")
    String only;

    /** Report format: {@code text}, {@code json}, {@code github}, {@code junit} (as {@code --format}). */
    @Parameter(property = "cairn.format", defaultValue = "text")
    String format;

    /** Write the report to this file instead of the log (as {@code --output-file}); CI servers read {@code junit}. */
    @Parameter(property = "cairn.reportFile")
    File reportFile;

    /** Fail the build on problems at this level or above: {@code error} or {@code warning} (as {@code --fail-on}). */
    @Parameter(property = "cairn.failOn", defaultValue = "error")
    String failOn;

    /** Log no summary besides the report (as {@code --quiet}). */
    @Parameter(property = "cairn.quiet", defaultValue = "false")
    boolean quiet;

    @Override
    String command() {
        return "check";
    }

    @Override
    void addOptions(List<String> args) {
        option(args, "--base-url", baseUrl);
        flag(args, "--external", external);
        flag(args, "--refresh", refresh);
        option(args, "--only", only);
        option(args, "--format", format);
        option(args, "--output-file", reportFile);
        option(args, "--fail-on", failOn);
        flag(args, "--quiet", quiet);
    }

    @Override
    String failure() {
        return "cairn check: problems at or above \"" + failOn + "\" (listed above"
                + (reportFile != null ? " and in " + reportFile : "") + ")";
    }
}
