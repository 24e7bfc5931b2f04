package cairn.content;

import cairn.DiagnosticException;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterParserTest {

    private static SourceFile file(String text) throws Exception {
        return SourceFile.decode(Path.of("a.md"), Path.of("content/a.md"), text.getBytes(StandardCharsets.UTF_8));
    }

    private static FrontMatter parse(String text) throws Exception {
        return FrontMatterParser.parse(file(text));
    }

    @Test
    void keepsYamlSortorderAsStringWithLeadingZero() throws Exception {
        FrontMatter fm = parse("---\ntitle: Data\nsortorder: 0313\n---\nBody\n");
        assertEquals(FrontMatter.Style.YAML, fm.style());
        assertEquals("0313", fm.string("sortorder").orElseThrow());
    }

    @Test
    void keepsMetaSortorderAsString() throws Exception {
        FrontMatter fm = parse("title: Data\nsortorder: 0313\n\nBody\n");
        assertEquals(FrontMatter.Style.META, fm.style());
        assertEquals("0313", fm.string("sortorder").orElseThrow());
    }

    @Test
    void metaValuesKeepColonsQuotesAndApostrophes() throws Exception {
        FrontMatter fm = parse("title: Python 2 or 3: which one?\nmeta: It's \"easy\": really\n\nBody");
        assertEquals("Python 2 or 3: which one?", fm.string("title").orElseThrow());
        assertEquals("It's \"easy\": really", fm.string("meta").orElseThrow());
    }

    @Test
    void metaKeysAreCaseInsensitiveAndContinuationLinesJoin() throws Exception {
        FrontMatter fm = parse("Title: Long\n    continued title\nSLUG: long\n\nBody");
        assertEquals("Long continued title", fm.string("title").orElseThrow());
        assertEquals("long", fm.string("slug").orElseThrow());
    }

    @Test
    void acceptsPythonStyleBooleans() throws Exception {
        FrontMatter fm = parse("title: T\ntoc: True\ndraft: no\n\nBody");
        assertTrue(fm.bool("toc").orElseThrow());
        assertFalse(fm.bool("draft").orElseThrow());
        assertTrue(FrontMatter.parseBoolean("yes").orElseThrow());
        assertTrue(FrontMatter.parseBoolean("TRUE").orElseThrow());
        assertTrue(FrontMatter.parseBoolean("maybe").isEmpty());
    }

    @Test
    void bodyOffsetPointsAfterTheBlankLineOfMetaStyle() throws Exception {
        SourceFile f = file("title: T\nslug: t\n\nFirst line of body\n");
        FrontMatter fm = FrontMatterParser.parse(f);
        assertEquals("First line of body\n", f.text().substring(fm.bodyOffset()));
        assertEquals(4, f.lineOf(fm.bodyOffset()));
    }

    @Test
    void handlesCrlfAndBom() throws Exception {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] text = "---\r\ntitle: Win\r\nsortorder: 0101\r\n---\r\nBody\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        SourceFile f = SourceFile.decode(Path.of("a.md"), Path.of("a.md"), all);
        FrontMatter fm = FrontMatterParser.parse(f);
        assertEquals("Win", fm.string("title").orElseThrow());
        assertEquals("0101", fm.string("sortorder").orElseThrow());
        assertEquals("Body\n", f.text().substring(fm.bodyOffset()));
    }

    @Test
    void metaStyleWithCrlfLineEndings() throws Exception {
        FrontMatter fm = parse("title: Win\r\ntoc: False\r\n\r\nBody\r\n");
        assertEquals("Win", fm.string("title").orElseThrow());
        assertFalse(fm.bool("toc").orElseThrow());
    }

    @Test
    void yamlListsAndCommaSeparatedMetaListsBothWork() throws Exception {
        assertEquals(List.of("a", "b"), parse("---\ntitle: T\nsee_also: [a, b]\n---\n").list("see_also"));
        assertEquals(List.of("a", "b"), parse("title: T\nsee_also: a, b\n\n").list("see_also"));
    }

    @Test
    void reportsUnterminatedYamlBlockAtLineOne() {
        var e = assertThrows(DiagnosticException.class,
                () -> parse("---\ntitle: T\nBody without end\n"));
        assertEquals("content/a.md:1:1", e.diagnostic().where().toString());
        assertTrue(e.diagnostic().message().contains("no closing \"---\""), e.diagnostic().message());
    }

    @Test
    void reportsYamlSyntaxErrorAtItsLineInTheFile() {
        var e = assertThrows(DiagnosticException.class,
                () -> parse("---\ntitle: T\nmeta: [unclosed\nslug: x\n---\n"));
        assertEquals(4, e.diagnostic().where().line(), e.diagnostic().toString());
    }

    @Test
    void reportsDuplicateKeysWithBothLines() {
        var e = assertThrows(DiagnosticException.class,
                () -> parse("---\ntitle: A\nslug: a\ntitle: B\n---\n"));
        assertEquals("content/a.md:4:1", e.diagnostic().where().toString());
        assertEquals("duplicate key \"title\" (first set on line 2)", e.diagnostic().message());
    }

    @Test
    void rejectsYamlThatIsNotAMapping() {
        var e = assertThrows(DiagnosticException.class, () -> parse("---\n- a\n- b\n---\n"));
        assertEquals("expected a mapping of keys to values, found a list", e.diagnostic().message());
    }

    @Test
    void noFrontMatterLeavesTheWholeFileAsBody() throws Exception {
        FrontMatter fm = parse("# Just a heading\n\nText");
        assertEquals(FrontMatter.Style.NONE, fm.style());
        assertEquals(0, fm.bodyOffset());
    }
}
