package org.vigie.texts.pdf;

/**
 * One printed line of a PDF page: its page, its top position from the top of the page, its
 * dominant font size, its text (footnote calls marked) and whether it starts with an indent.
 */
record PdfLine(int page, float y, float pageHeight, float size, String text, boolean indented) {

    boolean blank() {
        return text.isBlank();
    }

    /** Position as a fraction of the page height, 0 at the top. */
    float relativeY() {
        return y / pageHeight;
    }
}
