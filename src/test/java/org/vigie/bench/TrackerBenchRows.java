package org.vigie.bench;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * UHRI-like rows for {@link TrackerBench}: a UHRI .csv in its 16 columns, mostly UPR recommendations
 * (numbered paragraphs of working group reports, one to three recommending States), some treaty body and
 * special procedure ones; themes, persons and SDGs drawn from short lists. Seeded, so every run reads the
 * same file.
 */
final class TrackerBenchRows {
    private static final String HEADER = "Text,Countries Concerned,Reccomending Body,Document Symbol,Themes,Affected Persons,"
            + "Sdgs,Document Publication Date,UPR Reccomending States,UPR Position,Type,OHCHR Annotation Id,UPR Session,"
            + "Regions Concerned,Recommending Regions,Date of publication on UHRI\r\n";
    private static final String[] STATES = {"Ghana", "France", "Senegal", "Brazil", "Canada", "Germany", "Niger",
        "Burkina Faso", "Côte d'Ivoire", "Japan", "Mexico", "Norway", "Tunisia", "Chile", "India", "Algeria",
        "Morocco", "Spain", "Portugal", "Italy", "Belgium", "Switzerland", "Nigeria", "Kenya", "Egypt"};
    private static final String[] THEMES = {"Women's rights", "Rights of the child", "Administration of justice & fair trial",
        "Torture and other cruel, inhuman or degrading treatment", "Death penalty", "Freedom of opinion and expression",
        "Right to education", "Right to health", "Human rights defenders", "Trafficking in persons",
        "Children in armed conflict", "Impunity", "Internally displaced persons", "Violence against women",
        "Right to food", "Minorities"};
    private static final String[] PERSONS = {"Women & girls", "Children", "Persons deprived of their liberty",
        "Human rights defenders", "Internally displaced persons", "Persons with disabilities", "Migrants"};
    private static final String[] SDGS = {"16 - PEACE, JUSTICE AND STRONG INSTITUTIONS", "16.3 Rule of law and access to justice",
        "5 - GENDER EQUALITY", "5.2 Eliminate violence against women", "4 - QUALITY EDUCATION", "3 - GOOD HEALTH",
        "8.7 End forced labour", "10 - REDUCED INEQUALITIES"};
    private static final String[] VERBS = {"Take all necessary measures to", "Continue its efforts to", "Strengthen measures to",
        "Adopt legislation to", "Redouble efforts to", "Ensure the effective implementation of measures to"};
    private static final String[] AIMS = {"end the recruitment of children by armed groups", "guarantee access to justice for victims",
        "combat impunity for serious human rights violations", "abolish the death penalty",
        "protect human rights defenders and journalists", "eliminate female genital mutilation",
        "ensure free and compulsory primary education", "prevent trafficking in persons",
        "improve conditions of detention", "protect internally displaced persons"};
    private static final String[] TAILS = {"in line with its international obligations", "throughout the territory, including the north and centre",
        "with the support of the international community", "and allocate adequate resources to that end",
        "in consultation with civil society", ""};
    private static final String[] POSITIONS = {"Supported", "Noted", "Supported/Noted"};

    private TrackerBenchRows() {
    }

    static byte[] csv(int rows) {
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder(rows * 420).append(HEADER);
        for (int i = 0; i < rows; i++) {
            int kind = i % 10;
            if (kind < 8) {
                upr(csv, i, random);
            } else {
                other(csv, i, kind == 8, random);
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void upr(StringBuilder csv, int i, Random random) {
        int session = 1 + (i / 2000) % 48;
        int report = i / 250;
        String states = pick(STATES, random, 1 + random.nextInt(3));
        String paragraph = (100 + report % 50) + "." + (1 + i % 250);
        String text = paragraph + " " + words(random) + " (" + states.replace("\n", ", ") + ");";
        cells(csv, text, "Mali", "UPR", "A/HRC/" + (10 + session) + "/" + (report + 1), lines(THEMES, random, 2),
                lines(PERSONS, random, 1), lines(SDGS, random, 1 + random.nextInt(2)), Integer.toString(40000 + i % 5000),
                states, POSITIONS[random.nextInt(POSITIONS.length)], "Recommendation", "u" + i, "UPR " + session,
                "Africa", "Europe", "2025-03-12");
    }

    private static void other(StringBuilder csv, int i, boolean treaty, Random random) {
        String text = "The Committee recommends that the State party " + words(random).toLowerCase() + " (ref. " + i + ").";
        cells(csv, text, "Mali", treaty ? "CAT" : "Special Rapporteur on the right to food",
                treaty ? "CAT/C/MLI/CO/" + (2 + i % 7) : "A/HRC/" + (30 + i % 20) + "/" + (40 + i % 9) + "/Add.1",
                lines(THEMES, random, 2), lines(PERSONS, random, 1), lines(SDGS, random, 1), "2021-12-20", "", "",
                "Concluding Observations", "t" + i, "", "Africa", "", "44561");
    }

    private static String words(Random random) {
        String tail = TAILS[random.nextInt(TAILS.length)];
        return VERBS[random.nextInt(VERBS.length)] + " " + AIMS[random.nextInt(AIMS.length)] + (tail.isEmpty() ? "" : ", " + tail);
    }

    private static String pick(String[] from, Random random, int n) {
        StringBuilder s = new StringBuilder();
        int start = random.nextInt(from.length);
        for (int k = 0; k < n; k++) {
            s.append(k == 0 ? "" : "\n").append(from[(start + k * 7) % from.length]);
        }
        return s.toString();
    }

    private static String lines(String[] from, Random random, int n) {
        return "- " + pick(from, random, n).replace("\n", "\n- ");
    }

    private static void cells(StringBuilder csv, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n");
            csv.append(c == 0 ? "" : ",").append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        csv.append("\r\n");
    }
}
