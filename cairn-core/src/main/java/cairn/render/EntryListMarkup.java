package cairn.render;

import cairn.content.PageSource;
import cairn.site.Resource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes a one-file guide's category page scannable: each list item that starts with a
 * link to elsewhere ({@code - [Name](url) - description.}) becomes an entry with its
 * name, its domain and its description without the separator, in the classes the theme
 * lays out as a dense list and {@code onefile.js} filters. Other pages are returned as
 * they are.
 */
final class EntryListMarkup {

    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:[-–—:]\\s*)?");
    private static final Pattern EXTERNAL = Pattern.compile("^https?://.*", Pattern.CASE_INSENSITIVE);

    private EntryListMarkup() {
    }

    static String apply(String html, PageSource page) {
        String kind = page.frontMatter().string("onefile").orElse("");
        if (!kind.equals("category") && !kind.equals("chapter")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element li : doc.body().select("li")) {
            entry(li);
        }
        for (Element list : doc.body().select("ul:has(> li.entry)")) {
            list.addClass("entries");
        }
        return doc.body().html();
    }

    private static void entry(Element li) {
        Node first = li.childNodeSize() == 0 ? null : li.childNode(0);
        if (first instanceof Element p && p.normalName().equals("p")) { // a loose list: the item's paragraph
            entry(li, p);
            return;
        }
        entry(li, li);
    }

    private static void entry(Element li, Element holder) {
        Node first = holder.childNodeSize() == 0 ? null : holder.childNode(0);
        if (!(first instanceof Element a) || !a.normalName().equals("a") || !EXTERNAL.matcher(a.attr("href")).matches()) {
            return;
        }
        String domain = Resource.domainOf(a.attr("href"));
        li.addClass("entry").attr("data-domain", domain);
        a.addClass("entry-name");
        List<Node> rest = new ArrayList<>();
        for (Node n = a.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof Element e && (e.normalName().equals("ul") || e.normalName().equals("ol"))) {
                break;
            }
            rest.add(n);
        }
        Element desc = new Element("span").addClass("entry-desc");
        for (Node n : rest) {
            n.remove();
            desc.appendChild(n);
        }
        if (desc.childNodeSize() > 0 && desc.childNode(0) instanceof TextNode t) {
            t.text(SEPARATOR.matcher(t.getWholeText()).replaceFirst(""));
        }
        a.after(desc);
        a.after(new Element("span").addClass("entry-domain").text(domain));
    }
}
