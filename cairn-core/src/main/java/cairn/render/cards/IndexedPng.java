package cairn.render.cards;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

import static cairn.render.cards.FixedHuffman.DIST_CODE;
import static cairn.render.cards.FixedHuffman.DIST_CODE_BITS;
import static cairn.render.cards.FixedHuffman.LEN_CODE;
import static cairn.render.cards.FixedHuffman.LEN_CODE_BITS;
import static cairn.render.cards.FixedHuffman.LIT_BITS;
import static cairn.render.cards.FixedHuffman.LIT_CODE;
import static cairn.render.cards.FixedHuffman.MAX_MATCH;
import static cairn.render.cards.FixedHuffman.MAX_ROW_DISTANCE;
import static cairn.render.cards.FixedHuffman.distanceCode;

/**
 * A palette PNG (colour type 3, 8 bits a pixel) with no metadata: signature, IHDR, PLTE,
 * one IDAT, IEND. The image data is compressed by this class, not by
 * {@link java.util.zip.Deflater}: one deflate block with the fixed Huffman codes, and only
 * two kinds of match, a run of the byte before (distance 1) and the same bytes one row up
 * (distance one row). That suits cards, whose rows are mostly background with antialiased
 * text in them, costs one pass with no hashing (a fraction of zlib's time at its fastest
 * level), and makes the bytes a function of the pixels alone, whatever zlib the platform has.
 *
 * <p>{@code raw} holds the rows as PNG wants them: each row a filter byte (0: none) and then
 * one palette index per pixel.
 */
