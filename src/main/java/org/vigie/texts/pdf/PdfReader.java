package org.vigie.texts.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.texts.SourceText;
import org.vigie.texts.TextImportException;

/**
 * Reads a PDF's text layer into blocks and footnotes: with Vigie's lean reader ({@link PdfLeanReader})
 * when it can read the document exactly as PDFBox's text engine would, else with PDFBox's engine.
 */
public final class PdfReader {
    private static final Logger LOG = LoggerFactory.getLogger(PdfReader.class);

    /** Package-private switch: false reads every document with PDFBox's text engine. */
    static boolean lean = true;

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

    /** The document's printed lines, from the lean reader, or from PDFBox when the lean one declines. */
    static List<PdfLine> lines(PDDocument document) throws IOException {
        if (lean && !document.isEncrypted()) {
            try {
                PdfLineCollector collector = new PdfLineCollector(new PdfLeanReader());
                collector.getText(document);
                return collector.lines();
            } catch (PdfLeanReader.Declined e) {
                LOG.info("PDF read by PDFBox's text engine: the lean reader declined it ({})", e.getMessage());
            } catch (RuntimeException | IOException e) {
                // Unforeseen: PDFBox reads the document, and the failure is kept for whoever mends the lean reader
                LOG.warn("PDF read by PDFBox's text engine: the lean reader failed", e);
            }
        }
        PdfLineCollector collector = new PdfLineCollector();
        collector.getText(document);
        return collector.lines();
    }
}
