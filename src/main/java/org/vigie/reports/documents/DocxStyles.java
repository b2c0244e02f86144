package org.vigie.reports.documents;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word styles of the report: Normal (Times-metric serif), Title, Subtitle, Heading 1 (outline level 1,
 * so Word's navigation pane and table of contents see the sections), Caption, a small Note and Footer.
 */
final class DocxStyles {
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING1 = "Heading1";
    static final String CAPTION = "Caption";
    static final String NOTE = "VigieNote";
    static final String FOOTER = "Footer";
    private static final String BLUE = "1F4E79";

    private DocxStyles() {
    }

    static void add(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(style("Normal", "Normal", null, "Liberation Serif", 21, null, false, 120));
        styles.addStyle(style(TITLE, "Title", null, "Liberation Sans", 48, BLUE, true, 240));
        styles.addStyle(style(SUBTITLE, "Subtitle", null, "Liberation Sans", 28, "333333", false, 480));
        styles.addStyle(style(HEADING1, "heading 1", 0, "Liberation Sans", 28, BLUE, true, 160));
        styles.addStyle(style(CAPTION, "caption", null, "Liberation Sans", 19, BLUE, true, 60));
        styles.addStyle(style(NOTE, "Vigie note", null, "Liberation Sans", 16, "444444", false, 200));
        styles.addStyle(style(FOOTER, "footer", null, "Liberation Sans", 16, "555555", false, 0));
    }

    /** A paragraph style; sizes in half-points, spacing after in twentieths of a point; {@code outline} null for body text. */
    private static XWPFStyle style(String id, String name, Integer outline, String font, int halfPoints, String colour, boolean bold,
            int spacingAfter) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        if (!"Normal".equals(id)) {
            ct.addNewBasedOn().setVal("Normal");
            ct.addNewNext().setVal("Normal");
        }
        ct.addNewQFormat();
        CTPPrGeneral p = ct.addNewPPr();
        p.addNewSpacing().setAfter(BigInteger.valueOf(spacingAfter));
        if (outline != null) {
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            p.addNewKeepNext();
            p.getSpacing().setBefore(BigInteger.valueOf(240));
        }
        CTRPr r = ct.addNewRPr();
        CTFonts fonts = r.addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setCs(font);
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (colour != null) {
            r.addNewColor().setVal(colour);
        }
        if (bold) {
            r.addNewB();
        }
        return new XWPFStyle(ct);
    }
}
