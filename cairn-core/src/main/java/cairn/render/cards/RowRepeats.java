package cairn.render.cards;

import java.util.Arrays;

/**
 * Where a card's rows may repeat bytes from earlier in the same row: each span is where a
 * glyph was drawn again further along its line, with the distance back to where it was
 * drawn before. {@link IndexedPng} tries a match at that distance inside the span (and
 * checks it byte by byte, so a span made wrong by a neighbouring glyph's pixels costs only
 * the check): a repeated letter becomes one match a row instead of a literal per pixel.
 * Spans are kept per row in the order they are added, which must be left to right; a
 * span out of order, or past {@link #PER_ROW} in a row, is dropped.
 */
final class RowRepeats {

    /** The most spans a row keeps. */
    static final int PER_ROW = 64;

    /** Per row, {@link #PER_ROW} triples: first index, end index (in the image's rows array) and distance. */
    final int[] spans;
    /** How many spans each row has. */
    final int[] count;

    RowRepeats(int height) {
        this.spans = new int[height * PER_ROW * 3];
        this.count = new int[height];
    }

    /** Notes that {@code raw[from..to)} of row {@code row} may repeat the bytes {@code distance} before it. */
    void add(int row, int from, int to, int distance) {
        int c = count[row];
        int at = (row * PER_ROW + c) * 3;
        if (c == PER_ROW || c > 0 && spans[at - 3] >= from || distance < 1
                || distance > IndexedPng.MAX_REPEAT_DISTANCE || from >= to) {
            return;
        }
        spans[at] = from;
        spans[at + 1] = to;
        spans[at + 2] = distance;
        count[row] = c + 1;
    }

    /** Forgets the spans of rows {@code from} to {@code to} (exclusive). */
    void clear(int from, int to) {
        Arrays.fill(count, from, to, 0);
    }
}
