package org.vigie.texts.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.texts.Footnote;
import org.vigie.texts.SourceText;

/**
 * Footnotes in a plain text as Vigie's clean text and UN documents print them: a line of underscores, then one
 * note a line, each opening with its number ("1 See A/73/20."); a line without a number continues the note
 * before. Calls in the text are superscript figures ("activities,¹"), read as calls when the note exists.
 */
final class PlainFootnotes {

    private static final Pattern RULE = Pattern.compile("^\\s*_{5,}\\s*$");
    private static final Pattern NOTE = Pattern.compile("^\\s*(\\d{1,3})\\s+(\\S.*)$");
    private static final Pattern STARRED = Pattern.compile("^\\s*\\*{1,3}\\s*\\p{Lu}.*$");
    private static final Pattern SUPERSCRIPT = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private PlainFootnotes() {
    }

    /** The blocks before the rule with their calls marked, and the notes after it; no rule, nothing changes. */
    static SourceText split(List<String> lines) {
        int rule = -1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (RULE.matcher(lines.get(i)).matches()) {
                rule = i;
                break;
            }
        }
        if (rule < 0) {
            return new SourceText(lines, List.of());
        }
        List<String> starred = new ArrayList<>();
        List<Footnote> notes = notes(lines.subList(rule + 1, lines.size()), starred);
        if (notes.isEmpty() && starred.isEmpty()) {
            return new SourceText(lines, List.of());
        }
        List<String> blocks = new ArrayList<>();
        for (String line : lines.subList(0, rule)) {
            blocks.add(markCalls(line));
        }
        blocks.addAll(starred); // the parser reads starred notes as what their marks mean
        return new SourceText(blocks, notes);
    }

    /**
     * The numbered notes after the rule; notes called by stars ("* The resolutions and decisions adopted by the
     * Human Rights Council will be contained in …", "** State not a member …") go to {@code starred} whole.
     */
    private static List<Footnote> notes(List<String> lines, List<String> starred) {
        List<Integer> numbers = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        List<StringBuilder> stars = new ArrayList<>();
        StringBuilder open = null;
        for (String line : lines) {
            Matcher m = NOTE.matcher(line);
            if (STARRED.matcher(line).matches()) {
                open = new StringBuilder(line.strip());
                stars.add(open);
            } else if (m.matches()) {
                numbers.add(Integer.parseInt(m.group(1)));
                open = new StringBuilder(m.group(2).strip());
                texts.add(open);
            } else if (open != null) {
                open.append(' ').append(line.strip());
            } else {
                return List.of(); // text after the rule that is not a note: the rule was not a footnote rule
            }
        }
        stars.forEach(b -> starred.add(b.toString()));
        List<Footnote> notes = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            notes.add(new Footnote(numbers.get(i), texts.get(i).toString()));
        }
        return notes;
    }

    private static String markCalls(String line) {
        Matcher m = SUPERSCRIPT.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder digits = new StringBuilder();
            for (char c : m.group().toCharArray()) {
                digits.append(SUPERSCRIPTS.indexOf(c));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(SourceText.mark(digits.toString())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
