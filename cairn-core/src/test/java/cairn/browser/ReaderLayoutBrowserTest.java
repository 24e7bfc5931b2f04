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
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default theme's layout and reading comfort in headless Chromium (issue 14): the
 * sticky header, the "On this page" rail and its current-section mark, the phone layout
 * (title high on the screen, no sideways scrolling at 320 px), the bottom of a page
 * (the next page linked at most twice), the theme switch surviving a reload, the copy
 * button, and the site read with JavaScript off. Screenshots go to target/screenshots/.
 */
class ReaderLayoutBrowserTest extends SiteInBrowser {

    private static final List<String> PAGES = List.of("/index.html", "/command-line.html", "/table-of-contents.html",
            "/blog/fighting-link-rot.html", "/code-blocks.html", "/markdown.html", "/blog.html");


    @Override
    void build(Path dir) throws IOException {
        new Pipeline().build(BuildOptions.of(Path.of("."), dir.resolve("public")));
    }

    private double number(String script, Object... args) {
        return ((Number) driver.executeScript(script, args)).doubleValue();
    }

    @Test
    void theHeaderAndItsSearchBoxStayInReachAfterScrollingALongPage() throws IOException {
        open("/command-line.html");
        driver.executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
        new WebDriverWait(driver, WAIT).until(d -> number("return window.scrollY") > 1000);
        assertEquals(0, number("return document.querySelector('.site-header').getBoundingClientRect().top"), 0.5);
        WebElement input = driver.findElement(By.id("cairn_search_input"));
        assertTrue(input.isDisplayed());
        assertEquals(Boolean.TRUE, driver.executeScript("var r = arguments[0].getBoundingClientRect();"
                + " return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === arguments[0];", input),
                "nothing covers the search box");
        browser.screenshot(SHOTS.resolve("desktop-scrolled-header.png"));
    }

    @Test
    void onWideScreensOnThisPageIsARailBesideTheTextThatMarksTheSectionBeingRead() throws IOException {
        browser.viewport(1400, 900, false);
        open("/command-line.html");
        WebElement rail = driver.findElement(By.cssSelector(".page.has-toc > .page-toc"));
        WebElement prose = driver.findElement(By.cssSelector(".page .prose"));
        assertTrue(rail.getRect().getX() >= prose.getRect().getX() + prose.getRect().getWidth(), "the rail is right of the text");
        List<WebElement> links = rail.findElements(By.cssSelector("a"));
        assertTrue(links.size() >= 5, "a long table of contents: " + links.size());
        assertTrue(links.get(links.size() - 1).isDisplayed(), "the list is open on wide screens");
        WebElement fourth = links.get(3);
        String id = fourth.getAttribute("href").replaceFirst(".*#", "");
        driver.executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", id);
        new WebDriverWait(driver, WAIT).until(d -> "location".equals(fourth.getAttribute("aria-current")));
        assertEquals(1, rail.findElements(By.cssSelector("a.is-current")).size(), "one section is current");
        double railTop = rail.getRect().getY() - number("return window.scrollY");
        double header = number("return document.querySelector('.site-header').getBoundingClientRect().bottom");
        assertTrue(railTop >= header && railTop < 200, "the rail follows the reader: top at " + railTop);
        browser.screenshot(SHOTS.resolve("desktop-rail.png"));
        driver.executeScript("window.scrollTo(0, 0)");
        new WebDriverWait(driver, WAIT).until(d -> fourth.getAttribute("aria-current") == null);
    }

    @Test
    void belowTheRailWidthOnThisPageIsInlineAndFolded() {
        browser.viewport(1000, 900, false);
        open("/command-line.html");
        WebElement list = driver.findElement(By.cssSelector(".page-toc ul"));
        assertFalse(list.isDisplayed(), "folded");
        driver.findElement(By.cssSelector(".page-toc h2 label")).click();
        assertTrue(list.isDisplayed(), "opened by its title");
        WebElement prose = driver.findElement(By.cssSelector(".page .prose"));
        assertTrue(driver.findElement(By.cssSelector(".page-toc")).getRect().getY() < prose.getRect().getY(), "before the text");
    }

