package cairn.cli;

import picocli.CommandLine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exit codes of every cairn command and what each means for that command: the one
 * list the commands return from and {@code --help} prints ({@link #document}).
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int SITE_ERRORS = 1;
    public static final int USAGE = 2;
    /** Files could not be read or written: a full disk, permissions, a read-only file system (sysexits' EX_IOERR). */
    public static final int IO = 74;
    public static final int INTERNAL = 70;

    private static final String INTERNAL_ERROR = "Internal error in cairn (please report it, with --stacktrace output).";
    private static final String IO_ERROR = "I/O error: a file could not be read or written (disk full, permissions, "
            + "read-only file system).";
    private static final Map<Integer, String> BUILD = codes(
            OK, "Success.",
            SITE_ERRORS, "The site has errors (broken links, bad front matter, template errors...).",
            USAGE, "Usage error: bad options or an output directory cairn refuses to replace.",
            IO, IO_ERROR, INTERNAL, INTERNAL_ERROR);
    private static final Map<String, Map<Integer, String>> BY_COMMAND = Map.of(
            "cairn", BUILD,
            "build", BUILD,
            "check", codes(OK, "No problem at or above --fail-on.",
                    SITE_ERRORS, "Problems at or above --fail-on (or the site does not load: bad front matter, "
                            + "templates...).",
                    USAGE, "Usage error: bad options.",
                    IO, IO_ERROR, INTERNAL, INTERNAL_ERROR),
            "serve", codes(OK, "Stopped with Ctrl-C.", USAGE, "Usage error: bad options, or the port is in use.",
                    IO, IO_ERROR, INTERNAL, INTERNAL_ERROR),
            "new", codes(OK, "The file was written.",
                    USAGE, "Usage error: bad options, a slug already taken, or the file exists.",
                    IO, IO_ERROR, INTERNAL, INTERNAL_ERROR),
            "init", codes(OK, "The site was written.",
                    USAGE, "Usage error: DIR is not empty (see --force) or not a directory.",
                    IO, IO_ERROR, INTERNAL, INTERNAL_ERROR),
            "doctor", codes(OK, "Report printed (problems, if any, are listed in it).", USAGE, "Usage error."));

    private ExitCodes() {
    }

    /** The codes {@code command} (its name, {@code cairn} for the root) can exit with, in order. */
    public static Map<Integer, String> of(String command) {
        return BY_COMMAND.getOrDefault(command, Map.of());
    }

    /** Puts each command's exit codes into its {@code --help}. */
    static void document(CommandLine root) {
        List<CommandLine> todo = new java.util.ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            CommandLine cl = todo.remove(0);
            Map<Integer, String> codes = of(cl.getCommandName());
            if (!codes.isEmpty()) {
                Map<String, String> shown = new LinkedHashMap<>();
                codes.forEach((code, meaning) -> shown.put(String.valueOf(code), meaning));
                cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(shown);
            }
            todo.addAll(cl.getSubcommands().values());
        }
    }

    private static Map<Integer, String> codes(Object... codeAndMeaning) {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (int i = 0; i < codeAndMeaning.length; i += 2) {
            out.put((Integer) codeAndMeaning[i], (String) codeAndMeaning[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
