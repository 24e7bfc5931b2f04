package cairn.render.cards;

/**
 * Each row of one glyph compressed once, for the plain rows of cards ({@link RowGlyphs}):
 * the deflate symbols (fixed Huffman codes, as {@link IndexedPng} writes them) of the row's
 * ink (from its first pixel to its last that is not background), in two forms: with matches
 * one image row up, for when the row above holds the glyph's previous row and nothing else
 * at those columns, and without. Within a row: the longest match one row up, else a run of
 * the byte before (from the row's second byte on, so nothing outside the glyph is referred
 * to), else a literal. Immutable once made.
 */
final class GlyphCodes {

    private final int stride;
    private final int[][] words;
    private final int[] bits;

    /** The codes of {@code mask}'s rows in an image {@code stride} bytes a row. */
    GlyphCodes(Glyphs.Mask mask, int stride) {
        this.stride = stride;
        int h = mask.height();
        this.words = new int[2 * h][];
        this.bits = new int[2 * h];
        int[] up = FixedHuffman.distanceCode(stride);
        for (int row = 0; row < h; row++) {
            for (int withAbove = 0; withAbove < 2; withAbove++) {
                if (withAbove == 1 && row == 0) {
                    continue;
                }
                BitWriter out = new BitWriter(64);
                encode(mask, row, withAbove == 1, up, out);
                words[2 * row + withAbove] = out.words();
                bits[2 * row + withAbove] = out.bitCount();
            }
        }
    }

    int stride() {
        return stride;
    }

    /** Writes row {@code row}'s codes, with matches one row up when {@code withAbove} (and the row is not the first). */
    void write(int row, boolean withAbove, BitWriter out) {
        int at = 2 * row + (withAbove && row > 0 ? 1 : 0);
        out.writeWords(words[at], bits[at]);
    }

    private static void encode(Glyphs.Mask mask, int row, boolean withAbove, int[] up, BitWriter out) {
        int w = mask.width();
        byte[] p = mask.pixels();
        int start = row * w;
        int j = mask.inkStart()[row];
        int end = mask.inkEnd()[row];
        int first = j;
        while (j < end) {
            int max = Math.min(FixedHuffman.MAX_MATCH, end - j);
            int b = p[start + j];
            int above = 0;
            if (withAbove) {
                while (above < max && p[start + j + above] == p[start - w + j + above]) {
                    above++;
                }
            }
            int run = 0;
            if (j > first) {
                while (run < max && p[start + j + run] == p[start + j - 1]) {
                    run++;
                }
            }
            if (run >= 3 && run > above) {
                out.write(FixedHuffman.LEN_CODE[run], FixedHuffman.LEN_CODE_BITS[run] + 5); // distance 1: code 0
                j += run;
            } else if (above >= 3) {
                out.write(FixedHuffman.LEN_CODE[above], FixedHuffman.LEN_CODE_BITS[above]);
                out.write(up[0], up[1]);
                j += above;
            } else {
                out.write(FixedHuffman.LIT_CODE[b & 0xff], FixedHuffman.LIT_BITS[b & 0xff]);
                j++;
            }
        }
    }
}
