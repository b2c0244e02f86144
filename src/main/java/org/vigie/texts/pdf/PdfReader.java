package org.vigie.texts.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.vigie.texts.SourceText;
import org.vigie.texts.TextImportException;

/** Reads a PDF's text layer into blocks and footnotes, the glyphs from PDFBox's text engine. */
public final class PdfReader {
    private PdfReader() {
    }

    public static SourceText read(byte[] bytes) throws TextImportException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            SourceText text = PdfLayout.build(lines(document));
            if (text.blocks().stream().mapToInt(String::length).sum() < 20) {
                throw new TextImportException("texts.error.no_text_layer");
            }
            return text;
        } catch (IOException e) {
            throw new TextImportException(e, "texts.error.not_pdf");
        }
    }

    /** The document's printed lines. */
    static List<PdfLine> lines(PDDocument document) throws IOException {
        PdfLineCollector collector = new PdfLineCollector();
        collector.getText(document);
        return collector.lines();
    }
}
