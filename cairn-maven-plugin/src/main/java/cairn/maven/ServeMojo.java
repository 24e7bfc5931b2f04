package cairn.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.List;

/**
 * {@code mvn cairn:serve}: {@code cairn serve} in Maven's JVM. Builds the site into memory,
 * serves it, rebuilds on every change and reloads open pages; the goal runs until Maven is
 * stopped with Ctrl-C (as {@code hugo server} does). Nothing is written to disk.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends CairnMojo {

    /** Port to listen on; 0 picks a free one (as {@code --port}). */
    @Parameter(property = "cairn.port", defaultValue = "1717")
    int port;

    /** Address to listen on (as {@code --bind}); the default, 127.0.0.1, is this computer only. */
    @Parameter(property = "cairn.bind", defaultValue = "127.0.0.1")
    String bind;

    /** Serve only a site that {@code cairn build} would accept (as {@code --strict}). */
    @Parameter(property = "cairn.strict", defaultValue = "false")
    boolean strict;

    /** Open the site in the default browser (as {@code --open}). */
    @Parameter(property = "cairn.open", defaultValue = "false")
    boolean open;

    /** Log each pipeline stage of every build with its time (as {@code --verbose}). */
    @Parameter(property = "cairn.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    String command() {
        return "serve";
    }

    @Override
    void addOptions(List<String> args) {
        option(args, "--port", port);
        option(args, "--bind", bind);
        flag(args, "--strict", strict);
        flag(args, "--open", open);
        flag(args, "--verbose", verbose);
    }

    @Override
    String failure() {
        return "cairn serve: the site could not be served (see above)";
    }
}
