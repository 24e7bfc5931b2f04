package cairn.browser;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through its chromedriver: no downloads, no network
 * beyond 127.0.0.1, a fresh profile per run. {@link #find()} is empty when either
 * program is missing, so tests can skip with a clear message.
 */
final class Browser implements AutoCloseable {

    static final String MISSING = "headless browser tests need chromium and chromedriver "
            + "(apt-get install chromium chromium-driver, or set CHROME_BIN and CHROMEDRIVER)";

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(Path chrome, Path chromedriver) throws IOException {
        profile = Files.createTempDirectory("cairn-chrome-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--disable-sync", "--metrics-recording-only",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** A browser when chromium and chromedriver are installed, else empty. */
    static Optional<Browser> find() throws IOException {
        Optional<Path> chrome = program("CHROME_BIN", "chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = program("CHROMEDRIVER", "chromedriver");
        if (chrome.isEmpty() || driver.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Browser(chrome.get(), driver.get()));
    }

    private static Optional<Path> program(String env, String... names) {
        String set = System.getenv(env);
        if (set != null && !set.isBlank()) {
            return Optional.of(Path.of(set)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Emulates a viewport of {@code width} x {@code height} CSS pixels; {@code mobile} adds touch-style metrics. */
    void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Makes {@code prefers-color-scheme} report {@code scheme} ("light" or "dark"). */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Emulates CSS media type {@code media} ("print", or "" for the screen). */
    void media(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    /** Console messages at level SEVERE (errors, failed loads) since the last call. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
