package org.vigie.texts;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Reads a PDF's text layer into blocks and footnotes. */
final class PdfReader {

    private PdfReader() {
    }

    static SourceText read(byte[] bytes) throws TextImportException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PdfLineCollector collector = new PdfLineCollector();
            collector.getText(document);
            SourceText text = PdfLayout.build(collector.lines());
            if (text.blocks().stream().mapToInt(String::length).sum() < 20) {
                throw new TextImportException("texts.error.no_text_layer");
            }
            return text;
        } catch (IOException e) {
            throw new TextImportException(e, "texts.error.not_pdf");
        }
    }
}
