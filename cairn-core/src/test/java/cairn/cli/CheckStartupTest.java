package cairn.cli;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP client is loaded only when external links are checked: a plain check stays quick to start. */
class CheckStartupTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheHttpClientOnlyWithExternal() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        TestSite.of(dir, "").write("cairn.yaml", "links:\n  external:\n    retries: 0\n")
                .write("content/pages/01-a/00-a.md", "title: A\nsortorder: 0100\nmeta: m\n\n"
                + "[x](http://127.0.0.1:" + closed + "/x)\n");
        String plain = classesLoaded(0, "check", "--source", dir.toString());
        assertTrue(plain.contains("cairn.check.LinkChecker "), "the check ran in the child JVM");
        assertFalse(plain.contains("java.net.http.HttpClient "), "HttpClient loaded without --external");
        String external = classesLoaded(1, "check", "--external", "--source", dir.toString());
        assertTrue(external.contains("java.net.http.HttpClient "), "the class log does show HttpClient when used");
    }

    /** Runs cairn in a fresh JVM with class loading logged; returns the log (the external link is unreachable). */
    private static String classesLoaded(int exitCode, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-Xshare:auto", "-cp", System.getProperty("java.class.path"), "cairn.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String log = new String(out, StandardCharsets.UTF_8);
        assertEquals(exitCode, p.exitValue(), log.lines().filter(l -> !l.startsWith("[")).toList().toString());
        return log;
    }
}
