package org.vigie.texts.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.vigie.texts.Footnote;
import org.vigie.texts.SourceText;
import org.vigie.texts.TextImportException;

/**
 * Reads a Word document: one block per paragraph with its list number written out, footnotes apart,
 * footnote calls marked.
 */
final class DocxReader {

    private DocxReader() {
    }

    static SourceText read(byte[] bytes) throws TextImportException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> blocks = new ArrayList<>();
            DocxNumbering numbering = new DocxNumbering();
            for (XWPFParagraph paragraph : doc.getParagraphs()) {
                String text = paragraphText(paragraph);
                String number = numbering.prefix(paragraph);
                if (!text.isBlank()) {
                    blocks.add(number + text);
                }
            }
            return new SourceText(blocks, footnotes(doc));
        } catch (IOException | RuntimeException e) {
            throw new TextImportException(e, "texts.error.not_docx");
        }
    }

    private static String paragraphText(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
            List<CTFtnEdnRef> calls = run.getCTR().getFootnoteReferenceList();
            if (!calls.isEmpty()) {
                text.append(SourceText.mark(calls.get(0).getId().toString()));
            } else {
                text.append(run.text());
            }
        }
        return text.toString();
    }

    private static List<Footnote> footnotes(XWPFDocument doc) {
        List<Footnote> notes = new ArrayList<>();
        for (XWPFAbstractFootnoteEndnote note : doc.getFootnotes()) {
            int id = note.getId().intValue();
            StringBuilder text = new StringBuilder();
            for (XWPFParagraph p : note.getParagraphs()) {
                text.append(p.getText()).append(' ');
            }
            // Ids 0 and -1 are Word's separator pseudo-notes, not footnotes.
            if (id >= 1 && !text.toString().isBlank()) {
                notes.add(new Footnote(id, text.toString().strip()));
            }
        }
        return notes;
    }
}
