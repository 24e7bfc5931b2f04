package cairn.content;

import java.util.List;

/**
 * The generated table of contents of a one-file guide, as HTML inside the Markdown of
 * the home page (and of each chapter's first page): the categories with their entry
 * counts, each link written as the file's own {@code #anchor} (the site turns it into the
 * page's address) and carrying that anchor in {@code data-anchor}, so the home page can
 * send an old {@code README.md#anchor} address to its page. Without JavaScript it is the
 * list of links a reader follows by hand.
 */
final class OneFileContents {

    /** The id of the generated Contents heading on the home page (GitHub's anchor of "Contents"). */
    static final String ID = "contents";

    /** A category (or chapter) and what is under it. */
    record Node(String title, String anchor, int entries, List<Node> children) {
        Node {
            children = List.copyOf(children);
        }
    }

    private OneFileContents() {
    }

    static String home(List<Node> nodes) {
        if (nodes.isEmpty()) {
            return "";
        }
        return "<h2 id=\"" + ID + "\">Contents</h2>\n" + list(nodes);
    }

    static String list(List<Node> nodes) {
        StringBuilder sb = new StringBuilder();
        sb.append("<ul class=\"onefile-contents\">\n");
        nodes.forEach(n -> item(sb, n));
        sb.append("</ul>\n");
        return sb.toString();
    }

    private static void item(StringBuilder sb, Node n) {
        sb.append("<li><a href=\"#").append(escape(n.anchor())).append("\" data-anchor=\"").append(escape(n.anchor()))
                .append("\">").append(escape(n.title())).append("</a>");
        if (n.entries() > 0) {
            sb.append(" <span class=\"entry-count\">").append(n.entries()).append("</span>");
        }
        if (!n.children().isEmpty()) {
            sb.append("\n<ul>\n");
            n.children().forEach(c -> item(sb, c));
            sb.append("</ul>");
        }
        sb.append("</li>\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
