package cairn.dist;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code jbang-catalog.json} makes {@code jbang cairn@cairn-ssg/cairn build} run the released
 * jar: it is valid JSON; its {@code cairn} alias points at a release asset of this repository
 * whose name {@code scripts/dist.sh} produces, with the main class the jar's manifest names and
 * the Java release the code is compiled for. ({@code scripts/check-dist.sh} then runs that very
 * file from a real dist build.)
 */
class JbangCatalogTest {

    private static final Pattern RELEASE_ASSET = Pattern.compile(
            "https://github\\.com/([^/]+/[^/]+)/releases/(?:latest/download|download/v[^/]+)/([^/]+\\.jar)");

    private final JsonNode alias = JsonMapper.shared().readTree(Files.readString(Path.of("jbang-catalog.json")))
            .path("aliases").path("cairn");

    JbangCatalogTest() throws Exception {
    }

    @Test
    void theCairnAliasRunsAJarThatTheDistBuildPublishesAsAReleaseAsset() throws Exception {
        assertTrue(alias.isObject(), "aliases.cairn");
        String ref = alias.path("script-ref").asString();
        Matcher m = RELEASE_ASSET.matcher(ref);
        assertTrue(m.matches(), "script-ref is a GitHub release asset: " + ref);
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<url>https://github.com/" + m.group(1) + "</url>"), "the repository of pom.xml's <url>");
        String dist = Files.readString(Path.of("scripts/dist.sh"));
        assertTrue(dist.contains("cp \"$jar\" \"$dist/" + m.group(2) + "\""), "scripts/dist.sh writes target/dist/"
                + m.group(2));
        assertTrue(alias.path("description").asString().contains("jbang cairn@" + m.group(1).split("/")[0] + "/cairn"),
                "the description shows the command");
    }

    @Test
    void theAliasNamesTheJarsMainClassAndTheJavaReleaseTheCodeIsCompiledFor() throws Exception {
        String main = alias.path("main").asString();
        Method method = Class.forName(main).getMethod("main", String[].class);
        assertTrue(Modifier.isStatic(method.getModifiers()) && Modifier.isPublic(method.getModifiers()));
        String pom = Files.readString(Path.of("pom.xml"));
        String core = Files.readString(Path.of("cairn-core/pom.xml"));
        assertTrue(core.contains("<mainClass>" + main + "</mainClass>"), "cairn-core/pom.xml's Main-Class is " + main);
        Matcher release = Pattern.compile("<maven\\.compiler\\.release>(\\d+)<").matcher(pom);
        assertTrue(release.find());
        assertEquals(release.group(1) + "+", alias.path("java").asString());
    }
}
