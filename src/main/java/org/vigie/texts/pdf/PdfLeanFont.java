package org.vigie.texts.pdf;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.DictionaryEncoding;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A font as {@link PdfLeanReader} needs it, from its dictionaries alone: widths (/Widths, /FirstChar,
 * /MissingWidth, Standard-14 AFM metrics; /W and /DW of a Type 0 font's CIDFont), Unicode (/ToUnicode,
 * then a simple font's encoding and /Differences) and the glyph height PDFBox's text engine uses. It is
 * a {@link PDFont} so that PDFBox's own code computes what it can (ToUnicode CMap, widths, space width)
 * exactly as for PDFBox's fonts, without parsing the embedded font program. Whatever would need the
 * program, or that it does not handle (Type 3, vertical writing, encodings other than Identity-H for
 * Type 0, a symbolic font's built-in encoding), throws {@link PdfLeanReader.Declined}.
 */
final class PdfLeanFont extends PDFont {

    /** More widths than a font can have codes is hostile input. */
    private static final int MAX_WIDTHS = 1 << 17;

    private final boolean composite;
    private final Map<Integer, Float> cidWidths = new HashMap<>();
    private final Map<Integer, String> unicodes = new HashMap<>();
    private float defaultWidth = 1000;
    private PDFontDescriptor descendantDescriptor;
    private Encoding encoding;
    private Float height;
    private Float spaceWidth;
    /** BaseFont, read once (PDFBox's line building asks for it at every glyph); set during super(). */
    private String name;
    /** Set when PDFBox's code would have needed what this font does not know (it may swallow the exception). */
    private boolean declined;

    PdfLeanFont(COSDictionary dict) {
        super(dict);
        COSName subtype = dict.getCOSName(COSName.SUBTYPE);
        composite = COSName.TYPE0.equals(subtype);
        if (composite) {
            readComposite();
        } else if (COSName.TYPE1.equals(subtype) || COSName.TRUE_TYPE.equals(subtype)) {
            readEncoding();
        } else {
            throw new PdfLeanReader.Declined("font type " + subtype);
        }
    }

    private void readComposite() {
        if (!COSName.IDENTITY_H.equals(dict.getDictionaryObject(COSName.ENCODING))) {
            throw new PdfLeanReader.Declined("CMap");
        }
        if (!(dict.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray a) || a.size() < 1
                || !(a.getObject(0) instanceof COSDictionary cid)) {
            throw new PdfLeanReader.Declined("descendant font");
        }
        COSDictionary fd = cid.getCOSDictionary(COSName.FONT_DESC);
        descendantDescriptor = fd == null ? null : new PDFontDescriptor(fd);
        if (cid.getDictionaryObject(COSName.DW) instanceof COSNumber dw) {
            defaultWidth = dw.floatValue();
        }
        COSArray w = cid.getCOSArray(COSName.W);
        for (int i = 0; w != null && i < w.size() - 1;) {
            if (!(w.getObject(i++) instanceof COSNumber first)) {
                throw new PdfLeanReader.Declined("W");
            }
            COSBase next = w.getObject(i++);
            if (next instanceof COSArray list) {
                for (int k = 0; k < list.size(); k++) {
                    if (!(list.getObject(k) instanceof COSNumber width)) {
                        throw new PdfLeanReader.Declined("W");
                    }
                    cidWidths.put(first.intValue() + k, width.floatValue());
                }
            } else if (i < w.size() && next instanceof COSNumber last && w.getObject(i++) instanceof COSNumber width) {
                if (last.intValue() - first.intValue() > 65536 || cidWidths.size() > MAX_WIDTHS) {
                    throw new PdfLeanReader.Declined("W");
                }
                for (int k = first.intValue(); k <= last.intValue(); k++) {
                    cidWidths.put(k, width.floatValue());
                }
            } else {
                throw new PdfLeanReader.Declined("W");
            }
        }
    }

    /** As {@code PDSimpleFont.readEncoding}, for the encodings that need no font program. */
    private void readEncoding() {
        COSBase base = dict.getDictionaryObject(COSName.ENCODING);
        if (base instanceof COSName name && Encoding.getInstance(name) != null) {
            encoding = Encoding.getInstance(name);
        } else if (base instanceof COSDictionary d && d.getCOSName(COSName.BASE_ENCODING) != null
                && Encoding.getInstance(d.getCOSName(COSName.BASE_ENCODING)) != null) {
            encoding = new DictionaryEncoding(d, true, null);
        } else if (base instanceof COSDictionary d && getFontDescriptor() != null && !getFontDescriptor().isSymbolic()) {
            encoding = new DictionaryEncoding(d, true, null);
        } else {
            throw new PdfLeanReader.Declined("encoding");
        }
        if (Standard14Fonts.getMappedFontName(getName()) == Standard14Fonts.FontName.ZAPF_DINGBATS) {
            throw new PdfLeanReader.Declined("ZapfDingbats");
        }
    }

    boolean composite() {
        return composite;
    }

    @Override
    public float getWidth(int code) throws java.io.IOException {
        if (composite) {
            Float width = cidWidths.get(code);
            return width == null ? defaultWidth : width;
        }
        return super.getWidth(code);
    }

    /** PDFBox's Unicode for {@code code}, remembered (PDFBox re-examines the ToUnicode entry at every glyph). */
    @Override
    public String toUnicode(int code, GlyphList glyphList) {
        String unicode = unicodes.get(code);
        if (unicode == null) {
            unicode = unicode(code, glyphList);
            if (unicode != null) {
                unicodes.put(code, unicode);
            }
        }
        return unicode;
    }

    private String unicode(int code, GlyphList glyphList) {
        String unicode = super.toUnicode(code);
        if (unicode != null) {
            return unicode;
        }
        if (composite) {
            throw new PdfLeanReader.Declined("no ToUnicode mapping");
        }
        return glyphList.toUnicode(encoding.getName(code));
    }

    /** Glyph height in text space, as {@code LegacyPDFStreamEngine.computeFontHeight}. */
    float height() {
        if (height == null) {
            PDFontDescriptor fd = composite ? descendantDescriptor : getFontDescriptor();
            PDRectangle r = fd == null ? null : fd.getFontBoundingBox();
            if (r == null || r.getLowerLeftX() == 0 && r.getLowerLeftY() == 0 && r.getUpperRightX() == 0
                    && r.getUpperRightY() == 0) {
                throw new PdfLeanReader.Declined("no font bounding box");
            }
            BoundingBox bbox = new BoundingBox(r.getLowerLeftX(), r.getLowerLeftY(), r.getUpperRightX(), r.getUpperRightY());
            if (bbox.getLowerLeftY() < Short.MIN_VALUE) {
                bbox.setLowerLeftY(-(bbox.getLowerLeftY() + 65536));
            }
            float glyphHeight = bbox.getHeight() / 2;
            float capHeight = fd.getCapHeight();
            if (Float.compare(capHeight, 0) != 0 && (capHeight < glyphHeight || Float.compare(glyphHeight, 0) == 0)) {
                glyphHeight = capHeight;
            }
            float ascent = fd.getAscent();
            float descent = fd.getDescent();
            if (capHeight > ascent && ascent > 0 && descent < 0
                    && ((ascent - descent) / 2 < glyphHeight || Float.compare(glyphHeight, 0) == 0)) {
                glyphHeight = (ascent - descent) / 2;
            }
            height = glyphHeight / 1000;
        }
        return height;
    }

    @Override
    protected float getStandard14Width(int code) {
        if (composite || getStandard14AFM() == null) {
            throw decline("standard 14 width");
        }
        String name = encoding.getName(code);
        if (".notdef".equals(name)) {
            return 250f;
        }
        name = "nbspace".equals(name) ? "space" : "sfthyphen".equals(name) ? "hyphen" : name;
        return getStandard14AFM().getCharacterWidth(name);
    }

    @Override
    public float getWidthFromFont(int code) {
        throw decline("width from the font program");
    }

    @Override
    public float getAverageFontWidth() {
        throw decline("average width");
    }

    private PdfLeanReader.Declined decline(String what) {
        declined = true;
        return new PdfLeanReader.Declined(what);
    }

    /** PDFBox's space width, declined when PDFBox would have taken it from the font program. */
    float spaceWidth() {
        if (spaceWidth == null) {
            float width = getSpaceWidth();
            if (declined || width == 0) {
                throw new PdfLeanReader.Declined("space width");
            }
            spaceWidth = width;
        }
        return spaceWidth;
    }

    @Override
    public String getName() {
        if (name == null) {
            name = dict.getNameAsString(COSName.BASE_FONT);
        }
        return name;
    }

    @Override
    public boolean isVertical() {
        return false;
    }

    @Override
    public boolean isEmbedded() {
        PDFontDescriptor fd = getFontDescriptor();
        return fd != null && (fd.getFontFile() != null || fd.getFontFile2() != null || fd.getFontFile3() != null);
    }

    @Override
    public int readCode(InputStream in) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Matrix getFontMatrix() {
        return new Matrix(0.001f, 0, 0, 0.001f, 0, 0);
    }

    @Override
    public BoundingBox getBoundingBox() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Vector getPositionVector(int code) {
        throw new UnsupportedOperationException();
    }

    @Override
    public float getHeight(int code) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean hasExplicitWidth(int code) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isDamaged() {
        return false;
    }

    @Override
    protected byte[] encode(int unicode) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void addToSubset(int codePoint) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void subset() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean willBeSubset() {
        return false;
    }
}
