package cairn.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Inserts markup just before a page's {@code </body>}. jsoup finds the closing tag with
 * source positions on (a {@code "</body>"} inside a script or a comment is not it), and
 * the page is spliced, not re-serialised, so the rest of it stays byte for byte.
 */
final class BodyEnd {

    private BodyEnd() {
    }

    static String insert(String html, String markup) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Range end = doc.body().endSourceRange();
        int at = end.isTracked() && !end.isImplicit() ? end.startPos() : html.length();
        return html.substring(0, at) + markup + html.substring(at);
    }
}
