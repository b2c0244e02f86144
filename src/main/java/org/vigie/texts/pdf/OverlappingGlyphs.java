package org.vigie.texts.pdf;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs already shown on a page, to drop one printed again over itself (PDFs fake bold by
 * printing a word twice, shifted by a fraction of a point).
 *
 * <p>The rule is PDFBox's own ({@code PDFTextStripper}'s duplicate suppression): a glyph is a duplicate
 * when a glyph of the same text was kept with its x in {@code [x - t, x + t)} and its y in
 * {@code [y - t, y + t)}, where {@code t} is a third of the glyph's width per character. PDFBox keeps
 * the kept glyphs in sorted trees of boxed floats, which cost a quarter of the reading time of a UN
 * PDF; here they sit in a grid of cells {@value #CELL} units wide, so a check looks at one to four
 * cells. Bounds are computed and compared as PDFBox does (in float, with {@link Float#compare}), so the
 * same glyphs are dropped.
 */
final class OverlappingGlyphs {

    private static final float CELL = 16f;
    /** Beyond this many cells a side (a glyph wider than about 100 units), every kept glyph is checked. */
    private static final int MAX_CELLS = 4;

    /** Kept glyphs as text and position, in growable arrays. */
    private static final class Glyphs {
        private String[] texts = new String[4];
        private float[] xy = new float[8];
        private int size;

        void add(String text, float x, float y) {
            if (size == texts.length) {
                texts = Arrays.copyOf(texts, size * 2);
                xy = Arrays.copyOf(xy, size * 4);
            }
            texts[size] = text;
            xy[2 * size] = x;
            xy[2 * size + 1] = y;
            size++;
        }

        boolean anyWithin(String text, float xLow, float xHigh, float yLow, float yHigh) {
            for (int i = 0; i < size; i++) {
                if (within(xy[2 * i], xLow, xHigh) && within(xy[2 * i + 1], yLow, yHigh) && texts[i].equals(text)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Kept glyphs by cell, the key holding the cell's column and row. */
    private final Map<Long, Glyphs> cells = new HashMap<>();
    private final Glyphs all = new Glyphs();

    /** Forgets the page's glyphs. */
    void clear() {
        cells.clear();
        all.size = 0;
    }

    /**
     * Whether {@code glyph} stands over a kept glyph of the same text; if not, it is kept.
     *
     * @throws IllegalArgumentException for a glyph of negative width, as PDFBox's trees do
     */
    boolean isDuplicate(TextPosition glyph) {
        String text = glyph.getUnicode();
        float x = glyph.getX();
        float y = glyph.getY();
        float tolerance = glyph.getWidth() / text.length() / 3.0f;
        float xLow = x - tolerance;
        float xHigh = x + tolerance;
        float yLow = y - tolerance;
        float yHigh = y + tolerance;
        if (Float.compare(xLow, xHigh) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        if (seen(text, xLow, xHigh, yLow, yHigh)) {
            return true;
        }
        cells.computeIfAbsent(key(cell(x), cell(y)), c -> new Glyphs()).add(text, x, y);
        all.add(text, x, y);
        return false;
    }

    private boolean seen(String text, float xLow, float xHigh, float yLow, float yHigh) {
        int x0 = cell(xLow);
        int x1 = cell(xHigh);
        int y0 = cell(yLow);
        int y1 = cell(yHigh);
        if ((long) x1 - x0 >= MAX_CELLS || (long) y1 - y0 >= MAX_CELLS) {
            return all.anyWithin(text, xLow, xHigh, yLow, yHigh);
        }
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                Glyphs glyphs = cells.get(key(cx, cy));
                if (glyphs != null && glyphs.anyWithin(text, xLow, xHigh, yLow, yHigh)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The cell's column and row in one long, multiplied by an odd constant (a bijection, so keys stay
     * distinct) because {@link Long#hashCode()} of the plain pair, column XOR row, collides along
     * diagonals and turns the map's bins into trees.
     */
    private static long key(long column, long row) {
        return (column << 32 | row & 0xFFFF_FFFFL) * 0x9E37_79B9_7F4A_7C15L;
    }

    /** Cells are monotonic in the coordinate, so a point inside a range is in a cell between its ends'. */
    private static int cell(float coordinate) {
        return (int) Math.floor(coordinate / CELL);
    }

    private static boolean within(float value, float low, float high) {
        return Float.compare(value, low) >= 0 && Float.compare(value, high) < 0;
    }
}
