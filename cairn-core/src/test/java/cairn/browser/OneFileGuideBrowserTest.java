package cairn.browser;

import cairn.pipeline.BuildOptions;
import cairn.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample one-file guide (examples/awesome-static-sites.md) read in headless Chromium:
 * an old {@code README.md#anchor} address lands on its page, and a category page's entries
 * filter by words and by sub-category, at desktop and phone width.
 */
class OneFileGuideBrowserTest extends SiteInBrowser {



    @Override
    void build(Path dir) throws IOException {
        Files.copy(Path.of("examples", "awesome-static-sites.md"), dir.resolve("README.md"));
        new Pipeline().build(BuildOptions.of(dir, dir.resolve("public")));
    }

    private URI waitForPath(String path) {
        new WebDriverWait(driver, WAIT).until(d -> URI.create(d.getCurrentUrl()).getPath().equals(path));
        return URI.create(driver.getCurrentUrl());
    }

    private long visibleEntries() {
        return driver.findElements(By.cssSelector("li.entry")).stream().filter(WebElement::isDisplayed).count();
    }

    @Test
    void mapsReadmeAnchorsToTheirPages() {
        open("/#themes--starters");
        assertEquals("/themes--starters.html", waitForPath("/themes--starters.html").getPath());
        open("/index.html#other-languages");
        assertEquals("other-languages", waitForPath("/generators.html").getFragment());
        open("/#contents");
        assertEquals("/", URI.create(driver.getCurrentUrl()).getPath(), "an anchor of the home page stays there");
    }

    @Test
    void filtersEntriesByWordsAndSubCategory() {
        open("/generators.html");
        long all = visibleEntries();
        assertEquals(34, all);
        WebElement words = driver.findElement(By.id("cairn_entry_words"));
        words.sendKeys("markdown");
        new WebDriverWait(driver, WAIT).until(d -> visibleEntries() < all);
        assertEquals(List.of("Zas", "Metalsmith", "MkDocs", "mdBook"), driver.findElements(By.cssSelector("li.entry .entry-name"))
                .stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList());
        words.clear();
        words.sendKeys(" ");
        new Select(driver.findElement(By.id("cairn_entry_category"))).selectByVisibleText("Rust");
        new WebDriverWait(driver, WAIT).withMessage(() -> visibleEntries() + " shown; "
                + driver.findElement(By.cssSelector(".entry-filter output")).getText() + "; value "
                + driver.executeScript("return document.getElementById('cairn_entry_words').value + '|' + "
                + "document.getElementById('cairn_entry_category').value"))
                .until(d -> visibleEntries() == 3);
        assertTrue(driver.findElement(By.cssSelector(".entry-filter output")).getText().startsWith("3 of 34"));
    }

    @Test
    void categoryPageFitsAPhone() {
        browser.viewport(390, 844, true);
        open("/hosting.html");
        assertTrue(driver.findElement(By.cssSelector(".entry-filter")).isDisplayed());
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, overflow.intValue(), "no sideways scrolling at 390 px");
    }
}
