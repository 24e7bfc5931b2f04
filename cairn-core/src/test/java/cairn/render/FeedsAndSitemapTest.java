package cairn.render;

import cairn.TestSite;
import cairn.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Atom, RSS 2.0 and the sitemap parse as XML, carry the elements their specs require, and escape titles. */
class FeedsAndSitemapTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String TRICKY = "What \"Full Stack\" & <Friends> Mean";
    private static final String TRICKY_META = "Quotes \" and ' & ampersands < less-than > in a description";

    @TempDir
    Path dir;

    private TestSite site(String config) throws Exception {
        return TestSite.of(dir, "-- cairn.yaml --\n" + config + "\n"
                + "-- content/pages/01-a/00-intro.md --\ntitle: Intro\nsortorder: \"0100\"\nmodified: 2026-03-01\n\n"
                + "Body with a [link](/blog/second.html).\n"
                + "-- content/posts/2026-01-05-first.md --\ntitle: First\ndate: 2026-01-05\nmeta: The first.\n\nOne.\n"
                + "-- content/posts/2026-02-10-second.md --\n---\ntitle: '" + TRICKY.replace("'", "''") + "'\n"
                + "date: 2026-02-10\nmodified: 2026-02-20\nauthor: Ann & Bob\ntags: [news, \"a&b\"]\n"
                + "meta: '" + TRICKY_META.replace("'", "''") + "'\nheaderimage: /img/p.png\n---\n\n"
                + "See [intro](/intro.html) and ![pic](/img/p.png).\n\n## Part\n"
                + "-- static/img/p.png --\npng\n");
    }

    private static org.w3c.dom.Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        NodeList list = ns == null ? parent.getElementsByTagName(name) : parent.getElementsByTagNameNS(ns, name);
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i).getParentNode() == parent) {
                out.add((Element) list.item(i));
            }
        }
        return out;
    }

    private static String text(Element parent, String ns, String name) {
        List<Element> found = children(parent, ns, name);
        assertEquals(1, found.size(), "one <" + name + "> in <" + parent.getTagName() + ">");
        return found.get(0).getTextContent();
    }

    @Test
    void atomFeedHasTheRequiredElementsAndAbsoluteUrls() throws Exception {
        TestSite s = site("title: Guide & Co\nbase_url: https://example.org/guide/");
        s.build();
        Element feed = xml(s.output().resolve("feeds/all.atom.xml")).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals("Guide & Co", text(feed, ATOM, "title"));
        assertEquals("https://example.org/guide/blog.html", text(feed, ATOM, "id"));
        assertEquals("2026-02-20T00:00:00Z", text(feed, ATOM, "updated"), "newest modified, never the build time");
        assertTrue(children(feed, ATOM, "link").stream().anyMatch(l -> l.getAttribute("rel").equals("self")
                && l.getAttribute("href").equals("https://example.org/guide/feeds/all.atom.xml")));
        assertFalse(text(children(feed, ATOM, "author").get(0), ATOM, "name").isEmpty());
        List<Element> entries = children(feed, ATOM, "entry");
        assertEquals(2, entries.size());
        Element newest = entries.get(0);
        assertEquals(TRICKY, text(newest, ATOM, "title"));
        assertEquals("https://example.org/guide/blog/second.html", text(newest, ATOM, "id"));
        assertEquals("2026-02-20T00:00:00Z", text(newest, ATOM, "updated"));
        assertEquals("2026-02-10T00:00:00Z", text(newest, ATOM, "published"));
        assertEquals(TRICKY_META, text(newest, ATOM, "summary"));
        assertEquals("Ann & Bob", text(children(newest, ATOM, "author").get(0), ATOM, "name"));
        Document content = Jsoup.parseBodyFragment(text(newest, ATOM, "content"));
        assertEquals("https://example.org/guide/intro.html", content.select("a").first().attr("href"));
        assertEquals("https://example.org/guide/img/p.png", content.select("img").attr("src"));
        assertTrue(content.select("a.anchor").isEmpty(), "heading anchors are left out of feeds");
    }

    @Test
    void rssFeedHasTheRequiredChannelAndItemElements() throws Exception {
        TestSite s = site("title: Guide\nbase_url: https://example.org");
        s.build();
        Element rss = xml(s.output().resolve("feed.xml")).getDocumentElement();
        assertEquals("rss", rss.getTagName());
        assertEquals("2.0", rss.getAttribute("version"));
        Element channel = children(rss, null, "channel").get(0);
        assertEquals("Guide", text(channel, null, "title"));
        assertEquals("https://example.org/blog.html", text(channel, null, "link"));
        assertFalse(text(channel, null, "description").isEmpty());
        List<Element> items = children(channel, null, "item");
        assertEquals(2, items.size());
        assertEquals(TRICKY, text(items.get(0), null, "title"));
        assertEquals("https://example.org/blog/second.html", text(items.get(0), null, "link"));
        assertEquals("Tue, 10 Feb 2026 00:00:00 GMT", text(items.get(0), null, "pubDate"));
        assertEquals("https://example.org/blog/first.html", text(items.get(1), null, "guid"));
        assertEquals(List.of("news", "a&b"), children(items.get(0), null, "category").stream()
                .map(Element::getTextContent).toList());
    }

    @Test
    void summaryFeedsCarryOnlyTheDescription() throws Exception {
        TestSite s = site("base_url: https://example.org\nfeeds:\n  content: summary");
        s.build();
        Element feed = xml(s.output().resolve("feeds/all.atom.xml")).getDocumentElement();
        assertTrue(children(children(feed, ATOM, "entry").get(0), ATOM, "content").isEmpty());
        Element item = children(children(xml(s.output().resolve("feed.xml")).getDocumentElement(), null, "channel")
                .get(0), null, "item").get(0);
        assertEquals(TRICKY_META, text(item, null, "description"));
    }

    @Test
    void sitemapListsEveryPageAndPostWithALastmodOnEveryEntryAndRobotsPointsAtIt() throws Exception {
        TestSite s = site("base_url: https://example.org");
        s.build();
        Element urlset = xml(s.output().resolve("sitemap.xml")).getDocumentElement();
        String ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        assertEquals(ns, urlset.getNamespaceURI());
        List<String> rows = new ArrayList<>();
        for (Element url : children(urlset, ns, "url")) {
            List<Element> lastmod = children(url, ns, "lastmod");
            rows.add(text(url, ns, "loc") + (lastmod.isEmpty() ? "" : " " + lastmod.get(0).getTextContent()));
        }
        assertEquals(List.of(
                "https://example.org/blog.html 2026-02-20",
                "https://example.org/blog/first.html 2026-01-05",
                "https://example.org/blog/second.html 2026-02-20",
                "https://example.org/index.html 2026-03-01",
                "https://example.org/intro.html 2026-03-01",
                "https://example.org/resources.html 2026-03-01",
                "https://example.org/table-of-contents.html 2026-03-01",
                "https://example.org/tags/a-b.html 2026-02-20",
                "https://example.org/tags/news.html 2026-02-20",
                "https://example.org/updates.html 2026-03-01"), rows);
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n", s.read("robots.txt"));
    }

    @Test
    void withoutBaseUrlFeedsAndSitemapAreLeftOutWithOneWarning() throws Exception {
        TestSite s = site("title: Guide");
        BuildResult result = s.build();
        assertFalse(Files.exists(s.output().resolve("feed.xml")));
        assertFalse(Files.exists(s.output().resolve("feeds/all.atom.xml")));
        assertFalse(Files.exists(s.output().resolve("sitemap.xml")));
        assertEquals("User-agent: *\nAllow: /\n", s.read("robots.txt"));
        assertEquals(List.of("no-base-url"), result.warnings().stream().map(cairn.Diagnostic::code).toList());
        assertTrue(Jsoup.parse(s.read("index.html")).select("link[rel=alternate]").isEmpty());
    }

    @Test
    void titlesAndDescriptionsWithQuotesAmpersandsAndAnglesStayIntactInEveryHeadTag() throws Exception {
        // without social cards, so that the site's image is every page's og:image (SocialCardsSiteTest covers cards)
        TestSite s = site("base_url: https://example.org\nimage: /img/p.png\nsocial_cards: false");
        s.build();
        Document page = Jsoup.parse(s.read("blog/second.html"));
        assertEquals(TRICKY + " · Guide", page.title());
        assertEquals(TRICKY_META, page.select("meta[name=description]").attr("content"));
        assertEquals(TRICKY, page.select("meta[property=og:title]").attr("content"));
        assertEquals(TRICKY_META, page.select("meta[property=og:description]").attr("content"));
        assertEquals("https://example.org/img/p.png", page.select("meta[property=og:image]").attr("content"));
        assertEquals("summary_large_image", page.select("meta[name=twitter:card]").attr("content"));
        assertEquals("article", page.select("meta[property=og:type]").attr("content"));
        assertEquals("https://example.org/blog/second.html", page.select("link[rel=canonical]").attr("href"));
        assertEquals("en", page.select("html").attr("lang"));
        assertEquals(List.of("/feed.xml", "/feeds/all.atom.xml", "/feeds/updates.atom.xml"),
                page.select("link[rel=alternate]").eachAttr("href"));
        // the raw source never has a bare quote or angle inside an attribute value
        String raw = s.read("blog/second.html");
        assertFalse(raw.contains("content=\"What \"Full"), raw);
        assertFalse(raw.contains("<Friends>"), "< and > are escaped");
        Document intro = Jsoup.parse(s.read("intro.html"));
        assertEquals("https://example.org/img/p.png", intro.select("meta[property=og:image]").attr("content"),
                "the site's default image");
    }

    @Test
    void twoBuildsWriteByteIdenticalFeedsSitemapAndSearchIndex() throws Exception {
        TestSite s = site("base_url: https://example.org");
        s.build();
        List<String> files = List.of("feed.xml", "feeds/all.atom.xml", "sitemap.xml", "search/index.json", "search/p/0.json", "robots.txt");
        List<byte[]> first = new ArrayList<>();
        for (String f : files) {
            first.add(Files.readAllBytes(s.output().resolve(f)));
        }
        s.build();
        for (int i = 0; i < files.size(); i++) {
            assertEquals(new String(first.get(i)), new String(Files.readAllBytes(s.output().resolve(files.get(i)))),
                    files.get(i));
        }
    }
}
