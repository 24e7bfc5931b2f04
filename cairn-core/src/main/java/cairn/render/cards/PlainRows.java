package cairn.render.cards;

import static cairn.render.cards.FixedHuffman.DIST_CODE;
import static cairn.render.cards.FixedHuffman.DIST_CODE_BITS;
import static cairn.render.cards.FixedHuffman.LEN_CODE;
import static cairn.render.cards.FixedHuffman.LEN_CODE_BITS;
import static cairn.render.cards.FixedHuffman.LIT_BITS;
import static cairn.render.cards.FixedHuffman.LIT_CODE;
import static cairn.render.cards.FixedHuffman.MAX_MATCH;
import static cairn.render.cards.FixedHuffman.MAX_ROW_DISTANCE;

/**
 * The plain rows of a card ({@link RowGlyphs}: background but for glyph rows that touch
 * nothing else), compressed and summed for {@link IndexedPng} from what the canvas recorded,
 * without reading the row.
 */
final class PlainRows {

    private PlainRows() {
    }

    /**
     * Writes plain row {@code r} of an image {@code stride} bytes a row without searching it:
     * the background between glyph rows as runs of the byte before, each glyph row from its
     * codes ({@link GlyphCodes}: with matches one row up where the row above holds the glyph's
     * previous row and nothing else there), or as one match back to the same glyph row drawn
     * earlier in this row.
     */
    static void write(byte[] raw, int stride, int r, RowGlyphs glyphs, BitWriter bits) {
        int rowStart = r * stride;
        boolean zeroBefore = rowStart > 0 && raw[rowStart - 1] == 0;
        boolean abovePlain = r > 0 && glyphs.plain(r - 1);
        int search = 0; // where to look for the next glyph in the row above
        int at = 0;
        int n = glyphs.count(r);
        for (int k = 0; k < n; k++) {
            int column = glyphs.column(r, k);
            int end = glyphs.end(r, k);
            int w = end - column;
            zeros(1 + column - at, zeroBefore, bits);
            int distance = glyphs.distance(r, k);
            if (distance > 0 && w >= 3 && w <= MAX_MATCH && distance <= MAX_ROW_DISTANCE) {
                bits.write(LEN_CODE[w] | DIST_CODE[distance] << LEN_CODE_BITS[w], LEN_CODE_BITS[w] + DIST_CODE_BITS[distance]);
            } else {
                int maskRow = glyphs.maskRow(r, k);
                boolean above = false;
                if (abovePlain && maskRow > 0) {
                    int found = glyphs.aboveHolds(r, glyphs.number(r, k), column, end, search);
                    above = found >= 0;
                    search = above ? found : -found - 1;
                }
                glyphs.mask(r, k).codes(stride).write(maskRow, above, bits);
            }
            zeroBefore = false; // a glyph row ends with its last pixel that is not background
            at = 1 + end;
        }
        zeros(stride - at, zeroBefore, bits);
    }

    /**
     * {@code sum} (an Adler-32) followed by plain row {@code r}: its bytes are background (0)
     * but for the glyph rows, whose sums are kept with their glyphs, so the row is not read.
     */
    static long adler(long sum, int stride, int r, RowGlyphs glyphs) {
        final long base = 65521;
        long length = stride;
        long s1 = 0;
        long s2 = 0;
        for (int k = 0; k < glyphs.count(r); k++) {
            Glyphs.Mask mask = glyphs.mask(r, k);
            int maskRow = glyphs.maskRow(r, k);
            long at = 1 + glyphs.column(r, k); // the byte's place in the row, after the filter byte
            long bytes = mask.sum(maskRow);
            s1 += bytes;
            s2 += (length - at) * bytes - mask.weightedSum(maskRow);
        }
        long a = sum & 0xffff;
        long b = (sum >>> 16) & 0xffff;
        long a2 = (a + s1) % base;
        long b2 = (b + length * a + s2) % base;
        return a2 | b2 << 16;
    }

    /** Writes {@code n} zero bytes: runs of the byte before, after a literal zero when that byte is not one. */
    private static void zeros(int n, boolean zeroBefore, BitWriter bits) {
        if (n <= 0) {
            return;
        }
        if (!zeroBefore) {
            bits.write(LIT_CODE[0], LIT_BITS[0]);
            n--;
        }
        while (n >= 3) {
            int length = Math.min(MAX_MATCH, n);
            if (n - length == 1 || n - length == 2) {
                length -= 3; // leave a run of three, not one or two bytes a run cannot take
            }
            bits.write(LEN_CODE[length], LEN_CODE_BITS[length] + 5); // distance 1: code 0, five zero bits
            n -= length;
        }
        for (; n > 0; n--) {
            bits.write(LIT_CODE[0], LIT_BITS[0]);
        }
    }
}
