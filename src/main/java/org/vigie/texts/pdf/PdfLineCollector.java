package org.vigie.texts.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.vigie.texts.SourceText;

/**
 * Collects the lines of a PDF with what layout analysis needs: position, font size, footnote calls.
 *
 * <p>PDFBox inserts a word separator wherever two glyphs stand further apart than it expects. In
 * justified UN documents that happens inside words ("cooperat ion", "Confere nce") because the
 * real spaces are space glyphs; so a separator becomes a space only when the gap is wide.
 *
 * <p>Glyphs printed twice over themselves are dropped by {@link OverlappingGlyphs}, PDFBox's rule
 * without its cost; as in PDFBox, not inside marked content that carries an /ActualText.
 */
final class PdfLineCollector extends PDFTextStripper {

    private static final float WIDE_GAP = 0.3f;
    private static final float SUPERSCRIPT = 0.8f;

    private record Glyph(String text, float size, float x, float endX, float y, boolean afterSeparator) {
    }

    private final List<PdfLine> lines = new ArrayList<>();
    private final List<Glyph> current = new ArrayList<>();
    private final OverlappingGlyphs shown = new OverlappingGlyphs();
    /** For each open marked-content sequence, whether it carries an /ActualText. */
    private final Deque<Boolean> actualTexts = new ArrayDeque<>();
    private boolean inActualText;
    private boolean separatorPending;
    private PDPage page;

    PdfLineCollector() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(false);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        shown.clear();
        this.page = page;
        super.processPage(page);
    }

    // PDFTextStripper's own bookkeeping: a sequence sets the text in force (or none), closing one with an
    // /ActualText clears it.
    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        boolean actual = PDMarkedContent.create(tag, properties).getActualText() != null;
        actualTexts.push(actual);
        inActualText = actual;
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        Boolean actual = actualTexts.poll();
        if (actual != null && actual) {
            inActualText = false;
        }
        super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition glyph) {
        if (inActualText || !shown.isDuplicate(glyph)) {
            super.processTextPosition(glyph);
        }
    }

    List<PdfLine> lines() {
        return lines;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
            current.add(new Glyph(p.getUnicode(), p.getFontSizeInPt(), p.getXDirAdj(),
                    p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj(), separatorPending));
            separatorPending = false;
        }
    }

    @Override
    protected void writeWordSeparator() {
        separatorPending = true;
    }

    @Override
    protected void writeLineSeparator() {
        flushLine();
    }

    @Override
    protected void writePageEnd() throws IOException {
        flushLine();
        super.writePageEnd();
    }

    private void flushLine() {
        separatorPending = false;
        if (current.isEmpty()) {
            return;
        }
        float size = dominantSize(current);
        float baseline = baseline(current, size);
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph g : current) {
            boolean superscript = g.size < SUPERSCRIPT * size && isDigits(g.text) && baseline - g.y > 0.15f * size;
            if (g.afterSeparator && previous != null && g.x - previous.endX > WIDE_GAP * size && !superscript) {
                text.append(' ');
            }
            text.append(superscript ? SourceText.mark(g.text) : g.text);
            previous = g;
        }
        String joined = text.toString().replace(SourceText.MARK_CLOSE + "" + SourceText.MARK_OPEN, "");
        boolean indented = current.get(0).text.isBlank();
        lines.add(new PdfLine(getCurrentPageNo(), current.get(0).y, page.getMediaBox().getHeight(),
                size, joined, indented));
        current.clear();
    }

    private static float baseline(List<Glyph> glyphs, float size) {
        return glyphs.stream().filter(g -> g.size == size).findFirst().orElse(glyphs.get(0)).y;
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private static float dominantSize(List<Glyph> glyphs) {
        Map<Float, Integer> counts = new HashMap<>();
        for (Glyph g : glyphs) {
            if (!g.text.isBlank()) {
                counts.merge(g.size, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(glyphs.get(0).size);
    }
}
