package org.vigie.texts.pdf;

import org.apache.pdfbox.util.Matrix;

/** The part of PDFBox's graphics state text extraction needs: the CTM and the text state, saved by q. */
final class PdfLeanState {

    Matrix ctm = new Matrix();
    PdfLeanFont font;
    float fontSize;
    float charSpacing;
    float wordSpacing;
    float horizontalScaling = 100;
    float leading;
    float rise;

    PdfLeanState copy() {
        PdfLeanState s = new PdfLeanState();
        s.ctm = ctm.clone();
        s.font = font;
        s.fontSize = fontSize;
        s.charSpacing = charSpacing;
        s.wordSpacing = wordSpacing;
        s.horizontalScaling = horizontalScaling;
        s.leading = leading;
        s.rise = rise;
        return s;
    }
}
