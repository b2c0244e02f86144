package org.vigie.texts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * A measurement, not a reader: the least work that gets every glyph of a UN PDF with its Unicode
 * text and position, to know how fast a lean reader could be. PDFBox loads the document and
 * decodes the content streams; the rest is done here: a tokenizer over the content bytes, the text
 * operators (BT, Tf, Tm, Td, TD, T*, TL, Tc, Tw, Tz, TJ, Tj, cm, q, Q), /ToUnicode (parsed by
 * FontBox's CMap parser, without the font program), /Widths and /W, and a sort of each page's glyphs
 * by line and x. Its positions are PDFBox's on the official PDFs; it knows nothing of inline images,
 * form XObjects, Type 3 fonts, encodings other than WinAnsi and Identity-H, rotated pages, and
 * builds no lines. Used by {@link PdfStagesBench}.
 */
final class PdfGlyphFloor {

    record Glyph(String text, float x, float y, float width) {
    }

    private static final class Font {
        CMap toUnicode;
        boolean twoBytes;
        float[] widths = new float[0];
        int firstChar;
        float defaultWidth = 1000;
        final Map<Integer, Float> cidWidths = new HashMap<>();

        float width(int code) {
            if (twoBytes) {
                return cidWidths.getOrDefault(code, defaultWidth);
            }
            int i = code - firstChar;
            return i >= 0 && i < widths.length ? widths[i] : 0;
        }

        String unicode(int code) {
            String s = toUnicode == null ? null : toUnicode.toUnicode(code);
            if (s == null && !twoBytes) {
                s = GlyphList.getAdobeGlyphList().toUnicode(WinAnsiEncoding.INSTANCE.getName(code));
            }
            return s;
        }
    }

    private byte[] b;
    private int p;
    private final float[] operands = new float[6];
    private int operandCount;
    private String name;
    private final List<Object> array = new ArrayList<>();
    private final List<byte[]> strings = new ArrayList<>();
    private Map<String, Font> fonts;
    private List<Glyph> glyphs;
    private float[] tm;
    private float[] tlm;
    private float[] ctm;
    private final Deque<float[]> saved = new ArrayDeque<>();
    private Font font;
    private float fontSize;
    private float charSpacing;
    private float wordSpacing;
    private float scaling = 1;
    private float leading;

    /** Every glyph of {@code pdf}, page after page, each page's sorted by line then x. */
    static List<Glyph> read(byte[] pdf) throws IOException {
        PdfGlyphFloor floor = new PdfGlyphFloor();
        List<Glyph> all = new ArrayList<>();
        Map<COSDictionary, Font> loaded = new HashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                floor.fonts = new HashMap<>();
                COSDictionary fontDictionary = page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
                if (fontDictionary != null) {
                    for (COSName key : fontDictionary.keySet()) {
                        COSDictionary f = (COSDictionary) fontDictionary.getDictionaryObject(key);
                        floor.fonts.put(key.getName(), loaded.computeIfAbsent(f, PdfGlyphFloor::font));
                    }
                }
                floor.glyphs = new ArrayList<>();
                floor.page(page.getContents().readAllBytes());
                floor.glyphs.sort((g, h) -> Math.abs(g.y - h.y) < 1 ? Float.compare(g.x, h.x) : Float.compare(h.y, g.y));
                all.addAll(floor.glyphs);
            }
        }
        return all;
    }

    private static Font font(COSDictionary d) {
        Font f = new Font();
        try {
            if (d.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream s) {
                f.toUnicode = new CMapParser().parse(new RandomAccessReadBuffer(s.createInputStream()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (COSName.TYPE0.equals(d.getCOSName(COSName.SUBTYPE))) {
            f.twoBytes = true;
            COSDictionary cid = (COSDictionary) ((COSArray) d.getDictionaryObject(COSName.DESCENDANT_FONTS)).getObject(0);
            if (cid.getDictionaryObject(COSName.DW) instanceof COSNumber n) {
                f.defaultWidth = n.floatValue();
            }
            if (cid.getDictionaryObject(COSName.W) instanceof COSArray w) {
                for (int i = 0; i + 1 < w.size();) {
                    int first = ((COSNumber) w.getObject(i++)).intValue();
                    if (w.getObject(i++) instanceof COSArray list) {
                        for (int k = 0; k < list.size(); k++) {
                            f.cidWidths.put(first + k, ((COSNumber) list.getObject(k)).floatValue());
                        }
                    } else {
                        int last = ((COSNumber) w.getObject(i - 1)).intValue();
                        float width = ((COSNumber) w.getObject(i++)).floatValue();
                        for (int k = first; k <= last; k++) {
                            f.cidWidths.put(k, width);
                        }
                    }
                }
            }
        } else {
            f.firstChar = d.getInt(COSName.FIRST_CHAR, 0);
            if (d.getDictionaryObject(COSName.WIDTHS) instanceof COSArray a) {
                f.widths = a.toFloatArray();
            }
        }
        return f;
    }

    private void page(byte[] content) {
        b = content;
        p = 0;
        ctm = new float[] {1, 0, 0, 1, 0, 0};
        saved.clear();
        boolean inArray = false;
        while (p < b.length) {
            int c = b[p] & 0xFF;
            if (isSpace(c)) {
                p++;
            } else if (c == '%') {
                while (p < b.length && b[p] != '\n' && b[p] != '\r') {
                    p++;
                }
            } else if (c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.') {
                float v = number();
                if (inArray) {
                    array.add(v);
                } else if (operandCount < operands.length) {
                    operands[operandCount++] = v;
                }
            } else if (c == '/') {
                int start = ++p;
                while (p < b.length && !isDelimiter(b[p] & 0xFF)) {
                    p++;
                }
                name = new String(b, start, p - start, StandardCharsets.ISO_8859_1);
            } else if (c == '(' || c == '<' && (p + 1 >= b.length || b[p + 1] != '<')) {
                byte[] s = c == '(' ? literal() : hex();
                if (inArray) {
                    array.add(s);
                } else {
                    strings.add(s);
                }
            } else if (c == '<') {
                skipDictionary();
            } else if (c == '[' || c == ']') {
                inArray = c == '[';
                p++;
            } else {
                int start = p;
                while (p < b.length && !isDelimiter(b[p] & 0xFF)) {
                    p++;
                }
                if (p == start) {
                    p++;
                } else {
                    operator(new String(b, start, p - start, StandardCharsets.ISO_8859_1));
                }
                operandCount = 0;
                strings.clear();
                array.clear();
            }
        }
    }

    private void operator(String op) {
        float[] o = operands;
        switch (op) {
            case "BT" -> {
                tm = new float[] {1, 0, 0, 1, 0, 0};
                tlm = tm.clone();
            }
            case "Tm" -> {
                tm = Arrays.copyOf(o, 6);
                tlm = tm.clone();
            }
            case "Td", "TD" -> {
                if (op.equals("TD")) {
                    leading = -o[1];
                }
                tlm = multiply(new float[] {1, 0, 0, 1, o[0], o[1]}, tlm);
                tm = tlm.clone();
            }
            case "T*" -> {
                tlm = multiply(new float[] {1, 0, 0, 1, 0, -leading}, tlm);
                tm = tlm.clone();
            }
            case "Tf" -> {
                font = fonts.get(name);
                fontSize = o[0];
            }
            case "Tc" -> charSpacing = o[0];
            case "Tw" -> wordSpacing = o[0];
            case "Tz" -> scaling = o[0] / 100;
            case "TL" -> leading = o[0];
            case "cm" -> ctm = multiply(Arrays.copyOf(o, 6), ctm);
            case "q" -> saved.push(ctm.clone());
            case "Q" -> ctm = saved.isEmpty() ? ctm : saved.pop();
            case "Tj" -> strings.forEach(this::show);
            case "TJ" -> array.forEach(item -> {
                if (item instanceof byte[] s) {
                    show(s);
                } else {
                    advance(-(Float) item / 1000 * fontSize * scaling);
                }
            });
            default -> {
            }
        }
    }

    private void show(byte[] s) {
        if (font == null) {
            return;
        }
        for (int i = 0; i < s.length;) {
            int code = s[i++] & 0xFF;
            if (font.twoBytes && i < s.length) {
                code = code << 8 | s[i++] & 0xFF;
            }
            float[] trm = multiply(multiply(new float[] {fontSize * scaling, 0, 0, fontSize, 0, 0}, tm), ctm);
            float width = font.width(code) / 1000 * fontSize;
            String text = font.unicode(code);
            if (text != null) {
                glyphs.add(new Glyph(text, trm[4], trm[5], width * scaling));
            }
            advance((width + charSpacing + (code == 32 && !font.twoBytes ? wordSpacing : 0)) * scaling);
        }
    }

    private void advance(float tx) {
        tm[4] += tx * tm[0];
        tm[5] += tx * tm[1];
    }

    private static float[] multiply(float[] a, float[] m) {
        return new float[] {a[0] * m[0] + a[1] * m[2], a[0] * m[1] + a[1] * m[3], a[2] * m[0] + a[3] * m[2],
            a[2] * m[1] + a[3] * m[3], a[4] * m[0] + a[5] * m[2] + m[4], a[4] * m[1] + a[5] * m[3] + m[5]};
    }

    private float number() {
        boolean negative = b[p] == '-';
        if (b[p] == '-' || b[p] == '+') {
            p++;
        }
        double v = 0;
        while (p < b.length && b[p] >= '0' && b[p] <= '9') {
            v = v * 10 + (b[p++] - '0');
        }
        if (p < b.length && b[p] == '.') {
            p++;
            for (double scale = 0.1; p < b.length && b[p] >= '0' && b[p] <= '9'; scale /= 10) {
                v += (b[p++] - '0') * scale;
            }
        }
        return (float) (negative ? -v : v);
    }

    private byte[] literal() {
        p++;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int depth = 1; p < b.length;) {
            byte c = b[p++];
            if (c == '\\' && p < b.length) {
                byte e = b[p++];
                if (e >= '0' && e <= '7') {
                    int v = e - '0';
                    for (int k = 0; k < 2 && p < b.length && b[p] >= '0' && b[p] <= '7'; k++) {
                        v = v * 8 + b[p++] - '0';
                    }
                    out.write(v);
                } else {
                    out.write(switch (e) {
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 't' -> '\t';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        default -> e;
                    });
                }
                continue;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                break;
            }
            out.write(c);
        }
        return out.toByteArray();
    }

    private byte[] hex() {
        p++;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int high = -1;
        while (p < b.length && b[p] != '>') {
            int v = Character.digit(b[p++], 16);
            if (v >= 0 && high < 0) {
                high = v;
            } else if (v >= 0) {
                out.write(high << 4 | v);
                high = -1;
            }
        }
        p++;
        if (high >= 0) {
            out.write(high << 4);
        }
        return out.toByteArray();
    }

    private void skipDictionary() {
        for (int depth = 0; p < b.length;) {
            if (b[p] == '(') {
                literal();
            } else if (p + 1 < b.length && (b[p] == '<' && b[p + 1] == '<' || b[p] == '>' && b[p + 1] == '>')) {
                depth += b[p] == '<' ? 1 : -1;
                p += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                p++;
            }
        }
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0 || c == '\f';
    }

    private static boolean isDelimiter(int c) {
        return isSpace(c) || c == '/' || c == '[' || c == ']' || c == '(' || c == ')' || c == '<' || c == '>' || c == '%';
    }
}
