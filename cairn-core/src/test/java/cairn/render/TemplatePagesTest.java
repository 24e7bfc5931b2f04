package cairn.render;

import cairn.Diagnostic;
import cairn.TestSite;
import cairn.cli.SiteCheck;
import cairn.pipeline.BuildOptions;
import cairn.check.CheckReport;
import cairn.check.LinkChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages made from a template alone ({@code templates/pages/NAME.peb} → {@code /NAME.html},
 * Pelican's {@code TEMPLATE_PAGES}) and addresses the host serves outside cairn
 * ({@code links.known}) are link targets like any page, in {@code build} and {@code check}.
 */
class TemplatePagesTest {

    @TempDir
    Path dir;

    private TestSite site() throws Exception {
        return TestSite.of(dir, """
                -- cairn.yaml --
                title: Templated
                base_url: https://example.org
                links:
                  known: [/newsletter.html, /api/]
                -- templates/pages/all.peb --
                {% extends "base" %}
                {% block content %}<h1>Every page</h1><ul>{% for p in pages %}<li><a href="{{ p.url }}">{{ p.title }}</a></li>{% endfor %}</ul>
                <p>{{ site.chapters | length }} chapters, {{ site.posts | length }} posts</p>{% endblock %}
                -- templates/pages/email.peb --
                <!DOCTYPE html><html><head><title>Email</title></head><body><p>Sign up for {{ site.title }}</p></body></html>
                -- content/pages/01-a/00-alpha.md --
                ---
                title: Alpha
                meta: The first page.
                ---
                See [everything](/all.html), [the newsletter](/email.html), [sign up](/newsletter.html),
                [the API](/api/v1/users.json) and [its root](/api).
                -- content/pages/01-a/01-beta.md --
                ---
                title: Beta
                meta: The second page.
                ---
                Beta.
                -- content/posts/p.md --
                ---
                title: A Post
                date: 2026-01-02
                meta: A post.
                ---
                Post.
                """);
    }

    @Test
    void templatePagesAreRenderedWithTheWholeSite() throws Exception {
        TestSite site = site();
        assertEquals(List.of(), site.build().warnings());
        String all = site.read("all.html");
        assertTrue(all.contains("<h1>Every page</h1>"), all);
        assertTrue(all.contains("<a href=\"/alpha.html\">Alpha</a>"), all);
        assertTrue(all.contains("<a href=\"/beta.html\">Beta</a>"), all);
        assertTrue(all.contains("<a href=\"/blog/p.html\">A Post</a>"), all);
        assertTrue(all.contains("1 chapters, 1 posts"), all);
        assertTrue(site.read("email.html").contains("<p>Sign up for Templated</p>"));
    }

    @Test
    void linksToTemplatePagesAndKnownAddressesAreValidInCheckToo() throws Exception {
        TestSite site = site();
        CheckReport report;
        report = SiteCheck.run(BuildOptions.of(site.root(), site.output()), LinkChecker.Options.internal(),
                    LinkChecker.Progress.NONE);
        assertEquals(List.of(), report.problems().stream().filter(Diagnostic::isError).toList());
    }

    @Test
    void otherAddressesAreStillBroken() throws Exception {
        TestSite site = site();
        site.write("content/pages/01-a/02-gamma.md", "---\ntitle: Gamma\nmeta: G.\n---\n[x](/newsletters.html)"
                + " [y](/apis/x.json)\n");
        List<String> errors = TestSite.lines(site.buildErrors());
        assertEquals(2, errors.size(), String.join("\n", errors));
        assertTrue(errors.get(0).contains("broken link \"/newsletters.html\""), errors.get(0));
        assertTrue(errors.get(1).contains("broken link \"/apis/x.json\""), errors.get(1));
    }

    @Test
    void aTemplatePageAtAPagesAddressIsAClash() throws Exception {
        TestSite site = site();
        site.write("templates/pages/beta.peb", "<p>clash</p>");
        List<String> errors = TestSite.lines(site.buildErrors());
        assertTrue(errors.stream().anyMatch(e -> e.contains("page URL \"/beta.html\" is also the output of a page cairn"
                + " generates")), String.join("\n", errors));
    }

    @Test
    void knownAddressesMustBeSitePaths() throws Exception {
        TestSite site = site();
        site.write("cairn.yaml", "title: T\nlinks:\n  known: [api/]\n");
        List<String> errors = TestSite.lines(site.buildErrors());
        assertTrue(errors.stream().anyMatch(e -> e.contains("links.known must be a list of site paths")),
                String.join("\n", errors));
    }
}
