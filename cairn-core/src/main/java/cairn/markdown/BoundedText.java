package cairn.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Markdown as flexmark reads it, with a budget of character reads. Some of flexmark's
 * regular expressions backtrack exponentially on rare input: its link-reference pattern takes
 * minutes on a paragraph that starts with {@code [} followed by two dozen backslash escapes
 * ({@code \!\!\!…}) and no {@code ]}, found by the fuzzer. Java's regex engine cannot be
 * interrupted, but it reads the text through {@link #charAt}, so counting the reads bounds the
 * work: a page that needs more than {@link #BASE_READS} (a second or two of backtracking) plus
 * {@link #READS_PER_CHAR} reads a character (real pages need about 8) stops with
 * {@link Exhausted}, which the caller turns into a diagnostic, instead of hanging the build.
 * Reading through this class costs no measurable time against a plain {@code String}.
 */
final class BoundedText implements CharSequence {

    /** Character reads allowed per character of text, on top of {@link #BASE_READS}. */
    static final long READS_PER_CHAR = 1_000;
    static final long BASE_READS = 50_000_000;

    private final String text;
    private final long budget;
    private long reads;

    private BoundedText(String text, long budget) {
        this.text = text;
        this.budget = budget;
    }

    /** {@code text} for flexmark's parser, with the default budget. */
    static BasedSequence of(String text) {
        return BasedSequence.of(new BoundedText(text, BASE_READS + READS_PER_CHAR * text.length()));
    }

    /** {@code text} with a budget of {@code reads} character reads, for tests. */
    static BasedSequence of(String text, long reads) {
        return BasedSequence.of(new BoundedText(text, reads));
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        if (++reads > budget) {
            throw new Exhausted(index);
        }
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }

    /** The budget ran out; {@link #at()} is the offset read last, where the parser was working. */
    static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient int at;

        Exhausted(int at) {
            super("the Markdown parser gave up after too many steps", null, false, false);
            this.at = at;
        }

        int at() {
            return at;
        }
    }
}
