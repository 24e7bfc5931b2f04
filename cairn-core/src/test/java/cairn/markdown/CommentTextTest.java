package cairn.markdown;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The curator's comment as plain text: spaces collapsed, separators trimmed at the edges. */
class CommentTextTest {

    @Test
    void separatorsAtTheEdgesGoAndTheSentenceKeepsItsFullStop() {
        assertEquals("a fast, small web framework.", CommentText.clean(" \u2014 a fast,\n  small web framework. "));
        assertEquals("the official tutorial", CommentText.clean(": the official tutorial |"));
        assertEquals("", CommentText.clean(" - . , "));
        assertEquals("read this first: then that", CommentText.clean(".. read  this first:\tthen that ;"));
    }

    /** The two regular expressions the one-pass version replaced, as the reference. */
    @Test
    void cleansAsTheRegularExpressionsDidOnAnyMixOfSeparators() {
        Pattern edges = Pattern.compile("^[\\s\\-\u2013\u2014:,;.|]+|[\\s\\-\u2013\u2014:,;|]+$");
        Pattern spaces = Pattern.compile("\\s+");
        String alphabet = " \t\n\r\f\u000b-\u2013\u2014:,;.|ab\u00a0";
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            String expected = edges.matcher(spaces.matcher(text).replaceAll(" ")).replaceAll("").strip();
            assertEquals(expected, CommentText.clean(text), () -> "for \"" + text.replace("\n", "\\n") + "\"");
        }
    }
}