    @Test
    void onAPhoneTheHeadingStartsHighAndBreadcrumbsKeepToOneLine() throws IOException {
        browser.viewport(390, 844, true);
        for (String page : List.of("/command-line.html", "/markdown.html", "/blog/fighting-link-rot.html",
                "/table-of-contents.html", "/index.html")) {
            open(page);
            double top = number("return document.querySelector('main h1').getBoundingClientRect().top");
            assertTrue(top <= 140, page + ": <h1> starts at " + top + " px");
            if (!driver.findElements(By.cssSelector(".breadcrumbs ol")).isEmpty()) {
                double height = number("return document.querySelector('.breadcrumbs ol').getBoundingClientRect().height");
                double line = number("return parseFloat(getComputedStyle(document.querySelector('.breadcrumbs ol')).fontSize)");
                assertTrue(height < 2 * line * 1.3, page + ": breadcrumbs on one line, " + height + " px high");
            }
        }
        open("/command-line.html");
        browser.screenshot(SHOTS.resolve("mobile-top.png"));
        WebElement searchButton = driver.findElement(By.cssSelector("header .search-button"));
        WebElement input = driver.findElement(By.id("cairn_search_input"));
        assertFalse(input.isDisplayed(), "search is behind its icon");
        searchButton.click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOf(input));
        assertEquals(input, driver.switchTo().activeElement(), "opening search focuses the box");
    }

    @Test
    void nothingScrollsSidewaysAt320Pixels() {
        browser.viewport(320, 700, true);
        List<String> wide = new ArrayList<>();
        for (String page : PAGES) {
            open(page);
            double width = number("return document.documentElement.scrollWidth");
            if (width > 320) {
                wide.add(page + " is " + width + " px wide");
            }
        }
        assertEquals(List.of(), wide);
    }

    @Test
    void theBottomOfEveryChapterPageLinksTheNextPageAtMostTwice() {
        open("/getting-started.html");
        int pages = 0;
        while (true) {
            pages++;
            String here = URI.create(driver.getCurrentUrl()).getPath();
            List<WebElement> next = driver.findElements(By.cssSelector(".pager a[rel=next]"));
            if (next.isEmpty()) {
                break;
            }
            String href = next.get(0).getAttribute("href");
            // the bottom of a page: the visible links in the article after the text (backlinks are folded away)
            Number count = (Number) driver.executeScript("var href = arguments[0], n = 0, after = false;"
                    + "Array.prototype.forEach.call(document.querySelectorAll('article.page > *'), function (el) {"
                    + " if (el.classList.contains('prose')) { after = true; return; }"
                    + " if (after) { el.querySelectorAll('a[href]').forEach(function (a) {"
                    + "  if (a.href === href && a.checkVisibility()) { n++; } }); }"
                    + "}); return n;", href);
            assertTrue(count.intValue() <= 2, here + " links " + href + " " + count + " times at the bottom");
            List<String> others = new ArrayList<>(driver.findElements(By.cssSelector(
                    ".what-next a, aside.see-also a, .pager a")).stream().map(a -> a.getAttribute("href")).toList());
            others.remove(href); // the pager's link
            assertEquals(others.stream().distinct().count(), others.size(), here + ": each destination once: " + others);
            driver.get(href);
        }
        assertTrue(pages > 20, "walked the whole reading order: " + pages);
    }

    @Test
    void theChosenThemeSurvivesAReloadAndOtherPages() throws IOException {
        open("/markdown.html");
        try {
            WebElement button = driver.findElement(By.cssSelector("[data-cairn-theme]"));
            assertTrue(button.isDisplayed());
            String light = background();
            while (!"dark".equals(button.getAttribute("data-mode"))) {
                button.click();
            }
            assertEquals("dark", driver.findElement(By.tagName("html")).getAttribute("data-theme"));
            String dark = background();
            assertFalse(light.equals(dark), "the page turned dark: " + dark);
            driver.navigate().refresh();
            new WebDriverWait(driver, WAIT).until(d -> "complete".equals(
                    ((ChromeDriver) d).executeScript("return document.readyState")));
            assertEquals("dark", driver.findElement(By.tagName("html")).getAttribute("data-theme"));
            assertEquals(dark, background(), "still dark after a reload, though the system is light");
            open("/command-line.html");
            assertEquals(dark, background(), "and on the next page");
            browser.screenshot(SHOTS.resolve("desktop-chosen-dark.png"));
            button = driver.findElement(By.cssSelector("[data-cairn-theme]"));
            assertTrue(button.getAttribute("aria-label").contains("dark"), button.getAttribute("aria-label"));
            button.click();
            assertEquals("system", button.getAttribute("data-mode"));
            assertEquals(light, background(), "back to the system's light");
        } finally {
            driver.executeScript("localStorage.clear()");
        }
    }

    private String background() {
        return (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor");
    }

    @Test
    void theCopyButtonPutsTheCodeOnTheClipboard() throws IOException {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", server.url("/").replaceFirst("/$", ""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        open("/code-blocks.html");
        WebElement block = driver.findElement(By.cssSelector(".code-block"));
        assertFalse(block.findElement(By.cssSelector(".code-lang")).getText().isBlank(), "a language label");
        String code = (String) driver.executeScript("return arguments[0].querySelector('code').textContent", block);
        WebElement copy = block.findElement(By.cssSelector("button.code-copy"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", block);
        copy.click();
        new WebDriverWait(driver, WAIT).until(d -> copy.getAttribute("data-copied") != null);
        assertEquals("Copied", copy.getText());
        Object clip = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, function (e) { done('read failed: ' + e); });");
        assertEquals(code.replaceFirst("\n$", ""), clip);
        browser.screenshot(SHOTS.resolve("desktop-code-copied.png"));
    }

    @Test
    void everyCodeBlockThatScrollsSidewaysCanBeScrolledFromTheKeyboard() {
        browser.viewport(390, 844, false);
        // the page as it is before the highlighter has run (it loads when the browser is idle)
        Object script = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "window.requestIdleCallback = function () {};")).get("identifier");
        try {
            open("/command-line.html");
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
        }
        assertTrue(driver.findElements(By.cssSelector("pre[class*=language-]")).isEmpty(), "not highlighted yet");
        @SuppressWarnings("unchecked")
        List<WebElement> wide = (List<WebElement>) driver.executeScript("return Array.prototype.filter.call("
                + "document.querySelectorAll('.prose pre'), function (p) { return p.scrollWidth > p.clientWidth; })");
        assertTrue(wide.size() >= 2, "code blocks on this page are wider than a phone, also far below the screen");
        for (WebElement pre : wide) {
            // Chromium focuses scrollers by itself; Safari and axe's scrollable-region-focusable need the tabindex
            assertEquals("0", pre.getAttribute("tabindex"), "in the tab order");
            driver.executeScript("arguments[0].focus({preventScroll: true})", pre);
            assertEquals(pre, driver.switchTo().activeElement(), "the scrolling block takes keyboard focus");
            pre.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
            new WebDriverWait(driver, WAIT).until(d -> ((Number) driver.executeScript(
                    "return arguments[0].scrollLeft", pre)).doubleValue() > 0);
        }
    }

    @Test
    void theSiteReadsWithJavaScriptOff() throws IOException {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.viewport(390, 844, true);
            open("/command-line.html");
            assertFalse(driver.findElement(By.tagName("html")).getAttribute("class").contains("js"));
            assertTrue(driver.findElement(By.cssSelector("main h1")).isDisplayed());
            WebElement menu = driver.findElement(By.cssSelector("header .menu-button"));
            menu.click();
            assertTrue(driver.findElement(By.cssSelector(".sidebar-nav a[aria-current=page]")).isDisplayed(),
                    "the chapters open without JavaScript");
            menu.click();
            driver.findElement(By.cssSelector(".page-toc h2 label")).click();
            assertTrue(driver.findElement(By.cssSelector(".page-toc ul")).isDisplayed(), "on this page opens");
            driver.findElement(By.cssSelector("header .search-button")).click();
            WebElement input = driver.findElement(By.id("cairn_search_input"));
            assertTrue(input.isDisplayed(), "the search box is a form that works without JavaScript");
            assertEquals("q", input.getAttribute("name"));
            assertTrue(driver.findElement(By.cssSelector(".search-form")).getAttribute("action").endsWith("/search.html"));
            assertTrue(driver.findElements(By.cssSelector(".code-copy")).isEmpty(), "no copy buttons that cannot work");
            browser.screenshot(SHOTS.resolve("mobile-no-javascript.png"));
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }
}
