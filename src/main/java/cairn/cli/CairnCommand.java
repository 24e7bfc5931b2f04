package cairn.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.Properties;
import java.util.jar.Manifest;

/** {@code cairn}: the root command; it only holds the subcommands and global options. */
@Command(name = "cairn",
        mixinStandardHelpOptions = true,
        versionProvider = CairnCommand.Version.class,
        description = "A static site generator for curated resource guides: chapters of topic pages, "
                + "cross-linked, strict about broken links.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class,
            InitCommand.class, DoctorCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:The site has errors (broken links, bad front matter, template errors...).",
            "2:Usage error: bad options or an output directory cairn refuses to replace.",
            "74:I/O error: a file could not be read or written (disk full, permissions, read-only file system).",
            "70:Internal error in cairn (please report it, with --stacktrace output).",
        })
public final class CairnCommand implements Runnable {

    @Option(names = "--stacktrace", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of internal errors.")
    boolean stacktrace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'cairn build'");
    }

    /** Reads the version from the jar manifest (Implementation-Version), else from {@code cairn/version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {"cairn " + version(), "Java " + System.getProperty("java.version")
                    + " (" + System.getProperty("java.vendor") + ")"};
        }

        static String version() throws IOException {
            String fromPackage = CairnCommand.class.getPackage().getImplementationVersion();
            if (fromPackage != null) {
                return fromPackage;
            }
            Enumeration<URL> manifests = CairnCommand.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                try (InputStream in = manifests.nextElement().openStream()) {
                    var attrs = new Manifest(in).getMainAttributes();
                    if ("cairn".equals(attrs.getValue("Implementation-Title"))) {
                        return attrs.getValue("Implementation-Version");
                    }
                }
            }
            try (InputStream in = CairnCommand.class.getResourceAsStream("/cairn/version.properties")) {
                if (in != null) {
                    Properties props = new Properties();
                    props.load(in);
                    return props.getProperty("version", "dev");
                }
            }
            return "dev";
        }
    }
}
