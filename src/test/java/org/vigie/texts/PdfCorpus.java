package org.vigie.texts;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * PDFs made from a seed, to compare Vigie's lean PDF reader with PDFBox's text engine on far more than the
 * real resolutions: resolution paragraphs in French and English (the project's own texts), laid out in
 * one to three columns, in the standard 14 fonts under WinAnsi, MacRoman and /Differences encodings, in
 * the shipped Liberation fonts embedded as simple TrueType or as Type 0 Identity-H subsets with ToUnicode,
 * with moved, scaled and rotated text, kerned TJ arrays, spacing, rise and scaling, marked content, form
 * XObjects, superscript calls, glyphs printed twice, invisible text, rotated pages; and HTML pages laid out
 * by openhtmltopdf, as Vigie's reports are.
 */
final class PdfCorpus {
    private static final String[] LIBERATION = {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
            "LiberationSerif-Italic.ttf", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"};
    private static final Standard14Fonts.FontName[] STANDARD = {Standard14Fonts.FontName.TIMES_ROMAN,
            Standard14Fonts.FontName.TIMES_BOLD, Standard14Fonts.FontName.TIMES_ITALIC,
            Standard14Fonts.FontName.TIMES_BOLD_ITALIC, Standard14Fonts.FontName.HELVETICA,
            Standard14Fonts.FontName.HELVETICA_BOLD, Standard14Fonts.FontName.HELVETICA_OBLIQUE,
            Standard14Fonts.FontName.COURIER, Standard14Fonts.FontName.COURIER_BOLD};
    /** Accented letters a /Differences array moves to codes 128 and up, as some producers do. */
    private static final String[][] DIFFERENCES = {{"é", "eacute"}, {"è", "egrave"}, {"à", "agrave"},
            {"ç", "ccedilla"}, {"ô", "ocircumflex"}, {"É", "Eacute"}, {"’", "quoteright"}, {"ê", "ecircumflex"}};

    private final List<String> paragraphs;

    PdfCorpus(List<String> paragraphs) {
        this.paragraphs = List.copyOf(paragraphs);
    }

    /** The project's resolution texts: the French draft and the English resolutions' lines. */
    static PdfCorpus ofProjectTexts() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (String line : new String(Fixtures.bytes(Fixtures.DRAFT), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                paragraphs.add(line.strip());
            }
        }
        for (String name : List.of(Fixtures.RES_73_3, Fixtures.RES_73_6)) {
            try (PDDocument document = Loader.loadPDF(Fixtures.bytes(name))) {
                PdfLineCollector collector = new PdfLineCollector();
                collector.getText(document);
                StringBuilder paragraph = new StringBuilder();
                for (PdfLine line : collector.lines()) {
                    paragraph.append(line.text().replaceAll("\\p{Cntrl}", "")).append(' ');
                    if (paragraph.length() > 300 || line.text().endsWith(";") || line.text().endsWith(".")) {
                        paragraphs.add(paragraph.toString().strip());
                        paragraph.setLength(0);
                    }
                }
            }
        }
        return new PdfCorpus(paragraphs);
    }

    /** The PDF of {@code seed}: drawn with PDFBox for most seeds, laid out from HTML for one in eight. */
    byte[] pdf(long seed) throws IOException {
        Random random = new Random(seed);
        return random.nextInt(8) == 0 ? html(random) : drawn(random);
    }

    private byte[] drawn(Random random) throws IOException {
        try (PDDocument document = new PDDocument()) {
            List<PDFont> fonts = fonts(document, random);
            int pages = 1 + random.nextInt(3);
            for (int p = 0; p < pages; p++) {
                PDRectangle size = random.nextBoolean() ? PDRectangle.A4 : PDRectangle.LETTER;
                PDPage page = new PDPage(size);
                if (random.nextInt(10) == 0) {
                    page.setRotation(90 * (1 + random.nextInt(3)));
                }
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    new Page(document, content, size, fonts, random).draw();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** One to four fonts, each of a kind drawn at random. */
    private List<PDFont> fonts(PDDocument document, Random random) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            fonts.add(switch (random.nextInt(6)) {
                case 0, 1 -> new PDType1Font(STANDARD[random.nextInt(STANDARD.length)]);
                case 2 -> standardWith(random, COSName.MAC_ROMAN_ENCODING);
                case 3 -> standardWith(random, differences());
                case 4 -> PDTrueTypeFont.load(document, liberation(random), WinAnsiEncoding.INSTANCE);
                default -> PDType0Font.load(document, liberation(random), random.nextInt(4) != 0);
            });
        }
        return fonts;
    }

    private static PDType1Font standardWith(Random random, org.apache.pdfbox.cos.COSBase encoding) throws IOException {
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE1);
        font.setName(COSName.BASE_FONT, STANDARD[random.nextInt(STANDARD.length)].getName());
        font.setItem(COSName.ENCODING, encoding);
        return new PDType1Font(font);
    }

    private static COSDictionary differences() {
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.BASE_ENCODING, COSName.WIN_ANSI_ENCODING);
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(128));
        for (String[] d : DIFFERENCES) {
            differences.add(COSName.getPDFName(d[1]));
        }
        encoding.setItem(COSName.DIFFERENCES, differences);
        return encoding;
    }

    private static InputStream liberation(Random random) {
        return PdfCorpus.class.getResourceAsStream("/reports/fonts/" + LIBERATION[random.nextInt(LIBERATION.length)]);
    }

    /** A page of paragraphs in columns, each paragraph drawn in one of several ways. */
    private final class Page {
        private final PDDocument document;
        private final PDPageContentStream content;
        private final PDRectangle size;
        private final List<PDFont> fonts;
        private final Random random;

        Page(PDDocument document, PDPageContentStream content, PDRectangle size, List<PDFont> fonts, Random random) {
            this.document = document;
            this.content = content;
            this.size = size;
            this.fonts = fonts;
            this.random = random;
        }

        void draw() throws IOException {
            int columns = 1 + random.nextInt(3);
            float margin = 40 + random.nextInt(40);
            float gutter = 12 + random.nextInt(24);
            float width = (size.getWidth() - 2 * margin - (columns - 1) * gutter) / columns;
            for (int c = 0; c < columns; c++) {
                float x = margin + c * (width + gutter);
                float y = size.getHeight() - margin;
                while (y > margin + 40) {
                    y = paragraph(x, y, width);
                }
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                odd();
            }
        }

        /** Draws one paragraph from {@code (x, y)}, wrapped to {@code width}; the next paragraph's top. */
        private float paragraph(float x, float y, float width) throws IOException {
            PDFont font = fonts.get(random.nextInt(fonts.size()));
            float fontSize = 7 + random.nextInt(10) + (random.nextBoolean() ? 0.5f : 0);
            float leading = fontSize * (1.1f + random.nextFloat() * 0.4f);
            String text = encodable(font, paragraphs.get(random.nextInt(paragraphs.size())));
            List<String> lines = wrap(font, fontSize, text, width);
            boolean markedContent = random.nextInt(4) == 0;
            if (markedContent) {
                COSDictionary properties = new COSDictionary();
                properties.setInt(COSName.MCID, random.nextInt(1000));
                content.beginMarkedContent(COSName.P, PDPropertyList.create(properties));
            }
            content.beginText();
            content.setFont(font, fontSize);
            content.setLeading(leading);
            if (random.nextInt(5) == 0) {
                content.setCharacterSpacing(random.nextFloat() * 0.8f - 0.2f);
            }
            if (random.nextInt(5) == 0) {
                content.setWordSpacing(random.nextFloat() * 3);
            }
            if (random.nextInt(6) == 0) {
                content.setHorizontalScaling(80 + random.nextInt(40));
            }
            content.newLineAtOffset(x + (random.nextInt(3) == 0 ? 18 : 0), y);
            for (String line : lines) {
                show(line, fontSize);
                content.newLine();
            }
            content.endText();
            if (markedContent) {
                content.endMarkedContent();
            }
            return y - leading * lines.size() - fontSize * random.nextFloat() * 1.5f;
        }

        /** A line as one string, as a kerned TJ array, or with a raised footnote call after it. */
        private void show(String line, float fontSize) throws IOException {
            switch (random.nextInt(4)) {
                case 0 -> {
                    List<Object> parts = new ArrayList<>();
                    for (String word : line.split("(?<= )")) {
                        parts.add(word);
                        parts.add((float) (random.nextInt(160) - 80));
                    }
                    content.showTextWithPositioning(parts.toArray());
                }
                case 1 -> {
                    content.showText(line);
                    content.setTextRise(fontSize * 0.35f);
                    content.showText(Integer.toString(1 + random.nextInt(9)));
                    content.setTextRise(0);
                }
                default -> content.showText(line);
            }
        }

        /** Something a resolution rarely holds: rotated, scaled, repeated, invisible, or inside a form. */
        private void odd() throws IOException {
            PDFont font = fonts.get(random.nextInt(fonts.size()));
            String text = encodable(font, firstWords(paragraphs.get(random.nextInt(paragraphs.size())), 8));
            float x = 50 + random.nextInt((int) size.getWidth() - 200);
            float y = 60 + random.nextInt((int) size.getHeight() - 120);
            float size = 6 + random.nextInt(14);
            switch (random.nextInt(5)) {
                case 0 -> {
                    content.beginText();
                    content.setFont(font, size);
                    content.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(90 * random.nextInt(4)
                            + (random.nextBoolean() ? 0 : random.nextInt(40) - 20)), x, y));
                    content.showText(text);
                    content.endText();
                }
                case 1 -> {
                    content.saveGraphicsState();
                    content.transform(new Matrix(0.5f + random.nextFloat() * 1.5f, 0, 0,
                            0.5f + random.nextFloat() * 1.5f, x / 2, y / 2));
                    text(font, size, 0, 0, text);
                    content.restoreGraphicsState();
                }
                case 2 -> {
                    // printed twice, a hair apart: a fake bold
                    text(font, size, x, y, text);
                    text(font, size, x + 0.3f, y, text);
                }
                case 3 -> {
                    content.beginText();
                    content.setFont(font, size);
                    content.setRenderingMode(RenderingMode.NEITHER);
                    content.newLineAtOffset(x, y);
                    content.showText(text);
                    content.setRenderingMode(RenderingMode.FILL);
                    content.endText();
                }
                default -> form(font, size, x, y, text);
            }
        }

        private void text(PDFont font, float size, float x, float y, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        /** Text inside a form XObject, with its own font resources, drawn once or twice. */
        private void form(PDFont font, float size, float x, float y, String text) throws IOException {
            org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream form = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream(document);
            form.setBBox(new PDRectangle(0, 0, 400, 60));
            PDResources resources = new PDResources();
            form.setResources(resources);
            try (PDPageContentStream inside = new PDPageContentStream(document, form)) {
                inside.beginText();
                inside.setFont(font, size);
                inside.newLineAtOffset(2, 20);
                inside.showText(text);
                inside.endText();
            }
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                content.saveGraphicsState();
                content.transform(Matrix.getTranslateInstance(x, y - i * 30));
                content.drawForm(form);
                content.restoreGraphicsState();
            }
        }
    }

    /** The text with what {@code font} cannot encode (a ligature, a sign outside WinAnsi) as '?'. */
    private static String encodable(PDFont font, String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            try {
                font.encode(ch);
                sb.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    private static List<String> wrap(PDFont font, float fontSize, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * fontSize > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String firstWords(String text, int n) {
        String[] words = text.split(" +");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(n, words.length)));
    }

    /** A page of HTML (headings, justified paragraphs, a list, a table, calls) laid out by openhtmltopdf. */
    private byte[] html(Random random) {
        String family = random.nextBoolean() ? "Liberation Serif" : "Liberation Sans";
        StringBuilder html = new StringBuilder("<html><head><style>@page { size: ")
                .append(random.nextBoolean() ? "A4" : "letter").append("; margin: ").append(15 + random.nextInt(20))
                .append("mm } body { font-family: '").append(family).append("'; font-size: ").append(8 + random.nextInt(6))
                .append("pt; text-align: ").append(random.nextBoolean() ? "justify" : "left")
                .append(" } td { border: 1px solid #999; padding: 3pt }</style></head><body>");
        html.append("<h1>").append(escape(firstWords(paragraphs.get(random.nextInt(paragraphs.size())), 6))).append("</h1>");
        for (int i = 3 + random.nextInt(10); i > 0; i--) {
            String text = escape(paragraphs.get(random.nextInt(paragraphs.size())));
            switch (random.nextInt(5)) {
                case 0 -> html.append("<ul><li>").append(text).append("</li><li>")
                        .append(escape(paragraphs.get(random.nextInt(paragraphs.size())))).append("</li></ul>");
                case 1 -> html.append("<table><tr><td>").append(i).append("</td><td>").append(text).append("</td></tr></table>");
                case 2 -> html.append("<p><b>").append(i).append(".</b> <i>").append(text).append("</i><sup>")
                        .append(i).append("</sup></p>");
                default -> html.append("<p style='text-indent: ").append(random.nextInt(30)).append("pt'>").append(text).append("</p>");
            }
        }
        html.append("</body></html>");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> liberationFile("LiberationSerif-Regular.ttf"), "Liberation Serif", 400, FontStyle.NORMAL, true);
            builder.useFont(() -> liberationFile("LiberationSerif-Bold.ttf"), "Liberation Serif", 700, FontStyle.NORMAL, true);
            builder.useFont(() -> liberationFile("LiberationSerif-Italic.ttf"), "Liberation Serif", 400, FontStyle.ITALIC, true);
            builder.useFont(() -> liberationFile("LiberationSans-Regular.ttf"), "Liberation Sans", 400, FontStyle.NORMAL, true);
            builder.useFont(() -> liberationFile("LiberationSans-Bold.ttf"), "Liberation Sans", 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream liberationFile(String name) {
        return PdfCorpus.class.getResourceAsStream("/reports/fonts/" + name);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
