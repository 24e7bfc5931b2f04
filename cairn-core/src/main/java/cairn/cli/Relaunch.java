package cairn.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar cairn.jar build|check} as fast as {@code bin/cairn build|check}: the
 * first JVM starts a second one with the launcher's choices ({@link JvmChoice}: C1 and the
 * serial collector for a guide of under 3,000 pages, the class-data archive beside the jar),
 * sharing its standard streams, and exits with its exit code. A JVM started with the
 * default options for a one-shot build spends twice the time warming up and grows a heap of
 * 1.5 GB at 2,000 pages; starting another costs about 0.1 s.
 *
 * <p>Not done when cairn was not started with {@code -jar} (bin/cairn, tests, JBang choose
 * their own options), when JVM options were given before {@code -jar} (they are the user's
 * choice), for commands other than build and check, in the child itself, or when
 * {@code CAIRN_RELAUNCH=0} or {@code -Dcairn.relaunch=false} says not to. With
 * {@code CAIRN_LAUNCH_VERBOSE=1} the child's command line is printed on standard error.
 */
final class Relaunch {

    static final String PROPERTY = "cairn.relaunch";
    static final String ENV = "CAIRN_RELAUNCH";
    static final String VERBOSE_ENV = "CAIRN_LAUNCH_VERBOSE";

    private Relaunch() {
    }

    /** The child's exit code, or empty when this JVM should run the command itself. */
    static Optional<Integer> runIfUseful(String[] args) {
        Optional<List<String>> command = command(args, System.getenv(), System.getProperty("sun.java.command", ""),
                System.getProperty("java.class.path", ""), ProcessHandle.current().info().arguments().map(List::of));
        if (command.isEmpty()) {
            return Optional.empty();
        }
        if ("1".equals(System.getenv(VERBOSE_ENV))) {
            System.err.println("cairn: running " + String.join(" ", command.get()));
        }
        try {
            Process child = new ProcessBuilder(command.get()).inheritIO().start();
            // killed (not interrupted from the terminal, which stops both): take the child along
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
            return Optional.of(waitFor(child));
        } catch (IOException e) {
            return Optional.empty(); // cannot start a java: run in this one, as before
        }
    }

    /**
     * The child's command line, or empty when there should be none. {@code javaCommand} is
     * the {@code sun.java.command} property (the jar and the arguments under {@code -jar}),
     * {@code jvmArguments} this JVM's own command line after the executable, when known.
     */
    static Optional<List<String>> command(String[] args, Map<String, String> env, String javaCommand,
                                          String classPath, Optional<List<String>> jvmArguments) {
        if (args.length == 0 || !(args[0].equals("build") || args[0].equals("check"))
                || "false".equals(System.getProperty(PROPERTY)) || "0".equals(env.get(ENV))
                || !javaCommand.split(" ", 2)[0].endsWith(".jar") || classPath.isEmpty()
                || jvmArguments.map(a -> a.isEmpty() || !a.get(0).equals("-jar")).orElse(false)) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(JvmChoice.options(java, jar, Path.of("").toAbsolutePath(), args));
        command.add("-D" + PROPERTY + "=false");
        command.addAll(JvmChoice.userOptions(env.get("CAIRN_JAVA_OPTS")));
        command.addAll(List.of("-cp", jar.toString(), Main.class.getName()));
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the child gets the same signals from the terminal and ends itself
            }
        }
    }
}
