package cairn.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerminalProgressTest {

    @Test
    void drawsDoneOverTotalOnOneLineAndErasesItAtTheEnd() {
        StringWriter err = new StringWriter();
        try (TerminalProgress p = new TerminalProgress(new PrintWriter(err), true)) {
            p.update(3, 3);
        }
        assertTrue(err.toString().startsWith("\rchecked 3/3 external URLs ("), err.toString());
        assertTrue(err.toString().endsWith("\r"), "the line is erased");
    }

    @Test
    void isSilentWhenNotATerminal() {
        StringWriter err = new StringWriter();
        try (TerminalProgress p = new TerminalProgress(new PrintWriter(err), false)) {
            p.update(1, 2);
            p.update(2, 2);
        }
        assertEquals("", err.toString());
    }
}
