package cairn.html;

import cairn.Diagnostic;
import cairn.SourcePos;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReloadScriptTest {

    private final ReloadScript reload = new ReloadScript("/__cairn/reload.js");
    private static final String TAG = "<script src=\"/__cairn/reload.js\" defer></script>";

    @Test
    void insertsTheScriptBeforeTheClosingBodyTagAndChangesNothingElse() {
        String page = "<!DOCTYPE html>\n<html>\n<head><title>x</title></head>\n<body class=\"a\">\n"
                + "<p>Caf\u00e9 &amp; <b>bold</b></p>\n</body>\n</html>\n";
        assertEquals(page.replace("</body>", TAG + "</body>"), reload.apply(page));
    }

    @Test
    void aClosingBodyTagInsideAScriptOrCommentIsNotTheEndOfTheBody() {
        String page = "<html><body><script>var s = '</body>';</script><!-- </body> --><p>x</p></body></html>";
        String out = reload.apply(page);
        assertTrue(out.endsWith("<p>x</p>" + TAG + "</body></html>"), out);
        assertTrue(out.contains("var s = '</body>';"), out);
    }

    @Test
    void aPageWithoutAClosingBodyTagGetsTheScriptAtTheEnd() {
        assertEquals("<p>fragment</p>" + TAG, reload.apply("<p>fragment</p>"));
    }

    @Test
    void errorOverlayShowsFileLineColumnAndEscapesMessages() {
        Diagnostic d = Diagnostic.error("front-matter", new SourcePos(Path.of("content/a.md"), 2, 8),
                "invalid YAML near <script>alert(1)</script>");
        String out = new ErrorOverlay(List.of(d), "errors").apply("<html><body><p>page</p></body></html>");
        assertTrue(out.contains("error: content/a.md:2:8: invalid YAML near &lt;script&gt;"), out);
        assertFalse(out.contains("<script>alert(1)"), out);
        assertTrue(out.indexOf("<p>page</p>") < out.indexOf(ErrorOverlay.ID), "the page is kept under the overlay");
    }
}
