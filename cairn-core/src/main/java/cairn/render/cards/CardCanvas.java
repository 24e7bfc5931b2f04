package cairn.render.cards;

import java.util.Arrays;

/**
 * A card's rows while it is drawn: PNG rows (a filter byte, then a palette index per pixel)
 * that start as the template's and get glyph masks put into them. It remembers the rows it
 * changed: only those go back to the template before the next card, and only those
 * {@link IndexedPng} has to compress and sum again, and which glyph rows it drew where
 * ({@link RowGlyphs}), so the encoder can write plain rows from codes worked out once per glyph.
 * One canvas a thread.
 */
final class CardCanvas {

    private final int width;
    private final int height;
    private final byte[] template;
    private final byte[] raw;
    private final boolean[] changed;
    /** Per row: the column after its rightmost pixel that is not background, in the template and drawn since. */
    private final int[] inkEnd;
    private final int[] templateInkEnd;
    private int changedTop;
    private int changedBottom;
    private int clipTop;
    private int clipBottom;
    private final RowGlyphs glyphs;
    /** Per mask id: the line it was last drawn on ({@link #line}) and at which x. */
    private final int[] seenOnLine = new int[Glyphs.IDS];
    private final int[] seenAt = new int[Glyphs.IDS];
    /** The line being drawn: a number, and its baseline and colour. */
    private int line;
    private int lineBaseline = Integer.MIN_VALUE;
    private int lineBase = -1;
    /** How many glyphs this canvas has drawn: each glyph's number. */
    private int glyphCount;

    CardCanvas(int width, byte[] template) {
        this.width = width;
        this.height = template.length / (width + 1);
        this.template = template;
        this.raw = template.clone();
        this.changed = new boolean[height];
        this.templateInkEnd = new int[height];
        int stride = width + 1;
        for (int y = 0; y < height; y++) {
            int end = width;
            while (end > 0 && template[y * stride + end] == 0) {
                end--;
            }
            templateInkEnd[y] = end;
        }
        this.inkEnd = templateInkEnd.clone();
        this.changedTop = height;
        this.changedBottom = 0;
        this.clipBottom = height;
        this.glyphs = new RowGlyphs(height);
        glyphs.clear(0, height, templateInkEnd);
    }

    /** The rows as they are now (this canvas's own array: valid until it is reset). */
    byte[] rows() {
        return raw;
    }

    /** Which rows may differ from the template's: the others are the template's for certain. */
    boolean[] changed() {
        return changed;
    }

    /** The glyph rows drawn in each row, and which rows hold nothing else. */
    RowGlyphs glyphs() {
        return glyphs;
    }

    /** Back to the template, which copies only the rows drawn on since the last reset. */
    void reset() {
        if (changedTop < changedBottom) {
            int stride = width + 1;
            System.arraycopy(template, changedTop * stride, raw, changedTop * stride,
                    (changedBottom - changedTop) * stride);
            Arrays.fill(changed, changedTop, changedBottom, false);
            System.arraycopy(templateInkEnd, changedTop, inkEnd, changedTop, changedBottom - changedTop);
            glyphs.clear(changedTop, changedBottom, templateInkEnd);
        }
        line++;
        lineBaseline = Integer.MIN_VALUE;
        changedTop = height;
        changedBottom = 0;
    }

    /** Draws only in rows {@code top} (inclusive) to {@code bottom} (exclusive) from now on. */
    void clip(int top, int bottom) {
        clipTop = Math.max(0, top);
        clipBottom = Math.min(height, bottom);
    }

    /**
     * Puts {@code mask}, drawn in the palette steps after {@code base}, with its pen position at
     * pixel ({@code x}, {@code baseline}). Where glyphs of one colour overlap, the stronger step
     * wins; another colour's pixel is drawn over. A row of the glyph whose ink starts right of
     * everything drawn so far in that row (as a line's glyphs mostly do) is copied whole.
     */
    void put(Glyphs.Mask mask, int x, int baseline, int base) {
        int w = mask.width();
        byte[] pixels = mask.pixels();
        int left = x + mask.left();
        int from = Math.max(0, -left);
        int to = Math.min(w, width - left);
        int top = baseline + mask.top();
        int rowFrom = Math.max(top, clipTop);
        int rowTo = Math.min(top + mask.height(), clipBottom);
        if (from >= to || rowFrom >= rowTo) {
            return;
        }
        int distance = repeatDistance(mask, x, baseline, base);
        int number = ++glyphCount;
        int[] inkStart = mask.inkStart();
        int[] inkEnds = mask.inkEnd();
        int stride = width + 1;
        for (int y = rowFrom; y < rowTo; y++) {
            int k = y - top;
            int in = k * w;
            int out = y * stride + 1 + left;
            int s = inkStart[k];
            int e = inkEnds[k];
            if (s == e) {
                continue; // nothing of the glyph in this row
            }
            if (left + s >= inkEnd[y] && left + s >= 0 && left + e <= width) {
                System.arraycopy(pixels, in + s, raw, out + s, e - s);
                glyphs.add(y, mask, left + s, k, number, distance);
                inkEnd[y] = left + e;
            } else {
                for (int c = Math.max(from, s); c < Math.min(to, e); c++) {
                    int pixel = pixels[in + c];
                    if (pixel != 0) {
                        int now = raw[out + c] - base;
                        if (now < pixel - base || now > 15) {
                            raw[out + c] = (byte) pixel;
                        }
                    }
                }
                glyphs.spoil(y);
                inkEnd[y] = Math.max(inkEnd[y], Math.min(width, left + e));
            }
            changed[y] = true;
        }
        changedTop = Math.min(changedTop, rowFrom);
        changedBottom = Math.max(changedBottom, rowTo);
    }

    /**
     * How far to the left the same glyph was last drawn on the line of this one (a line: one
     * baseline in one colour), or 0 when it was not.
     */
    private int repeatDistance(Glyphs.Mask mask, int x, int baseline, int base) {
        if (baseline != lineBaseline || base != lineBase) {
            line++;
            lineBaseline = baseline;
            lineBase = base;
        }
        int id = mask.id();
        if (id < 0) {
            return 0;
        }
        int distance = seenOnLine[id] == line && seenAt[id] < x ? x - seenAt[id] : 0;
        seenOnLine[id] = line;
        seenAt[id] = x;
        return distance;
    }
}
