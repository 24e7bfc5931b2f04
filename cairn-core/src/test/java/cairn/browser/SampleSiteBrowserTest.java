package cairn.browser;

import cairn.pipeline.BuildOptions;
import cairn.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample guide, built and served from 127.0.0.1, read in headless Chromium as a
 * reader would: sidebar, prev/next, search, see-also, table of contents, redirects,
 * the mobile layout and the accessibility of the default theme (axe-core). After every
 * test the browser console must hold no errors and the server must have answered every
 * request. Screenshots go to target/screenshots/.
 */
class SampleSiteBrowserTest extends SiteInBrowser {



    @Override
    void build(Path dir) throws IOException {
        new Pipeline().build(BuildOptions.of(Path.of("."), dir.resolve("public")));
    }

    private String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    private String h1() {
        return driver.findElement(By.cssSelector("main h1")).getText();
    }

    private void click(WebElement link) {
        String href = link.getAttribute("href");
        link.click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(href));
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(
                ((ChromeDriver) d).executeScript("return document.readyState")));
    }

    @Test
    void navigatesFromTheHomePageToAPageThroughTheSidebar() throws IOException {
        open("/");
        browser.screenshot(SHOTS.resolve("desktop-home.png"));
        click(driver.findElement(By.linkText("Start reading")));
        assertEquals("/getting-started.html", path());
        WebElement link = driver.findElement(By.cssSelector("nav[aria-label=Chapters] a[href='/installing-cairn.html']"));
        click(link);
        assertEquals("Installing cairn", h1());
        assertEquals("page", driver.findElement(By.cssSelector("nav[aria-label=Chapters] a[aria-current]"))
                .getAttribute("aria-current"));
        browser.screenshot(SHOTS.resolve("desktop-page.png"));
    }

    @Test
    void followsNextAndPreviousInReadingOrder() {
        open("/installing-cairn.html");
        click(driver.findElement(By.cssSelector(".pager a[rel=next]")));
        assertEquals("/first-guide.html", path());
        click(driver.findElement(By.cssSelector(".pager a[rel=prev]")));
        assertEquals("/installing-cairn.html", path());
    }

    @Test
    void searchFindsAPageByAWordThatOnlyItsBodyContains() throws IOException {
        String[] target = wordOnlyInOneBody();
        open("/index.html");
        WebElement input = driver.findElement(By.id("cairn_search_input"));
        assertTrue(input.isDisplayed(), "the search box is shown when JavaScript runs");
        input.sendKeys(target[0]);
        By firstResult = By.cssSelector("#cairn_search_results a");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(firstResult));
        assertEquals(target[1], java.net.URI.create(driver.findElement(firstResult).getAttribute("href")).getPath());
        browser.screenshot(SHOTS.resolve("desktop-search.png"));
        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals(driver.findElement(firstResult), driver.switchTo().activeElement(), "arrow down focuses a result");
        String href = driver.findElement(firstResult).getAttribute("href"); // the page, or the section with the word
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(href));
    }

    @Test
    void searchSaysSoWhenNothingMatchesAndEscapeClosesIt() {
        open("/table-of-contents.html");
        WebElement input = driver.findElement(By.id("cairn_search_input"));
        input.sendKeys("zzqxjv");
        WebElement status = driver.findElement(By.id("cairn_search_status"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElement(status, "No pages match"));
        input.sendKeys(Keys.ESCAPE);
        assertFalse(driver.findElement(By.id("cairn_search_panel")).isDisplayed());
    }

    @Test
    void slashFocusesTheSearchBoxAndArrowKeysAndEnterOpenAResult() throws IOException {
        open("/markdown.html");
        WebElement input = driver.findElement(By.id("cairn_search_input"));
        driver.findElement(By.tagName("body")).sendKeys("/");
        assertEquals(input, driver.switchTo().activeElement(), "/ focuses the search box");
        input.sendKeys("links");
        By results = By.cssSelector("#cairn_search_results a.search-result");
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(results).size() >= 3);
        browser.screenshot(SHOTS.resolve("desktop-search-dropdown.png"));
        List<WebElement> links = driver.findElements(results);
        input.sendKeys(Keys.ARROW_DOWN);
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(1), driver.switchTo().activeElement(), "arrow down twice: the second result");
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN, Keys.ARROW_UP);
        assertEquals(links.get(1), driver.switchTo().activeElement(), "down then up: back to the second");
        String href = links.get(1).getAttribute("href");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(href));
    }

    @Test
    void aResultLinksStraightToTheSectionThatHoldsTheWord() throws IOException {
        String[] target = wordOfOneSection();
        open("/index.html");
        WebElement input = driver.findElement(By.id("cairn_search_input"));
        input.sendKeys(target[0]);
        By first = By.cssSelector("#cairn_search_results a.search-result");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(first));
        WebElement result = driver.findElement(first);
        assertEquals(server.url(target[1]), result.getAttribute("href"));
        assertTrue(result.findElement(By.cssSelector(".search-result-section mark")).getText()
                .toLowerCase(java.util.Locale.ROOT).startsWith(target[0]), "the word is marked in the section's heading");
        click(result);
        String id = target[1].substring(target[1].indexOf('#') + 1);
        assertTrue(driver.findElement(By.id(id)).getTagName().matches("h[1-6]"), "the anchor is the section's heading");
    }

    @Test
    void theSearchPageShowsEveryResultForTheQueryInItsAddressWithTheWordsMarked() throws IOException {
        open("/search.html?q=Front+M%C3%80TTER");
        By results = By.cssSelector("#cairn_search_page_list a.search-result");
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(results).isEmpty());
        assertEquals("Front M\u00c0TTER", driver.findElement(By.id("cairn_search_page_input")).getAttribute("value"));
        assertFalse(driver.findElement(By.cssSelector("[data-cairn-search-fallback]")).isDisplayed(),
                "the no-script explanation is hidden");
        WebElement best = driver.findElements(results).get(0);
        assertEquals("/front-matter.html", java.net.URI.create(best.getAttribute("href")).getPath());
        List<String> marked = best.findElements(By.tagName("mark")).stream()
                .map(m -> m.getText().toLowerCase(java.util.Locale.ROOT)).distinct().sorted().toList();
        assertTrue(marked.containsAll(List.of("front", "matter")), "both words marked, accents folded: " + marked);
        assertTrue(driver.findElement(By.id("cairn_search_page_status")).getText().matches("\\d+ pages match .*"),
                driver.findElement(By.id("cairn_search_page_status")).getText());
        browser.screenshot(SHOTS.resolve("desktop-search-page.png"));
        WebElement box = driver.findElement(By.id("cairn_search_page_input"));
        box.clear();
        box.sendKeys("sortorder");
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith("/search.html?q=sortorder"));
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(results).stream().anyMatch(
                r -> r.getText().toLowerCase(java.util.Locale.ROOT).contains("sortorder")));
    }

    @Test
    void enterWithNothingToOpenGoesToTheSearchPage() {
        open("/installing-cairn.html");
        WebElement input = driver.findElement(By.id("cairn_search_input"));
        input.sendKeys("zzqxjv");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElement(
                driver.findElement(By.id("cairn_search_status")), "No pages match"));
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(server.url("/search.html?q=zzqxjv")));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("cairn_search_page_status"), "No pages match \u201czzqxjv\u201d"));
    }

    @Test
    void withoutJavaScriptTheSearchPageExplainsAndLeadsToTheContents() throws IOException {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open("/search.html?q=links");
            WebElement fallback = driver.findElement(By.cssSelector("[data-cairn-search-fallback]"));
            assertTrue(fallback.isDisplayed());
            assertTrue(fallback.getText().contains("needs JavaScript"), fallback.getText());
            assertFalse(driver.findElement(By.cssSelector("[data-cairn-search-page]")).isDisplayed());
            assertEquals(5, fallback.findElements(By.cssSelector("a .chapter-number")).size(), "a link per chapter");
            browser.screenshot(SHOTS.resolve("desktop-search-page-no-js.png"));
            click(fallback.findElement(By.linkText("Browse the table of contents")));
            assertEquals("/table-of-contents.html", path());
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void followsASeeAlsoLink() {
        open("/static-sites.html");
        WebElement link = driver.findElement(By.cssSelector("aside.see-also a"));
        String title = link.getText();
        click(link);
        assertEquals(title, h1());
    }

    @Test
    void tableOfContentsListsChaptersInOrder() {
        open("/index.html");
        click(driver.findElement(By.cssSelector("header nav[aria-label=Site] a[href='/table-of-contents.html']")));
        List<String> numbers = driver.findElements(By.cssSelector(".toc-chapter h2 .chapter-number")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("01", "02", "03", "04", "05"), numbers);
        assertEquals("Getting started", driver.findElements(By.cssSelector(".toc-pages a")).get(0).getText());
    }

    @Test
    void anAliasRedirectsToItsPage() {
        driver.get(server.url("/install.html"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(server.url("/installing-cairn.html")));
        // the address changes before the target document is parsed: wait for its heading, not a fixed time
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("main h1"), "Installing cairn"));
        assertEquals("Installing cairn", h1());
        driver.get(server.url("/getting-started/"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(server.url("/getting-started.html")));
    }

    @Test
    void whatNextCardsLeadToTheDeclaredPages() {
        open("/first-guide.html");
        List<WebElement> cards = driver.findElements(By.cssSelector(".what-next-card a"));
        assertEquals(List.of("/markdown.html", "/front-matter.html"),
                cards.stream().map(c -> java.net.URI.create(c.getAttribute("href")).getPath()).toList());
        click(cards.get(1));
        assertEquals("Front matter", h1());
    }

    @Test
    void codeIsHighlightedAfterLoadAndReadsTheSameAsWithoutScript() throws IOException {
        String plain = org.jsoup.Jsoup.parse(site.resolve("public/code-blocks.html").toFile(), "UTF-8")
                .select("pre > code[class*=language-]").first().wholeText();
        open("/code-blocks.html");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("html.code-highlighted pre code .token")));
        Object text = driver.executeScript("return document.querySelector('pre > code[class*=language-]').textContent");
        assertEquals(plain, text, "highlighting only wraps text in spans");
        browser.colorScheme("dark");
        driver.executeScript("document.querySelector('pre').scrollIntoView({block: 'center'})");
        browser.screenshot(SHOTS.resolve("desktop-code-dark.png"));
    }

    @Test
    void mobileLayoutFoldsTheSidebarBehindAToggle() throws IOException {
        browser.viewport(390, 844, true);
        open("/markdown.html");
        WebElement chapters = driver.findElement(By.cssSelector(".sidebar-nav"));
        WebElement toggle = driver.findElement(By.cssSelector("header .menu-button"));
        assertTrue(toggle.isDisplayed(), "the header's menu button is shown");
        assertFalse(chapters.isDisplayed(), "the chapters are folded away");
        browser.screenshot(SHOTS.resolve("mobile-page.png"));
        toggle.click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOf(chapters));
        browser.screenshot(SHOTS.resolve("mobile-sidebar-open.png"));
        Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        assertTrue(width.intValue() <= 390, "no sideways scrolling: " + width);
        toggle.click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOf(chapters));
        open("/");
        browser.screenshot(SHOTS.resolve("mobile-home.png"));
    }

    @Test
    void aPagePrintsWithoutSidebarNavigationOrSearch() throws IOException {
        open("/markdown.html");
        browser.media("print");
        for (String hidden : List.of(".sidebar", ".site-nav", ".site-search", ".pager", ".breadcrumbs")) {
            assertFalse(driver.findElement(By.cssSelector(hidden)).isDisplayed(), hidden + " is not printed");
        }
        assertTrue(driver.findElement(By.cssSelector("main .prose")).isDisplayed());
        browser.screenshot(SHOTS.resolve("print-page.png"));
        browser.media("");
    }

    @Test
    void aMissingAddressShowsTheNotFoundPageWithAWayBack() {
        open("/no-such-page.html");
        assertEquals("Page not found", h1());
        List<StaticServer.Hit> hits = server.drain();
        assertTrue(hits.contains(new StaticServer.Hit("/no-such-page.html", 404)), hits.toString());
        List<String> errors = browser.consoleErrors();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("/no-such-page.html") && errors.get(0).contains("404"), errors.toString());
        click(driver.findElement(By.linkText("Browse the table of contents")));
        assertEquals("/table-of-contents.html", path());
    }

    @Test
    void defaultThemeHasNoAccessibilityViolationsInLightOrDarkMode() throws IOException {
        String axe = Files.readString(Path.of("cairn-core/src/test/resources/axe/axe.min.js"), StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            for (String page : List.of("/index.html", "/command-line.html", "/table-of-contents.html",
                    "/blog/fighting-link-rot.html", "/blog.html", "/tags/how-to.html", "/404.html")) {
                open(page);
                problems.addAll(violations(axe, scheme + " " + page));
            }
            open("/index.html");
            driver.findElement(By.id("cairn_search_input")).sendKeys("links");
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#cairn_search_results a")));
            problems.addAll(violations(axe, scheme + " search results"));
            open("/search.html?q=links");
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#cairn_search_page_list a")));
            problems.addAll(violations(axe, scheme + " search page"));
        }
        assertEquals(List.of(), problems);
    }

    @SuppressWarnings("unchecked")
    private List<String> violations(String axe, String where) {
        driver.executeScript(axe);
        Object result = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                + " resultTypes: ['violations']}).then(function (r) { done(r.violations.map(function (v) {"
                + " return v.id + ': ' + v.help + ' at ' + v.nodes.map(function (n) { return n.target.join(' '); })"
                + ".join(', '); })); }, function (e) { done(['axe failed: ' + e]); });");
        return ((List<Object>) result).stream().map(v -> where + ": " + v).toList();
    }

    /** Every word of the search index with its postings: [page, fields] pairs (SearchIndexWriter's format). */
    private Map<String, List<int[]>> indexWords() throws IOException {
        Map<String, List<int[]>> words = new java.util.TreeMap<>();
        Pattern entry = Pattern.compile("\"([^\"]+)\":\\[([0-9,]+)\\]");
        try (var shards = Files.list(site.resolve("public/search/w"))) {
            for (Path shard : shards.toList()) {
                Matcher m = entry.matcher(Files.readString(shard));
                while (m.find()) {
                    List<int[]> postings = new ArrayList<>();
                    int page = -1;
                    for (String v : m.group(2).split(",")) {
                        page += Integer.parseInt(v) >> 4;
                        postings.add(new int[] {page, Integer.parseInt(v) & 15});
                    }
                    words.put(m.group(1), postings);
                }
            }
        }
        return words;
    }

    private String pageFile(int page) throws IOException {
        return Files.readString(site.resolve("public/search/p/" + page + ".json"));
    }

    private static String field(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return m.group(1);
    }

    /**
     * A word (7 letters or more) of one page only, in its body only (no title, description
     * or heading holds it), that starts no other word; with that page's URL.
     */
    private String[] wordOnlyInOneBody() throws IOException {
        Map<String, List<int[]>> words = indexWords();
        for (var e : words.entrySet()) {
            String w = e.getKey();
            if (w.length() >= 7 && w.matches("[a-z]+") && e.getValue().size() == 1 && e.getValue().get(0)[1] == 1
                    && words.keySet().stream().filter(o -> o.startsWith(w)).count() == 1) {
                return new String[] {w, field(pageFile(e.getValue().get(0)[0]), "u")};
            }
        }
        throw new AssertionError("no word occurs in only one page body");
    }

    /**
     * A word (6 letters or more) of one page only, in one of its headings but not its title
     * or description, that starts no other word; with the URL of that heading's section.
     */
    private String[] wordOfOneSection() throws IOException {
        Map<String, List<int[]>> words = indexWords();
        for (var e : words.entrySet()) {
            String w = e.getKey();
            if (w.length() >= 6 && w.matches("[a-z]+") && e.getValue().size() == 1 && (e.getValue().get(0)[1] & 14) == 4
                    && words.keySet().stream().filter(o -> o.startsWith(w)).count() == 1) {
                String json = pageFile(e.getValue().get(0)[0]);
                Matcher h = Pattern.compile("\\[\"([^\"]+)\",\"([^\"]*)\"\\]").matcher(json);
                List<String> ids = new ArrayList<>();
                while (h.find()) {
                    if (h.group(2).toLowerCase(java.util.Locale.ROOT).matches("(?s)(.*[^a-z])?" + w + "([^a-z].*)?")) {
                        ids.add(h.group(1));
                    }
                }
                if (ids.size() == 1) {
                    return new String[] {w, field(json, "u") + "#" + ids.get(0)};
                }
            }
        }
        throw new AssertionError("no word occurs in only one heading");
    }
}
