package org.vigie.texts.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * The operators {@link PdfLeanReader} passes on or checks without reading them: marked content (handed
 * to {@link PdfLineCollector} as PDFBox hands it; an /ActualText is declined), XObjects (a form is
 * returned to be read, images ignored as PDFBox's text engine ignores them) and graphics-state dictionaries (one
 * that sets a font is declined).
 */
final class PdfLeanMarkedContent {

    private PdfLeanMarkedContent() {
    }

    static void operator(String op, List<Object> o, PDResources resources, PdfLineCollector sink) {
        switch (op) {
            case "BMC" -> sink.beginMarkedContentSequence(name(o, 0, 1), null);
            case "EMC" -> {
                if (!o.isEmpty()) {
                    throw new PdfLeanReader.Declined("EMC");
                }
                sink.endMarkedContentSequence();
            }
            default -> {
                COSName tag = name(o, 0, 2);
                COSDictionary properties;
                if (o.get(1) instanceof PdfContentLexer.Dict d) {
                    if (d.raw().contains("ActualText")) {
                        throw new PdfLeanReader.Declined("ActualText");
                    }
                    properties = new COSDictionary();
                } else {
                    COSName name = name(o, 1, 2);
                    COSDictionary list = resources == null ? null : resourceDictionary(resources, COSName.PROPERTIES, name);
                    if (list == null || list.containsKey(COSName.ACTUAL_TEXT)) {
                        throw new PdfLeanReader.Declined("marked-content properties");
                    }
                    properties = list;
                }
                sink.beginMarkedContentSequence(tag, properties);
            }
        }
    }

    /** The form XObject {@code Do} draws, or null for an image (which text extraction ignores). */
    static PDFormXObject form(List<Object> o, PDResources resources) throws IOException {
        COSBase x = resources == null ? null : resourceEntry(resources, COSName.XOBJECT, name(o, 0, 1));
        if (x instanceof COSStream s && COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE))) {
            return null;
        }
        if (x instanceof COSStream s && COSName.FORM.equals(s.getCOSName(COSName.SUBTYPE))
                && resources.getXObject(name(o, 0, 1)) instanceof PDFormXObject form) {
            return form;
        }
        throw new PdfLeanReader.Declined("XObject");
    }

    static void checkGraphicsState(List<Object> o, PDResources resources) {
        COSDictionary gs = resources == null ? null : resourceDictionary(resources, COSName.EXT_G_STATE, name(o, 0, 1));
        if (gs == null || gs.containsKey(COSName.FONT)) {
            throw new PdfLeanReader.Declined("graphics state");
        }
    }

    private static COSDictionary resourceDictionary(PDResources resources, COSName kind, COSName name) {
        return resourceEntry(resources, kind, name) instanceof COSDictionary d ? d : null;
    }

    private static COSBase resourceEntry(PDResources resources, COSName kind, COSName name) {
        COSDictionary all = resources.getCOSObject().getCOSDictionary(kind);
        return all == null ? null : all.getDictionaryObject(name);
    }

    private static COSName name(List<Object> o, int index, int count) {
        if (o.size() != count || !(o.get(index) instanceof PdfContentLexer.Name n)) {
            throw new PdfLeanReader.Declined("operand");
        }
        return COSName.getPDFName(n.value());
    }
}
