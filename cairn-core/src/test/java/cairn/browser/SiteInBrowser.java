package cairn.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every browser test shares: a site built once per class into a temporary directory,
 * served from 127.0.0.1 by {@link StaticServer}, read in one headless Chromium. Each test
 * starts at 1280 × 900 in the light scheme, and after each test the browser console must
 * hold no errors and the server must have answered every request. Skipped, with a message,
 * where there is no Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SiteInBrowser {

    static final Path SHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(15);

    Path site;
    StaticServer server;
    Browser browser;
    ChromeDriver driver;

    /** Builds the site into {@code dir.resolve("public")}; {@code dir} is a new, empty directory. */
    abstract void build(Path dir) throws IOException;

    @BeforeAll
    final void start() throws IOException {
        Optional<Browser> found = Browser.find();
        Assumptions.assumeTrue(found.isPresent(), Browser.MISSING);
        browser = found.get();
        driver = browser.driver();
        site = Files.createTempDirectory("cairn-" + getClass().getSimpleName() + "-");
        build(site);
        server = new StaticServer(site.resolve("public"));
    }

    @AfterAll
    final void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (browser != null) {
            browser.close();
        }
        if (site != null) {
            try (var walk = Files.walk(site)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    final void desktop() {
        browser.viewport(1280, 900, false);
        browser.colorScheme("light");
        browser.consoleErrors();
        server.drain();
    }

    @AfterEach
    final void noConsoleErrorsAndNoFailedRequests() {
        assertEquals(List.of(), browser.consoleErrors(), "console errors");
        List<StaticServer.Hit> failed = server.drain().stream().filter(h -> h.status() >= 400).toList();
        assertEquals(List.of(), failed, "failed requests");
    }

    /** Opens {@code path} of the site and waits until the document has loaded. */
    final void open(String path) {
        driver.get(server.url(path));
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(
                ((ChromeDriver) d).executeScript("return document.readyState")));
    }
}
