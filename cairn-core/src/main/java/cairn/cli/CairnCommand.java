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
            InitCommand.class, DoctorCommand.class, CommandLine.HelpCommand.class})
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

    /**
     * The version and build date, both from one place: the jar manifest
     * ({@code Implementation-Version}, {@code Build-Date}, which the pom fills from
     * {@code project.version} and {@code release.date}), else {@code cairn/version.properties}
     * (filtered from the same two properties) where no jar is at hand (tests, generators).
     */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            String[] build = read();
            return new String[] {"cairn " + build[0], "Built " + build[1], "Java " + System.getProperty("java.version")
                    + " (" + System.getProperty("java.vendor") + ")"};
        }

        static String version() throws IOException {
            return read()[0];
        }

        /** {version, build date}. */
        static String[] read() throws IOException {
            Enumeration<URL> manifests = CairnCommand.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                try (InputStream in = manifests.nextElement().openStream()) {
                    var attrs = new Manifest(in).getMainAttributes();
                    if ("cairn".equals(attrs.getValue("Implementation-Title"))) {
                        return new String[] {attrs.getValue("Implementation-Version"),
                            String.valueOf(attrs.getValue("Build-Date"))};
                    }
                }
            }
            try (InputStream in = CairnCommand.class.getResourceAsStream("/cairn/version.properties")) {
                if (in != null) {
                    Properties props = new Properties();
                    props.load(in);
                    return new String[] {props.getProperty("version", "dev"), props.getProperty("date", "unknown")};
                }
            }
            return new String[] {"dev", "unknown"};
        }
    }
}
