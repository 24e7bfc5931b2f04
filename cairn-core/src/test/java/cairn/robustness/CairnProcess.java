package cairn.robustness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs cairn in a fresh JVM (the test's own class path), for tests that kill it or change its environment. */
final class CairnProcess {

    private CairnProcess() {
    }

    static ProcessBuilder builder(Map<String, String> env, List<String> jvmArgs, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("cairn.cli.Main");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        return pb;
    }

    /** Runs to completion and returns the exit code; output goes to {@code log}. */
    static int run(Path log, Map<String, String> env, List<String> jvmArgs, String... args)
            throws IOException, InterruptedException {
        Process p = builder(env, jvmArgs, args).redirectOutput(log.toFile()).start();
        return p.waitFor();
    }
}
