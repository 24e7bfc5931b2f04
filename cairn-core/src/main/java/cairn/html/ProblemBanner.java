package cairn.html;

import cairn.Diagnostic;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Optional;

/**
 * {@code cairn serve}'s banner for a site that has problems but can be looked at: a bar
 * at the bottom of the page that says how many errors and warnings the site has and how
 * many are on this page, and opens (a {@code <details>}, no script needed) into the list,
 * this page's problems first. Each is printed as the console prints it,
 * {@code error: file:line:col: message}, with the place linked to the page it is on.
 * The reload script's dismiss button removes it until the problems change
 * ({@link #key()}). A built site never contains it.
 */
public final class ProblemBanner implements HtmlTransform {

    public static final String ID = "cairn-problems";
    /** At most this many problems of other pages are listed; the console has them all. */
    static final int MAX_ELSEWHERE = 200;
    private static final String STYLE = "position:fixed;left:0;right:0;bottom:0;z-index:2147483646;max-height:60vh;"
            + "overflow:auto;margin:0;padding:.5rem 6rem .5rem 1rem;background:#fff4d6;color:#2e2100;"
            + "font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;border-top:3px solid #d99a00;"
            + "box-shadow:0 -4px 18px rgba(0,0,0,.25);text-align:left";
    private static final String LIST = "margin:.25rem 0 .5rem;padding-left:1.5rem;white-space:normal";
    private static final String LINK = "color:inherit;text-decoration:underline";

    /** One problem and the site path of the page it is in, when it is in a page. */
    public record Item(Diagnostic diagnostic, Optional<String> page) {
    }

    private final String markup;
    private final String key;

    /**
     * {@code here} are the problems of the page being shown, {@code elsewhere} those of the
     * rest of the site (both in the order to list them).
     */
    public ProblemBanner(List<Item> here, List<Item> elsewhere) {
        long errors = count(here, true) + count(elsewhere, true);
        long warnings = here.size() + elsewhere.size() - errors;
        int hash = 0; // the same on every page: the union of here and elsewhere, in any order
        for (List<Item> items : List.of(here, elsewhere)) {
            for (Item item : items) {
                hash += item.diagnostic().toString().hashCode();
            }
        }
        this.key = Integer.toHexString(hash);
        Element box = new Element("div").id(ID).attr("role", "status").attr("data-cairn-key", key)
                .attr("style", STYLE);
        Element details = box.appendElement("details");
        Element summary = details.appendElement("summary").attr("style", "cursor:pointer");
        String counts = errors == 0 ? counted(warnings, "warning") : warnings == 0 ? counted(errors, "error")
                : counted(errors, "error") + ", " + counted(warnings, "warning");
        summary.appendElement("strong").text("cairn: " + counts);
        summary.appendText(" · " + (here.isEmpty() ? "none" : here.size()) + " on this page");
        details.appendElement("div").text("Every page is served anyway"
                + (errors > 0 ? "; cairn build and serve --strict stop on the errors." : "."));
        if (!here.isEmpty()) {
            details.appendElement("div").appendElement("strong").text("On this page");
            list(details, here);
        }
        if (!elsewhere.isEmpty()) {
            details.appendElement("div").appendElement("strong").text("Elsewhere");
            list(details, elsewhere.subList(0, Math.min(MAX_ELSEWHERE, elsewhere.size())));
            if (elsewhere.size() > MAX_ELSEWHERE) {
                details.appendElement("div").text("… and " + (elsewhere.size() - MAX_ELSEWHERE)
                        + " more; the terminal lists them all");
            }
        }
        box.appendElement("button").attr("type", "button").attr("data-cairn-dismiss", "")
                .attr("style", "position:absolute;top:.4rem;right:.75rem;font:inherit;cursor:pointer")
                .text("Dismiss");
        this.markup = outer(box);
    }

    /** Identifies the list of problems: a dismissed banner stays away until it changes. */
    public String key() {
        return key;
    }

    @Override
    public String apply(String html) {
        return BodyEnd.insert(html, markup);
    }

    private static void list(Element parent, List<Item> items) {
        Element ol = parent.appendElement("ol").attr("style", LIST);
        for (Item item : items) {
            Diagnostic d = item.diagnostic();
            Element li = ol.appendElement("li");
            li.appendText(d.severity().label() + ": ");
            String place = d.where().toString();
            if (!place.isEmpty()) {
                if (item.page().isPresent()) {
                    li.appendElement("a").attr("href", item.page().get()).attr("style", LINK).text(place);
                } else {
                    li.appendText(place);
                }
                li.appendText(": ");
            }
            li.appendText(d.message());
        }
    }

    /** Without pretty-printing: no whitespace of jsoup's indenting ends up between the lines. */
    static String outer(Element element) {
        org.jsoup.nodes.Document holder = org.jsoup.nodes.Document.createShell("");
        holder.outputSettings().prettyPrint(false);
        holder.body().appendChild(element);
        return element.outerHtml();
    }

    private static long count(List<Item> items, boolean errors) {
        return items.stream().filter(i -> i.diagnostic().isError() == errors).count();
    }

    private static String counted(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
