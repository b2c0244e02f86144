package org.vigie.reports.charts;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * A chart's SVG as a PNG for Word, drawn by Batik (which openhtmltopdf's SVG support brings) at twice the
 * chart's size so that it prints sharply; text in the fonts of the machine (DejaVu, else Java's sans-serif).
 */
public final class SvgPng {
    static final float SCALE = 2f;

    public record Image(byte[] bytes, int width, int height) {
    }

    private SvgPng() {
    }

    public static Image render(String svg) {
        double[] size = size(svg);
        PNGTranscoder t = new PNGTranscoder();
        t.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) (size[0] * SCALE));
        t.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        TranscoderInput in = new TranscoderInput(new StringReader(svg));
        in.setURI("file:///vigie-chart.svg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            t.transcode(in, new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("chart not drawn: " + e.getMessage(), e);
        }
        return new Image(out.toByteArray(), (int) Math.round(size[0] * SCALE), (int) Math.round(size[1] * SCALE));
    }

    /** The width and height the SVG declares. */
    private static double[] size(String svg) {
        var m = java.util.regex.Pattern.compile("width=\"([0-9.]+)\" height=\"([0-9.]+)\"").matcher(svg);
        if (!m.find()) {
            throw new IllegalArgumentException("an SVG without its size");
        }
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }
}
