package cairn.render.cards;

import java.util.Arrays;

/**
 * What a canvas drew in each row, for {@link IndexedPng}: the glyph rows, left to right, and
 * whether the row holds them alone. A <em>plain</em> row is background but for glyph rows
 * (each from its first pixel to its last that is not background) that touch nothing drawn
 * before: the encoder then writes each glyph row from codes worked out once per glyph
 * ({@link GlyphCodes}), and a glyph drawn again further along its row as one match back to
 * where it was drawn before, instead of searching every byte for matches. A row stops being
 * plain when a glyph row is drawn over something, is cut at the image's side, the row has
 * more than {@link #PER_ROW} glyph rows, or the template has pixels in it.
 */
final class RowGlyphs {

    /** The most glyph rows a row keeps. */
    static final int PER_ROW = 128;

    private final Glyphs.Mask[] masks;
    /**
     * Per glyph row: the column of its first pixel, its row in the mask, the glyph's number
     * (the canvas counts the glyphs it draws) and the distance back to the same glyph row
     * drawn earlier in this row (0: none).
     */
    private final int[] columns;
    private final int[] ends;
    private final int[] maskRows;
    private final int[] numbers;
    private final int[] distances;
    private final int[] count;
    private final boolean[] plain;

    RowGlyphs(int height) {
        this.masks = new Glyphs.Mask[height * PER_ROW];
        this.columns = new int[height * PER_ROW];
        this.ends = new int[height * PER_ROW];
        this.maskRows = new int[height * PER_ROW];
        this.numbers = new int[height * PER_ROW];
        this.distances = new int[height * PER_ROW];
        this.count = new int[height];
        this.plain = new boolean[height];
    }

    /** Row {@code row} has the ink of row {@code maskRow} of {@code mask}, glyph number {@code number}, from {@code column} on. */
    void add(int row, Glyphs.Mask mask, int column, int maskRow, int number, int distance) {
        int c = count[row];
        if (c == PER_ROW) {
            plain[row] = false;
            return;
        }
        int at = row * PER_ROW + c;
        masks[at] = mask;
        columns[at] = column;
        ends[at] = column + mask.inkEnd()[maskRow] - mask.inkStart()[maskRow];
        maskRows[at] = maskRow;
        numbers[at] = number;
        distances[at] = distance;
        count[row] = c + 1;
    }

    /** Row {@code row} holds something else than glyph rows over background. */
    void spoil(int row) {
        plain[row] = false;
    }

    /** Rows {@code from} to {@code to} (exclusive) back to holding nothing, plain where {@code blank} says. */
    void clear(int from, int to, int[] templateInkEnd) {
        Arrays.fill(count, from, to, 0); // the masks past a row's count are never read
        for (int r = from; r < to; r++) {
            plain[r] = templateInkEnd[r] == 0;
        }
    }

    boolean plain(int row) {
        return plain[row];
    }

    int count(int row) {
        return count[row];
    }

    Glyphs.Mask mask(int row, int k) {
        return masks[row * PER_ROW + k];
    }

    int column(int row, int k) {
        return columns[row * PER_ROW + k];
    }

    int maskRow(int row, int k) {
        return maskRows[row * PER_ROW + k];
    }

    int distance(int row, int k) {
        return distances[row * PER_ROW + k];
    }

    int number(int row, int k) {
        return numbers[row * PER_ROW + k];
    }

    /** The column after the last pixel of glyph row {@code k} of row {@code row}. */
    int end(int row, int k) {
        return ends[row * PER_ROW + k];
    }

    /**
     * Whether row {@code row - 1} holds glyph number {@code number}'s previous mask row and
     * nothing else between columns {@code from} and {@code to}: then a glyph row may be
     * written with matches one row up. Row {@code row - 1} must be plain. {@code from}: where
     * to look in row {@code row - 1}'s glyph rows, which are in the order of their numbers as
     * this row's are; returns where the next call for this row may start, negated (and less
     * one) when the answer is no.
     */
    int aboveHolds(int row, int number, int from, int to, int start) {
        int above = (row - 1) * PER_ROW;
        int n = count[row - 1];
        int k = start;
        while (k < n && numbers[above + k] < number) {
            k++;
        }
        boolean holds = k < n && numbers[above + k] == number
                && (k == 0 || ends[above + k - 1] <= from)
                && (k + 1 == n || columns[above + k + 1] >= to);
        return holds ? k : -k - 1;
    }
}