final class IndexedPng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] IDAT = "IDAT".getBytes(StandardCharsets.US_ASCII);
    /** The IEND chunk, the same in every PNG. */
    private static final byte[] IEND;

    static {
        ByteArrayOutputStream end = new ByteArrayOutputStream(12);
        chunk(end, "IEND", new byte[0], 0);
        IEND = end.toByteArray();
    }

    private final int width;
    private final int height;
    private final byte[] header;
    private final int top;
    private final int bottom;
    private final BitWriter prefix;
    private final BitWriter suffix;
    private final long prefixAdler;
    private final long suffixAdler;
    /** Each thread's bit writer, kept from one image to the next. */
    private final ThreadLocal<BitWriter> work = ThreadLocal.withInitial(() -> new BitWriter(64 * 1024));
    /** The Adler-32 of each of the template's rows {@code top..bottom}: a row an image leaves alone is not summed again. */
    private final long[] rowAdler;
    /** Which of the template's rows {@code top..bottom} repeat the row above them. */
    private final boolean[] repeats;

    /**
     * An encoder for images of which only rows {@code top} to {@code bottom} (exclusive)
     * differ from {@code template}: the other rows are compressed once, here, and their
     * bits reused for every image. The rows {@code top - 1} and {@code bottom - 1} of every
     * image must equal the template's, since the rows after them are compressed against them.
     */
    IndexedPng(int width, int height, int[] palette, byte[] template, int top, int bottom) {
        if (template.length != height * (width + 1) || palette.length == 0 || palette.length > 256
                || top < 0 || bottom < top || bottom > height) {
            throw new IllegalArgumentException("image data does not match " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.top = top;
        this.bottom = bottom;
        ByteArrayOutputStream head = new ByteArrayOutputStream(1024);
        head.writeBytes(SIGNATURE);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, width);
        putInt(ihdr, 4, height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 3; // palette
        chunk(head, "IHDR", ihdr, ihdr.length);
        byte[] plte = new byte[palette.length * 3];
        for (int i = 0; i < palette.length; i++) {
            plte[i * 3] = (byte) (palette[i] >> 16);
            plte[i * 3 + 1] = (byte) (palette[i] >> 8);
            plte[i * 3 + 2] = (byte) palette[i];
        }
        chunk(head, "PLTE", plte, plte.length);
        this.header = head.toByteArray();
        int stride = width + 1;
        this.prefix = new BitWriter(1024);
        prefix.write(0x78, 8); // zlib header: deflate, 32K window
        prefix.write(0x01, 8);
        prefix.write(1, 1); // one block, the final one
        prefix.write(1, 2); // fixed Huffman codes
        deflate(template, stride, 0, top * stride, top * stride, prefix);
        this.suffix = new BitWriter(1024);
        deflate(template, stride, bottom * stride, height * stride, height * stride, suffix);
        this.prefixAdler = adler(template, 0, top * stride);
        this.suffixAdler = adler(template, bottom * stride, height * stride);
        this.rowAdler = new long[bottom - top];
        this.repeats = new boolean[bottom - top];
        for (int r = top; r < bottom; r++) {
            rowAdler[r - top] = adler(template, r * stride, (r + 1) * stride);
            repeats[r - top] = r > 0 && Arrays.equals(template, r * stride, (r + 1) * stride,
                    template, (r - 1) * stride, r * stride);
        }
    }

    /** Encodes one image ({@code raw}: its rows, each a filter byte 0 and a palette index per pixel). */
    static byte[] encode(int width, int height, int[] palette, byte[] raw) {
        return new IndexedPng(width, height, palette, raw, 0, height).encode(raw);
    }

    /** The PNG of {@code raw}, whose rows outside {@code top..bottom} are the template's. */
    byte[] encode(byte[] raw) {
        boolean[] changed = new boolean[height];
        Arrays.fill(changed, true);
        return encode(raw, changed, null);
    }

    /**
     * The PNG of {@code raw}, whose rows outside {@code top..bottom}, and those inside that
     * {@code changed} does not flag, are the template's; {@code glyphs} (or null) says which
     * changed rows are plain glyph rows over background. Without {@code glyphs} the bytes are
     * those of {@link #encode(byte[])}.
     */
    byte[] encode(byte[] raw, boolean[] changed, RowGlyphs glyphs) {
        int stride = width + 1;
        BitWriter bits = work.get();
        bits.copyFrom(prefix);
        int i = top * stride;
        int r = top;
        while (r < bottom) {
            if (writtenFromGlyphs(glyphs, changed, r)) {
                PlainRows.write(raw, stride, r, glyphs, bits);
                r++;
                i = r * stride;
                continue;
            }
            int next = r + 1;
            while (next < bottom && !writtenFromGlyphs(glyphs, changed, next)) {
                next++;
            }
            i = compress(raw, changed, i, r, next, bits);
            r = next;
        }
        bits.append(suffix);
        bits.write(LIT_CODE[256], LIT_BITS[256]); // end of block
        long sum = combine(middleAdler(raw, changed, glyphs, stride, prefixAdler), suffixAdler,
                (long) (height - bottom) * stride);
        bits.alignToByte();
        for (int shift = 24; shift >= 0; shift -= 8) {
            bits.write((int) (sum >>> shift) & 0xff, 8);
        }
        bits.alignToByte();
        // straight into an array of the PNG's size: the one allocation a card's PNG costs
        byte[] png = new byte[header.length + 12 + bits.length + IEND.length];
        System.arraycopy(header, 0, png, 0, header.length);
        int at = header.length;
        putInt(png, at, bits.length);
        System.arraycopy(IDAT, 0, png, at + 4, 4);
        System.arraycopy(bits.bytes, 0, png, at + 8, bits.length);
        CRC32 crc = new CRC32();
        crc.update(png, at + 4, 4 + bits.length);
        putInt(png, at + 8 + bits.length, (int) crc.getValue());
        System.arraycopy(IEND, 0, png, png.length - IEND.length, IEND.length);
        return png;
    }

    /** True when row {@code r} is changed and plain ({@link RowGlyphs}): written and summed from its glyphs, not read. */
    private static boolean writtenFromGlyphs(RowGlyphs glyphs, boolean[] changed, int r) {
        return glyphs != null && changed[r] && glyphs.plain(r);
    }

    /**
     * Compresses rows {@code from} to {@code to} (exclusive), from {@code i} on (a match from the
     * rows before may have reached into them), with no match reaching past them: stretches of
     * rows that repeat the template's row above without reading them, the rest searched.
     * Returns the end of the rows.
     */
    private int compress(byte[] raw, boolean[] changed, int i, int from, int to, BitWriter bits) {
        int stride = width + 1;
        int end = to * stride;
        int r = from;
        while (r < to) {
            int first = r;
            while (first < to && !repeatsTemplate(changed, first)) {
                first++;
            }
            int last = first;
            while (last < to && repeatsTemplate(changed, last)) {
                last++;
            }
            i = deflate(raw, stride, i, first * stride, end, bits);
            i = repeatRows(i, last * stride, stride, bits);
            r = last;
        }
        return deflate(raw, stride, i, end, end, bits);
    }

    /**
     * True when row {@code r} (from {@code top} on) and the row above are the template's and the
     * template's row {@code r} repeats the one above: every byte of it then equals the byte one
     * row up, and the compressor's choice at each of them is a longest match one row up.
     */
    private boolean repeatsTemplate(boolean[] changed, int r) {
        return repeats[r - top] && !changed[r] && (r == top || !changed[r - 1]);
    }

    /**
     * Writes what {@link #deflate} would for the bytes from {@code i} to {@code to}, all equal to the
     * byte a row up: a match of the longest length one row up for as long as one fits.
     * Returns where the rest must be compressed from.
     */
    private static int repeatRows(int i, int to, int stride, BitWriter bits) {
        int[] distance = distanceCode(stride);
        int code = LEN_CODE[MAX_MATCH] | distance[0] << LEN_CODE_BITS[MAX_MATCH];
        int size = LEN_CODE_BITS[MAX_MATCH] + distance[1];
        while (i + MAX_MATCH <= to) {
            bits.write(code, size);
            i += MAX_MATCH;
        }
        return i;
    }

    /**
     * The Adler-32 of the rows {@code top..bottom} of {@code raw} appended to {@code sum}: the rows
     * {@code changed} does not flag from the template's sums, plain ones from their glyphs', the
     * others summed here, a stretch of them at a time.
     */
    private long middleAdler(byte[] raw, boolean[] changed, RowGlyphs glyphs, int stride, long sum) {
        int r = top;
        while (r < bottom) {
            if (!changed[r]) {
                sum = combine(sum, rowAdler[r - top], stride);
                r++;
                continue;
            }
            if (writtenFromGlyphs(glyphs, changed, r)) {
                sum = PlainRows.adler(sum, stride, r, glyphs);
                r++;
                continue;
            }
            int first = r;
            do {
                r++;
            } while (r < bottom && changed[r] && !writtenFromGlyphs(glyphs, changed, r));
            sum = combine(sum, adler(raw, first * stride, r * stride), (long) (r - first) * stride);
        }
        return sum;
    }

    /**
     * Compresses {@code raw} from {@code from} until a symbol ends at or after {@code stop}, and
     * returns where it ended; matches never reach past {@code to}, so what follows can be
     * compressed apart. At each byte: the longest match with the row above, else a run of the
     * byte before when it is longer, else a literal. One loop with the bit writer's state in
     * locals and each match's length and distance codes looked up whole: {@code bin/cairn}
     * builds guides with C1 only, which would call rather than inline every helper here.
     */
    private static int deflate(byte[] raw, int stride, int from, int stop, int to, BitWriter bits) {
        int[] strideDistance = distanceCode(stride);
        int strideCode = strideDistance[0];
        int strideBits = strideDistance[1];
        byte[] out = bits.bytes;
        int length = bits.length;
        long buffer = bits.buffer;
        int count = bits.count;
        int i = from;
        while (i < stop) {
            int max = Math.min(MAX_MATCH, to - i);
            byte b = raw[i];
            int code;
            int size;
            int advance = 1;
            if (max < 3) {
                code = LIT_CODE[b & 0xff];
                size = LIT_BITS[b & 0xff];
            } else {
                // the row above first: on a card most rows repeat the one above
                int up = 0;
                int f = i - stride;
                if (f >= 0 && raw[f] == b && raw[f + 1] == raw[i + 1] && raw[f + 2] == raw[i + 2]) {
                    up = 3 + common(raw, i + 3, f + 3, max - 3);
                }
                int run = 0;
                // a run can only be longer than the match one row up if the byte that match stopped at is b
                if (up < max && i >= 1 && raw[i - 1] == b && raw[i + 1] == b && raw[i + 2] == b && raw[i + up] == b) {
                    run = 3 + common(raw, i + 3, i + 2, max - 3); // each byte equal to the one before it
                }
                if (run >= 3 && run > up) {
                    code = LEN_CODE[run]; // distance 1: distance code 0, five zero bits
                    size = LEN_CODE_BITS[run] + 5;
                    advance = run;
                } else if (up >= 3) {
                    code = LEN_CODE[up] | strideCode << LEN_CODE_BITS[up];
                    size = LEN_CODE_BITS[up] + strideBits;
                    advance = up;
                } else {
                    code = LIT_CODE[b & 0xff];
                    size = LIT_BITS[b & 0xff];
                }
            }
            i += advance;
            buffer |= (long) code << count;
            count += size;
            if (count >= 32) {
                if (length + 4 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2 + 8);
                    bits.bytes = out;
                }
                out[length] = (byte) buffer;
                out[length + 1] = (byte) (buffer >>> 8);
                out[length + 2] = (byte) (buffer >>> 16);
                out[length + 3] = (byte) (buffer >>> 24);
                length += 4;
                buffer >>>= 32;
                count -= 32;
            }
        }
        bits.length = length;
        bits.buffer = buffer;
        bits.count = count;
        return i;
    }

    /** How many of the {@code max} bytes from {@code a} equal those from {@code b}: a short match is told apart byte by byte. */
    private static int common(byte[] raw, int a, int b, int max) {
        int k = 0;
        int quick = Math.min(max, 8);
        while (k < quick) {
            if (raw[a + k] != raw[b + k]) {
                return k;
            }
            k++;
        }
        if (k == max) {
            return k;
        }
        int m = Arrays.mismatch(raw, a + k, a + max, raw, b + k, b + max);
        return m < 0 ? max : k + m;
    }

    private static long adler(byte[] raw, int from, int to) {
        Adler32 a = new Adler32();
        a.update(raw, from, to - from);
        return a.getValue();
    }

    /** The Adler-32 of two pieces joined, from theirs (zlib's adler32_combine). */
    private static long combine(long adler1, long adler2, long length2) {
        final long base = 65521;
        long rem = length2 % base;
        long sum1 = adler1 & 0xffff;
        long sum2 = rem * sum1 % base;
        sum1 += (adler2 & 0xffff) + base - 1;
        sum2 += ((adler1 >> 16) & 0xffff) + ((adler2 >> 16) & 0xffff) + base - rem;
        if (sum1 >= base) {
            sum1 -= base;
        }
        if (sum1 >= base) {
            sum1 -= base;
        }
        if (sum2 >= base << 1) {
            sum2 -= base << 1;
        }
        if (sum2 >= base) {
            sum2 -= base;
        }
        return sum1 | (sum2 << 16);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, head, 4, 4);
        out.write(head, 0, 8);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.write(tail, 0, 4);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
