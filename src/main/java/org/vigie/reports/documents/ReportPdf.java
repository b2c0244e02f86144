package org.vigie.reports.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Lays a {@link CouncilReport} out as PDF: XHTML written here (every text escaped) and print CSS
 * ({@code /reports/report.css}: A4, running footer with page numbers, table headers repeated and rows kept
 * whole across pages), rendered by openhtmltopdf with the shipped Liberation fonts; charts and the map are
 * the same SVG the pages show, drawn as vectors through Batik.
 */
final class ReportPdf {
    static final String SERIF = "Liberation Serif";
    static final String SANS = "Liberation Sans";
    private final ReportText text;

    static {
        // openhtmltopdf logs every font load and stylesheet parse at INFO: nothing an operator needs per report.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    ReportPdf(ReportText text) {
        this.text = text;
    }

    byte[] write(CouncilReport report) {
        String html = new ReportHtml(text).document(report, css());
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "LiberationSerif-Regular.ttf", SERIF, 400, FontStyle.NORMAL);
            font(builder, "LiberationSerif-Bold.ttf", SERIF, 700, FontStyle.NORMAL);
            font(builder, "LiberationSerif-Italic.ttf", SERIF, 400, FontStyle.ITALIC);
            font(builder, "LiberationSans-Regular.ttf", SANS, 400, FontStyle.NORMAL);
            font(builder, "LiberationSans-Bold.ttf", SANS, 700, FontStyle.NORMAL);
            // The charts ask for DejaVu Sans first: in the PDF they get the shipped sans-serif instead.
            font(builder, "LiberationSans-Regular.ttf", "DejaVu Sans", 400, FontStyle.NORMAL);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
        builder.useFont(() -> ReportPdf.class.getResourceAsStream("/reports/fonts/" + file), family, weight, style, true);
    }

    private static String css() {
        try (InputStream in = ReportPdf.class.getResourceAsStream("/reports/report.css")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
