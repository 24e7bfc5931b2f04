package cairn.render.cards;

import java.util.Arrays;

/**
 * A card's rows while it is drawn: PNG rows (a filter byte, then a palette index per pixel)
 * that start as the template's and get glyph masks put into them. It remembers the rows it
 * changed: only those go back to the template before the next card, and only those
 * {@link IndexedPng} has to compress and sum again. It also notes where a glyph is drawn
 * again further along its line ({@link RowRepeats}), for the compressor to refer back to.
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
    private final RowRepeats repeats;
    /** Per mask id: the line it was last drawn on ({@link #line}) and at which x. */
    private final int[] seenOnLine = new int[Glyphs.IDS];
    private final int[] seenAt = new int[Glyphs.IDS];
    /** The line being drawn: a number, and its baseline and colour. */
    private int line;
    private int lineBaseline = Integer.MIN_VALUE;
    private int lineBase = -1;

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
        this.repeats = new RowRepeats(height);
    }

    /** The rows as they are now (this canvas's own array: valid until it is reset). */
    byte[] rows() {
        return raw;
    }

    /** Which rows may differ from the template's: the others are the template's for certain. */
    boolean[] changed() {
        return changed;
    }

    /** Where the rows may repeat their own bytes: glyphs drawn again further along a line. */
    RowRepeats repeats() {
        return repeats;
    }

    /** Back to the template, which copies only the rows drawn on since the last reset. */
    void reset() {
        if (changedTop < changedBottom) {
            int stride = width + 1;
            System.arraycopy(template, changedTop * stride, raw, changedTop * stride,
                    (changedBottom - changedTop) * stride);
            Arrays.fill(changed, changedTop, changedBottom, false);
            System.arraycopy(templateInkEnd, changedTop, inkEnd, changedTop, changedBottom - changedTop);
            repeats.clear(changedTop, changedBottom);
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
     * wins; another colour's pixel is drawn over. A row of the mask right of everything drawn
     * so far (as a line's glyphs mostly are) is copied whole.
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
        int stride = width + 1;
        for (int y = rowFrom; y < rowTo; y++) {
            int in = (y - top) * w;
            int out = y * stride + 1 + left;
            if (left + from >= inkEnd[y]) {
                System.arraycopy(pixels, in + from, raw, out + from, to - from);
            } else {
                for (int k = from; k < to; k++) {
                    int pixel = pixels[in + k];
                    if (pixel != 0) {
                        int now = raw[out + k] - base;
                        if (now < pixel - base || now > 15) {
                            raw[out + k] = (byte) pixel;
                        }
                    }
                }
            }
            inkEnd[y] = Math.max(inkEnd[y], left + to);
            changed[y] = true;
        }
        changedTop = Math.min(changedTop, rowFrom);
        changedBottom = Math.max(changedBottom, rowTo);
        noteRepeat(mask, x, baseline, base, left + from, left + to, rowFrom, rowTo);
    }

    /** Notes the rows of a glyph drawn at {@code x} as repeats of the same glyph drawn earlier on its line. */
    private void noteRepeat(Glyphs.Mask mask, int x, int baseline, int base, int from, int to, int rowFrom, int rowTo) {
        if (baseline != lineBaseline || base != lineBase) {
            line++;
            lineBaseline = baseline;
            lineBase = base;
        }
        int id = mask.id();
        if (id < 0) {
            return;
        }
        if (seenOnLine[id] == line && seenAt[id] < x) {
            int stride = width + 1;
            for (int y = rowFrom; y < rowTo; y++) {
                repeats.add(y, y * stride + 1 + from, y * stride + 1 + to, x - seenAt[id]);
            }
        }
        seenOnLine[id] = line;
        seenAt[id] = x;
    }
}
