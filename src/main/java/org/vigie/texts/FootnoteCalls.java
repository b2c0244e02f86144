package org.vigie.texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes footnote calls out of a paragraph's text. Readers mark the calls they can see (a raised
 * small figure in a PDF, a reference run in Word); a figure glued to punctuation that names an
 * existing footnote ("UNISPACE+50,1") is a call whose superscript the PDF lost.
 */
final class FootnoteCalls {

    private static final Pattern MARK = Pattern.compile(SourceText.MARK_OPEN + "(\\d+)" + SourceText.MARK_CLOSE);
    private static final Pattern GLUED = Pattern.compile(
            "(?<=\\p{L}[,;:.”\"»)]|\\d,)(\\d{1,2})(?=\\s|$)");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FootnoteCalls() {
    }

    record Stripped(String text, List<Integer> calls) {
    }

    static Stripped strip(String text, Set<Integer> known) {
        if (known.isEmpty() && text.indexOf(SourceText.MARK_OPEN) < 0) {
            return new Stripped(SPACES.matcher(text).replaceAll(" ").strip(), List.of());
        }
        List<Integer> calls = new ArrayList<>();
        String withoutMarks = replace(MARK.matcher(text), calls, null);
        String clean = known.isEmpty() ? withoutMarks : replace(GLUED.matcher(withoutMarks), calls, known);
        return new Stripped(SPACES.matcher(clean).replaceAll(" ").strip(), calls);
    }

    private static String replace(Matcher m, List<Integer> calls, Set<Integer> known) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (known == null || known.contains(n)) {
                calls.add(n);
                m.appendReplacement(out, "");
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            }
        }
        m.appendTail(out);
        return out.toString();
    }
}
