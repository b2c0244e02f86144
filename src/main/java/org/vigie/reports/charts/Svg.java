package org.vigie.reports.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import org.vigie.i18n.Lang;

/** A small SVG writer: escaped text and attributes, coordinates with one decimal, the same bytes for the same input. */
public final class Svg {
    /** Okabe and Ito's palette: told apart by readers with any common colour blindness, and in grey print. */
    static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"};
    static final String FONT = "font-family=\"DejaVu Sans, Arial, sans-serif\"";

    private final StringBuilder out = new StringBuilder();

    Svg open(double width, double height, String id, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(width)).append("\" height=\"")
                .append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" ")
                .append(FONT).append(">\n");
        out.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>\n");
        out.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>\n");
        return this;
    }

    /** Appends raw markup that the caller built with {@link #escape} and {@link #n}. */
    Svg raw(String markup) {
        out.append(markup).append('\n');
        return this;
    }

    Svg text(double x, double y, String anchor, int size, String cssClass, String text) {
        out.append("<text class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" text-anchor=\"").append(anchor).append("\" font-size=\"").append(size).append("\">")
                .append(escape(text)).append("</text>\n");
        return this;
    }

    /** A text of several lines, the first at {@code y}, each next one {@code lineHeight} below, all at {@code x}. */
    Svg lines(double x, double y, String anchor, int size, String cssClass, java.util.List<String> lines, double lineHeight) {
        out.append("<text class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" text-anchor=\"").append(anchor).append("\" font-size=\"").append(size).append("\">");
        for (int i = 0; i < lines.size(); i++) {
            out.append("<tspan x=\"").append(n(x)).append("\" y=\"").append(n(y + i * lineHeight)).append("\">")
                    .append(escape(lines.get(i))).append("</tspan>");
        }
        out.append("</text>\n");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\"/>\n");
        return this;
    }

    String close() {
        return out.append("</svg>\n").toString();
    }

    /** A coordinate with at most one decimal, in the same notation whatever the default locale. */
    static String n(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }

    static String number(Lang lang, long value) {
        return NumberFormat.getIntegerInstance(lang.locale()).format(value);
    }

    /** An identifier that two charts of one page are unlikely to share, and that the same chart keeps. */
    static String id(String kind, String title) {
        return kind + "-" + Integer.toHexString(title.hashCode());
    }

    static String colour(int series) {
        return PALETTE[series % PALETTE.length];
    }
}
