package org.vigie.texts;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads a PDF's text layer into blocks and footnotes: with Vigie's lean reader ({@link PdfLeanReader})
 * when it can read the document exactly as PDFBox's text engine would, else with PDFBox's engine.
 */
final class PdfReader {

    /** Package-private switch: false reads every document with PDFBox's text engine. */
    static boolean lean = true;

    private PdfReader() {
    }

    static SourceText read(byte[] bytes) throws TextImportException {
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

    /** The document's printed lines, from the lean reader, or from PDFBox when the lean one declines. */
    static List<PdfLine> lines(PDDocument document) throws IOException {
        if (lean && !document.isEncrypted()) {
            try {
                PdfLineCollector collector = new PdfLineCollector(new PdfLeanReader());
                collector.getText(document);
                return collector.lines();
            } catch (RuntimeException | IOException e) {
                // PdfLeanReader.Declined or anything unforeseen: PDFBox reads the document
            }
        }
        PdfLineCollector collector = new PdfLineCollector();
        collector.getText(document);
        return collector.lines();
    }
}
