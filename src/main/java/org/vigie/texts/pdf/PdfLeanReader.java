package org.vigie.texts.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Vigie's own reading of a page's text operators: gives {@link PdfLineCollector} the glyphs PDFBox's
 * text engine ({@code PDFStreamEngine.showText}, {@code LegacyPDFStreamEngine.showGlyph}) would give,
 * computed the same way with PDFBox's {@link Matrix}, but without parsing font programs or building
 * PDFBox's operand objects. What it does not handle exactly (see {@link PdfContentLexer},
 * {@link PdfLeanFont}, form XObjects, an /ActualText, thread beads) throws {@link Declined}: the caller
 * then reads the whole document with PDFBox.
 */
final class PdfLeanReader {

    /** The lean reader cannot read this document as PDFBox would; read it with PDFBox. */
    static final class Declined extends RuntimeException {
        Declined(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final int MAX_CONTENT = 64 << 20;
    private static final int MAX_DEPTH = 256;
    private static final int MAX_FORM_LEVEL = 50;
    /** Forms drawn on one page: a form drawing itself twice would otherwise double at every level. */
    private static final int MAX_FORMS = 10_000;
    private static final GlyphList GLYPHS = additionalGlyphs();

    private final Map<COSDictionary, PdfLeanFont> fonts = new HashMap<>();
    private final Deque<PdfLeanState> saved = new ArrayDeque<>();
    private PdfLineCollector sink;
    private PDResources resources;
    private PdfLeanState state;
    private Matrix textMatrix;
    private Matrix textLineMatrix;
    private int rotation;
    private PDRectangle cropBox;
    private Matrix translate;
    private int level;
    private int forms;

    /** Sends the glyphs and marked-content sequences of {@code page} to {@code collector}. */
    void page(PDPage page, PdfLineCollector collector) throws IOException {
        if (!page.getThreadBeads().isEmpty()) {
            throw new Declined("thread beads");
        }
        sink = collector;
        resources = page.getResources();
        rotation = page.getRotation();
        cropBox = page.getCropBox();
        translate = cropBox.getLowerLeftX() == 0 && cropBox.getLowerLeftY() == 0 ? null
                : Matrix.getTranslateInstance(-cropBox.getLowerLeftX(), -cropBox.getLowerLeftY());
        state = new PdfLeanState();
        forms = 0;
        saved.clear();
        textMatrix = null;
        textLineMatrix = null;
        byte[] content;
        try (InputStream in = page.getContents()) {
            content = in.readNBytes(MAX_CONTENT + 1);
        }
        if (content.length > MAX_CONTENT) {
            throw new Declined("content stream too large");
        }
        run(content);
    }

    private void run(byte[] content) throws IOException {
        PdfContentLexer lexer = new PdfContentLexer(content);
        for (String op = lexer.next(); op != null; op = lexer.next()) {
            operator(op, lexer.operands());
        }
    }

    /**
     * {@code PDFStreamEngine.showForm} through {@code processStream}: the form's resources (or the
     * current ones), a graphics-state stack of its own starting from the current state, the CTM
     * concatenated with the form's matrix; forms nested deeper than PDFBox's 50 levels are declined.
     */
    private void form(PDFormXObject form) throws IOException {
        if (level >= MAX_FORM_LEVEL || ++forms > MAX_FORMS) {
            throw new Declined("forms nested too deep");
        }
        if (form instanceof PDTransparencyGroup || form.getCOSObject().getLength() <= 0) {
            throw new Declined("transparency group or empty form");
        }
        byte[] content;
        try (InputStream in = form.getContents()) {
            content = in.readNBytes(MAX_CONTENT + 1);
        }
        if (content.length > MAX_CONTENT) {
            throw new Declined("content stream too large");
        }
        PDResources parentResources = resources;
        Deque<PdfLeanState> parentStack = new ArrayDeque<>(saved);
        PdfLeanState parentState = state;
        if (form.getResources() != null) {
            resources = form.getResources();
        }
        saved.clear();
        state = state.copy();
        state.ctm.concatenate(form.getMatrix());
        level++;
        try {
            run(content);
        } finally {
            level--;
            resources = parentResources;
            saved.clear();
            saved.addAll(parentStack);
            state = parentState;
        }
    }

    private void operator(String op, List<Object> o) throws IOException {
        switch (op) {
            case "BT" -> {
                arity(o, 0);
                textMatrix = new Matrix();
                textLineMatrix = new Matrix();
            }
            case "ET" -> {
                arity(o, 0);
                textMatrix = null;
                textLineMatrix = null;
            }
            case "Tm" -> {
                textMatrix = new Matrix(num(o, 0, 6), num(o, 1, 6), num(o, 2, 6), num(o, 3, 6), num(o, 4, 6), num(o, 5, 6));
                textLineMatrix = textMatrix.clone();
            }
            case "Td" -> moveText(num(o, 0, 2), num(o, 1, 2));
            case "TD" -> {
                state.leading = -num(o, 1, 2);
                moveText(num(o, 0, 2), num(o, 1, 2));
            }
            case "T*" -> {
                arity(o, 0);
                moveText(0, -1 * state.leading);
            }
            case "Tf" -> {
                if (o.size() != 2 || !(o.get(0) instanceof PdfContentLexer.Name name)) {
                    throw new Declined("Tf");
                }
                state.fontSize = num(o, 1, 2);
                state.font = font(name.value());
            }
            case "Tc" -> state.charSpacing = num(o, 0, 1);
            case "Tw" -> state.wordSpacing = num(o, 0, 1);
            case "Tz" -> state.horizontalScaling = num(o, 0, 1);
            case "TL" -> state.leading = num(o, 0, 1);
            case "Ts" -> state.rise = num(o, 0, 1);
            case "Tr" -> num(o, 0, 1);
            case "cm" -> state.ctm.concatenate(new Matrix(num(o, 0, 6), num(o, 1, 6), num(o, 2, 6), num(o, 3, 6),
                    num(o, 4, 6), num(o, 5, 6)));
            case "q" -> {
                if (saved.size() >= MAX_DEPTH) {
                    throw new Declined("graphics state nesting");
                }
                saved.push(state.copy());
            }
            case "Q" -> state = saved.isEmpty() ? state : saved.pop();
            case "Tj" -> showText(string(o, 0, 1));
            case "'" -> {
                byte[] s = string(o, 0, 1);
                moveText(0, -1 * state.leading);
                showText(s);
            }
            case "\"" -> {
                byte[] s = string(o, 2, 3);
                state.wordSpacing = num(o, 0, 3);
                state.charSpacing = num(o, 1, 3);
                moveText(0, -1 * state.leading);
                showText(s);
            }
            case "TJ" -> showTextStrings(o);
            case "BMC", "BDC", "EMC" -> PdfLeanMarkedContent.operator(op, o, resources, sink);
            case "Do" -> {
                PDFormXObject form = PdfLeanMarkedContent.form(o, resources);
                if (form != null) {
                    form(form);
                }
            }
            case "gs" -> PdfLeanMarkedContent.checkGraphicsState(o, resources);
            case "d0", "d1", "BX", "EX", "sh", "MP", "DP" -> throw new Declined("operator " + op);
            default -> {
                // path, colour and other operators: PDFBox's text engine ignores them too
            }
        }
    }

    private void moveText(float x, float y) {
        if (textLineMatrix == null) {
            throw new Declined("text position outside BT");
        }
        textLineMatrix.concatenate(new Matrix(1, 0, 0, 1, x, y));
        textMatrix = textLineMatrix.clone();
    }

    private void showTextStrings(List<Object> o) {
        if (o.size() != 1 || !(o.get(0) instanceof List<?> array)) {
            throw new Declined("TJ");
        }
        for (Object item : array) {
            if (item instanceof Float tj) {
                checkText();
                float tx = -tj / 1000 * state.fontSize * (state.horizontalScaling / 100f);
                textMatrix.translate(tx, 0);
            } else {
                showText((byte[]) item);
            }
        }
    }

    private void checkText() {
        if (textMatrix == null || state.font == null) {
            throw new Declined("text shown outside BT or without a font");
        }
    }

    /** {@code PDFStreamEngine.showText}: each glyph placed, then the text matrix advanced. */
    private void showText(byte[] string) {
        checkText();
        PdfLeanFont font = state.font;
        float fontSize = state.fontSize;
        float horizontalScaling = state.horizontalScaling / 100f;
        Matrix parameters = new Matrix(fontSize * horizontalScaling, 0, 0, fontSize, 0, state.rise);
        int width = font.composite() ? 2 : 1;
        if (string.length % width != 0) {
            throw new Declined("odd string for a two-byte font");
        }
        for (int i = 0; i < string.length; i += width) {
            int code = width == 2 ? (string[i] & 0xFF) << 8 | string[i + 1] & 0xFF : string[i] & 0xFF;
            float wordSpacing = width == 1 && code == 32 ? state.wordSpacing : 0;
            Matrix trm = parameters.multiply(textMatrix).multiply(state.ctm);
            float displacement;
            try {
                displacement = font.getWidth(code) / 1000;
            } catch (IOException e) {
                throw new Declined("width");
            }
            showGlyph(trm, font, code, displacement);
            float tx = (displacement * fontSize + state.charSpacing + wordSpacing) * horizontalScaling;
            textMatrix.translate(tx, 0);
        }
    }

    /** {@code LegacyPDFStreamEngine.showGlyph}: the glyph's {@link TextPosition}. */
    private void showGlyph(Matrix trm, PdfLeanFont font, int code, float displacementX) {
        float fontSize = state.fontSize;
        float horizontalScaling = state.horizontalScaling / 100f;
        float tx = displacementX * fontSize * horizontalScaling;
        float ty = 0 * fontSize;
        Matrix next = Matrix.getTranslateInstance(tx, ty).multiply(textMatrix).multiply(state.ctm);
        float nextX = next.getTranslateX();
        float nextY = next.getTranslateY();
        float dxDisplay = nextX - trm.getTranslateX();
        float dyDisplay = font.height() * trm.getScalingFactorY();
        float spaceWidthText = font.spaceWidth() * 0.001f;
        float spaceWidthDisplay = spaceWidthText * trm.getScalingFactorX();
        String unicode = font.toUnicode(code, GLYPHS);
        if (unicode == null) {
            unicode = String.valueOf((char) code);
        }
        Matrix placed = trm;
        if (translate != null) {
            placed = Matrix.concatenate(translate, trm);
            nextX -= cropBox.getLowerLeftX();
            nextY -= cropBox.getLowerLeftY();
        }
        sink.processTextPosition(new TextPosition(rotation, cropBox.getWidth(), cropBox.getHeight(), placed, nextX,
                nextY, Math.abs(dyDisplay), dxDisplay, Math.abs(spaceWidthDisplay), unicode, new int[] {code}, font,
                fontSize, (int) (fontSize * textMatrix.getScalingFactorX())));
    }

    private PdfLeanFont font(String name) {
        COSDictionary all = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (all == null || !(all.getDictionaryObject(COSName.getPDFName(name)) instanceof COSDictionary dict)) {
            throw new Declined("missing font " + name);
        }
        PdfLeanFont font = fonts.get(dict);
        if (font == null) {
            font = new PdfLeanFont(dict);
            fonts.put(dict, font);
        }
        return font;
    }

    private static void arity(List<Object> o, int count) {
        if (o.size() != count) {
            throw new Declined("operand count");
        }
    }

    private static float num(List<Object> o, int index, int count) {
        arity(o, count);
        if (!(o.get(index) instanceof Float f)) {
            throw new Declined("operand type");
        }
        return f;
    }

    private static byte[] string(List<Object> o, int index, int count) {
        arity(o, count);
        if (!(o.get(index) instanceof byte[] s)) {
            throw new Declined("operand type");
        }
        return s;
    }

    private static GlyphList additionalGlyphs() {
        try (InputStream in = GlyphList.class.getResourceAsStream("/org/apache/pdfbox/resources/glyphlist/additional.txt")) {
            return new GlyphList(GlyphList.getAdobeGlyphList(), in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
