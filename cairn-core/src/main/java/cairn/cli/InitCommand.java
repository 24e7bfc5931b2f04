package cairn.cli;

import cairn.scaffold.NewContent;
import cairn.scaffold.StarterSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cairn init DIR}: a starter site that builds cleanly. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a new site in DIR: cairn.yaml, a chapter with two pages and a post.")
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Directory of the new site (created if missing).")
    Path dir;

    @Option(names = "--with-theme", description = "Copy the default theme into templates/ and static/ to edit it.")
    boolean withTheme;

    @Option(names = "--force", description = "Write into a non-empty DIR (files with the same names are replaced).")
    boolean force;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try {
            List<Path> files = StarterSite.write(dir, LocalDate.now(java.time.Clock.systemDefaultZone()), withTheme, force);
            out.println("Created a new site in " + dir + " (" + files.size() + " files). Next:");
            out.println("  cd " + dir + " && " + Launcher.command(System.getenv("PATH"), Launcher.codeLocation()) + " serve");
            return ExitCodes.OK;
        } catch (NewContent.Refused e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
