package cairn.robustness;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same input gives byte-identical output whatever the thread count, time zone,
 * locale, default charset or the order in which the file system lists the files, and
 * whether the Markdown comes from the build cache or is rendered afresh.
 */
class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void outputIsIdenticalAcrossThreadsTimeZonesLocalesAndListingOrders() throws Exception {
        Path a = copySample(dir.resolve("a"), false);
        Path b = copySample(dir.resolve("b"), true);
        Path log = dir.resolve("log.txt");
        List<String> hashes = new ArrayList<>();

        assertEquals(0, CairnProcess.run(log, Map.of("TZ", "UTC", "LANG", "C"), List.of(),
                "build", "-q", "-s", a.toString(), "-o", dir.resolve("out1").toString()), Files.readString(log));
        hashes.add(TestSite.hashTree(dir.resolve("out1")));

        assertEquals(0, CairnProcess.run(log, Map.of("TZ", "Pacific/Kiritimati", "LANG", "tr_TR.UTF-8"),
                List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati",
                        "-Dfile.encoding=ISO-8859-1", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1"),
                "build", "-q", "--threads", "1", "-s", b.toString(), "-o", dir.resolve("out2").toString()),
                Files.readString(log));
        hashes.add(TestSite.hashTree(dir.resolve("out2")));

        assertEquals(0, CairnProcess.run(log, Map.of("TZ", "America/St_Johns"),
                List.of("-Duser.language=de", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=7"),
                "build", "-q", "--threads", "7", "-s", a.toString(), "-o", dir.resolve("out3").toString()),
                Files.readString(log));
        hashes.add(TestSite.hashTree(dir.resolve("out3")));
        assertTrue(Files.isDirectory(a.resolve(".cairn/cache/markdown")), "out3 was built from the cache out1 left");

        assertEquals(0, CairnProcess.run(log, Map.of("TZ", "UTC"), List.of(),
                "build", "-q", "--no-cache", "--threads", "1", "-s", a.toString(), "-o", dir.resolve("out4").toString()),
                Files.readString(log));
        hashes.add(TestSite.hashTree(dir.resolve("out4")));

        assertEquals(Collections.nCopies(4, hashes.get(0)), hashes);
    }

    /** Copies the repository's sample guide, writing files in sorted or reverse order. */
    private static Path copySample(Path target, boolean reverse) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String top : List.of("content", "static", "cairn.yaml")) {
            try (Stream<Path> walk = Files.walk(Path.of(top))) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        Collections.sort(files);
        if (reverse) {
            Collections.reverse(files);
        }
        for (Path f : files) {
            Path t = target.resolve(f.toString());
            Files.createDirectories(t.getParent());
            Files.copy(f, t);
        }
        return target;
    }
}
