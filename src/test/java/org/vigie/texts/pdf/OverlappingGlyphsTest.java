package org.vigie.texts.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.vigie.texts.Fixtures;

class OverlappingGlyphsTest {

    /** A heading in fake bold (printed twice, 0.4 pt apart) above a line printed once. */
    static byte[] fakeBold() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
                for (float x : new float[] {72f, 72.4f}) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(x, 700);
                    content.showText("Political declaration");
                    content.endText();
                }
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, 680);
                content.showText("All Member States, all committees");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The glyphs a stripper keeps, as text and position, in the order it is given them. */
    private static final class Kept extends PDFTextStripper {
        private final List<String> glyphs = new ArrayList<>();
        private final OverlappingGlyphs shown;

        Kept(OverlappingGlyphs shown) {
            this.shown = shown;
            setSuppressDuplicateOverlappingText(shown == null);
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            if (shown != null) {
                shown.clear();
            }
            super.processPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition glyph) {
            if (shown == null || !shown.isDuplicate(glyph)) {
                super.processTextPosition(glyph);
            }
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            positions.forEach(p -> glyphs.add(p.getUnicode() + "@" + p.getX() + "," + p.getY()));
        }

        static List<String> of(byte[] pdf, OverlappingGlyphs shown) throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                Kept kept = new Kept(shown);
                kept.getText(document);
                return kept.glyphs;
            }
        }
    }

    private static List<String> lines(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfLineCollector collector = new PdfLineCollector();
            collector.getText(document);
            return collector.lines().stream().map(PdfLine::text).toList();
        }
    }

    @Test
    void a_heading_printed_twice_over_itself_is_read_once() throws IOException {
        assertThat(lines(fakeBold())).containsExactly("Political declaration", "All Member States, all committees");
    }

    @Test
    void the_glyphs_dropped_are_those_pdfbox_drops_in_fake_bold() throws IOException {
        byte[] pdf = fakeBold();
        List<String> byPdfBox = Kept.of(pdf, null);
        assertThat(Kept.of(pdf, new OverlappingGlyphs())).isEqualTo(byPdfBox);
        assertThat(byPdfBox).hasSize("All Member States, all committees".length() + "Political declaration".length());
    }

    @Test
    void the_glyphs_kept_in_the_official_pdfs_are_those_pdfbox_keeps() throws IOException {
        for (String file : List.of(Fixtures.RES_73_3, Fixtures.RES_73_6)) {
            byte[] pdf = Fixtures.bytes(file);
            assertThat(Kept.of(pdf, new OverlappingGlyphs())).as(file).isEqualTo(Kept.of(pdf, null));
        }
    }
}
