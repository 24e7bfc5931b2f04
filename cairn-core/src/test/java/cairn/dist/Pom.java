package cairn.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few values tests read from a {@code pom.xml}: the project's version and release date. */
record Pom(String version, String releaseDate) {

    private static final Pattern VERSION = Pattern.compile("\n  <artifactId>cairn</artifactId>\n  <version>([^<]+)</version>");
    private static final Pattern DATE = Pattern.compile("<release\\.date>([^<]+)</release\\.date>");

    static Pom read(Path pom) throws IOException {
        String xml = Files.readString(pom);
        return new Pom(group(VERSION.matcher(xml), pom), group(DATE.matcher(xml), pom));
    }

    static Pom project() throws IOException {
        return read(Path.of("pom.xml"));
    }

    private static String group(Matcher m, Path pom) {
        if (!m.find()) {
            throw new AssertionError(pom + ": no match for " + m.pattern());
        }
        return m.group(1);
    }
}
