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
                throw new TextImportException("The PDF has no text layer (a scan?); run OCR first.");
            }
            return text;
        } catch (IOException e) {
            throw new TextImportException("The file is not a readable PDF.", e);
        }
    }
}
