package cairn.render.cards;

/**
 * Deflate's fixed Huffman codes (RFC 1951, 3.2.6), as {@link IndexedPng} and
 * {@link GlyphCodes} write them: each code bit-reversed for LSB-first output, a match's
 * length code joined with its extra bits, and the same for the distances a card's rows use.
 */
final class FixedHuffman {

    static final int MAX_MATCH = 258;
    /** Fixed Huffman code of each literal/length symbol, bit-reversed for LSB-first output, and its length. */
    static final int[] LIT_CODE = new int[288];
    static final int[] LIT_BITS = new int[288];
    /** Per match length 3..258: its symbol's code followed by its extra bits, and how many bits that is. */
    static final int[] LEN_CODE = new int[MAX_MATCH + 1];
    static final int[] LEN_CODE_BITS = new int[MAX_MATCH + 1];
    private static final int[] LEN_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
        67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LEN_EXTRA_TABLE = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4,
        4, 4, 5, 5, 5, 5, 0};
    private static final int[] DIST_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
        769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};

    /** The farthest back a match within a row reaches: an image's width. */
    static final int MAX_ROW_DISTANCE = 4096;
    /** Per distance up to {@link #MAX_ROW_DISTANCE}: its code followed by its extra bits, and how many bits that is. */
    static final int[] DIST_CODE = new int[MAX_ROW_DISTANCE + 1];
    static final int[] DIST_CODE_BITS = new int[MAX_ROW_DISTANCE + 1];

    private FixedHuffman() {
    }

    static {
        for (int s = 0; s < 288; s++) {
            int code;
            int bits;
            if (s < 144) {
                code = 0x30 + s;
                bits = 8;
            } else if (s < 256) {
                code = 0x190 + s - 144;
                bits = 9;
            } else if (s < 280) {
                code = s - 256;
                bits = 7;
            } else {
                code = 0xc0 + s - 280;
                bits = 8;
            }
            LIT_CODE[s] = Integer.reverse(code) >>> (32 - bits);
            LIT_BITS[s] = bits;
        }
        for (int i = 0; i < LEN_BASE.length; i++) {
            int last = i + 1 < LEN_BASE.length ? LEN_BASE[i + 1] - 1 : MAX_MATCH;
            if (i == LEN_BASE.length - 2) {
                last = 257; // 227..257 share symbol 284; 258 has its own
            }
            for (int len = LEN_BASE[i]; len <= last; len++) {
                int symbol = 257 + i;
                LEN_CODE[len] = LIT_CODE[symbol] | (len - LEN_BASE[i]) << LIT_BITS[symbol];
                LEN_CODE_BITS[len] = LIT_BITS[symbol] + LEN_EXTRA_TABLE[i];
            }
        }
        for (int d = 1; d <= MAX_ROW_DISTANCE; d++) {
            int[] code = distanceCode(d);
            DIST_CODE[d] = code[0];
            DIST_CODE_BITS[d] = code[1];
        }
    }

    /** The distance code of {@code distance} followed by its extra bits, as written after a length, and how many bits that is. */
    static int[] distanceCode(int distance) {
        int code = 0;
        while (code + 1 < DIST_BASE.length && DIST_BASE[code + 1] <= distance) {
            code++;
        }
        int extra = code < 4 ? 0 : code / 2 - 1;
        return new int[] {Integer.reverse(code) >>> 27 | (distance - DIST_BASE[code]) << 5, 5 + extra};
    }
}
