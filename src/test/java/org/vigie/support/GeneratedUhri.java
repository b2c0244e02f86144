package org.vigie.support;

import java.nio.charset.StandardCharsets;

/** UHRI exports (.csv, UHRI's 16 columns) of any size, for the tests of long imports: one distinct UPR recommendation a row. */
public final class GeneratedUhri {
    private static final String HEADER = "Text,Countries Concerned,Reccomending Body,Document Symbol,Themes,Affected Persons,"
            + "Sdgs,Document Publication Date,UPR Reccomending States,UPR Position,Type,OHCHR Annotation Id,UPR Session,"
            + "Regions Concerned,Recommending Regions,Date of publication on UHRI\r\n";

    private GeneratedUhri() {
    }

    /** {@code rows} recommendations, all good. */
    public static byte[] csv(int rows) {
        return csv(rows, -1);
    }

    /** The line of the .csv where the row at {@code index} (from 0) starts: each takes two lines, its themes being two. */
    public static int line(int index) {
        return 2 + 2 * index;
    }

    /**
     * {@code rows} recommendations; the one at index {@code badRow} (from 0, starting on {@link #line})
     * has a position UHRI does not use, or none is bad when it is negative.
     */
    public static byte[] csv(int rows, int badRow) {
        StringBuilder csv = new StringBuilder(rows * 400).append(HEADER);
        for (int i = 0; i < rows; i++) {
            String paragraph = (100 + i % 100) + "." + (1 + i / 100);
            String position = i == badRow ? "Maybe" : (i % 3 == 0 ? "Noted" : "Supported");
            csv.append('"').append(paragraph).append(" Take all necessary measures to end the recruitment of children by armed groups (Ghana);\",")
                    .append("Mali,UPR,A/HRC/58/").append(12 + i / 10_000).append(",")
                    .append("\"- Children in armed conflict\n- Children: protection against exploitation\",- Children,")
                    .append("\"- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS\",45681,Ghana,").append(position)
                    .append(",Recommendation,g").append(i).append(",UPR 57,Africa,Africa,2025-03-12\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
