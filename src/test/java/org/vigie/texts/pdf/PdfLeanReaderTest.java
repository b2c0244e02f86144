package org.vigie.texts.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.reports.documents.ReportRequest;
import org.vigie.support.TestApp;
import org.vigie.texts.Fixtures;
import org.vigie.texts.Resolution;
import org.vigie.texts.TextImportException;
import org.vigie.texts.checks.DraftingCheck;
import org.vigie.texts.export.AkomaNtosoWriter;
import org.vigie.texts.export.CleanTextRenderer;
import org.vigie.texts.reading.TextImporter;

/**
 * Vigie's lean PDF reader against PDFBox's text engine: on every PDF it reads, the same lines and the same
 * full analysis; on what it does not handle, PDFBox reads the document.
 */
class PdfLeanReaderTest {

    @TempDir
    Path dir;

    private static List<PdfLine> lines(byte[] pdf, PdfLeanReader lean) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfLineCollector collector = new PdfLineCollector(lean);
            collector.getText(document);
            return collector.lines();
        }
    }

    /** The whole analysis, as the golden digests test takes it, read through one path or the other. */
    private static String analysis(byte[] pdf, boolean lean) {
        boolean before = PdfReader.lean;
        PdfReader.lean = lean;
        try {
            Resolution r = new TextImporter().read(pdf, "document.pdf");
            return r + "\n" + new DraftingCheck().check(r) + "\n" + new CleanTextRenderer().render(r) + "\n"
                    + new AkomaNtosoWriter().write(r, LocalDate.of(2026, 1, 1));
        } catch (TextImportException refused) {
            return "refused " + refused.getMessage();
        } finally {
            PdfReader.lean = before;
        }
    }

    private static void assertSameAsPdfbox(byte[] pdf) throws IOException {
        List<PdfLine> lean = lines(pdf, new PdfLeanReader());
        assertThat(lean).isNotEmpty().isEqualTo(lines(pdf, null));
        assertThat(analysis(pdf, true)).isEqualTo(analysis(pdf, false));
    }

    @Test
    void the_official_resolutions_read_by_the_lean_reader_give_pdfbox_s_lines_and_analysis() throws IOException {
        assertSameAsPdfbox(Fixtures.bytes(Fixtures.RES_73_3));
        assertSameAsPdfbox(Fixtures.bytes(Fixtures.RES_73_6));
    }

    @Test
    void a_page_in_fake_bold_read_by_the_lean_reader_gives_pdfbox_s_lines_and_analysis() throws IOException {
        assertSameAsPdfbox(OverlappingGlyphsTest.fakeBold());
    }

    @Test
    void a_page_with_moved_scaled_and_spaced_text_read_by_the_lean_reader_gives_pdfbox_s_lines() throws IOException {
        assertSameAsPdfbox(page(false));
    }

    @Test
    void the_council_report_vigie_writes_in_french_and_english_reads_the_same_through_both_paths() throws Exception {
        try (App app = TestApp.start(dir)) {
            for (String lang : List.of("fr", "en")) {
                byte[] pdf = app.reports().pdf("lean-reader-test", "127.0.0.1",
                        ReportRequest.parse("2025-01-01", "2025-12-31", null, null, lang));
                assertSameAsPdfbox(pdf);
            }
        }
    }

    @Test
    void a_font_type_the_lean_reader_does_not_handle_is_read_by_pdfbox() throws IOException {
        byte[] pdf = page(true);
        assertThatThrownBy(() -> lines(pdf, new PdfLeanReader())).isInstanceOf(PdfLeanReader.Declined.class);
        assertThat(analysis(pdf, true)).isEqualTo(analysis(pdf, false));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(PdfReader.lines(document)).isEqualTo(lines(pdf, null)).extracting(PdfLine::text)
                    .contains("The General Assembly,");
        }
    }

    @Test
    void marked_content_with_an_actual_text_is_read_by_pdfbox() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            org.apache.pdfbox.cos.COSDictionary properties = new org.apache.pdfbox.cos.COSDictionary();
            properties.setString(COSName.ACTUAL_TEXT, "ﬁnal");
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
                content.newLineAtOffset(72, 700);
                content.beginMarkedContent(COSName.getPDFName("Span"),
                        org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList.create(properties));
                content.showText("final");
                content.endMarkedContent();
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }
        assertThatThrownBy(() -> lines(pdf, new PdfLeanReader())).isInstanceOf(PdfLeanReader.Declined.class);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(PdfReader.lines(document)).isEqualTo(lines(pdf, null)).isNotEmpty();
        }
    }

    @Test
    void a_broken_content_stream_is_declined_not_thrown() throws IOException {
        for (String content : List.of("BT (unterminated", "[[1] 2] TJ", "q BI /W 1 ID xx EI Q", "1 2 3")) {
            PdfContentLexer lexer = new PdfContentLexer(content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            assertThatThrownBy(() -> {
                while (lexer.next() != null) {
                    lexer.operands();
                }
            }).as(content).isInstanceOf(PdfLeanReader.Declined.class);
        }
    }

    /**
     * A resolution-like page in Helvetica, with leading, word and character spacing, horizontal
     * scaling, a text rise, a transformation matrix and saved graphics states; with {@code multipleMaster}
     * its font claims to be a Multiple Master font, which PDFBox reads as Type 1 and the lean reader declines.
     */
    private static byte[] page(boolean multipleMaster) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.saveGraphicsState();
                content.transform(new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, 10, -5));
                content.beginText();
                content.setFont(font, 11);
                content.setLeading(14);
                content.newLineAtOffset(72, 700);
                content.showText("The General Assembly,");
                content.newLine();
                content.setWordSpacing(1.5f);
                content.showText("Recognizing the importance of international cooperation,");
                content.newLine();
                content.setCharacterSpacing(0.3f);
                content.setHorizontalScaling(90);
                content.showText("1. Decides to remain seized of the matter;");
                content.setTextRise(4);
                content.setFont(font, 7);
                content.showText("2");
                content.endText();
                content.restoreGraphicsState();
            }
            if (multipleMaster) {
                font.getCOSObject().setItem(COSName.SUBTYPE, COSName.getPDFName("MMType1"));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
