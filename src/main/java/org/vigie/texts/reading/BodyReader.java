package org.vigie.texts.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.texts.Scan;

/**
 * Reads the blocks after the organ line into preambular, operative and annex paragraphs and the
 * adoption line. The grammar it follows is described in docs/texts.md.
 */
final class BodyReader {

    private static final Pattern NUMBERED = Pattern.compile("^([1-9]\\d{0,2})\\s*\\.(?!\\d)\\s*(?=\\S)(.*)$"); // "1.5 million" is not paragraph 1
    private static final Pattern SUB = Pattern.compile("^\\(?([a-z]{1,2}|[ivxlc]{1,6})\\)\\s+(.*)$");
    private static final Pattern ADOPTION = Pattern.compile(
            "(?i)^(\\d{1,4}(?:st|nd|rd|th|e|re|ème)?\\s+(?:plenary\\s+)?(?:meeting|séance(?:\\s+plénière)?))"
            + "\\b[\\s,.]*(.*)$");
    private static final Pattern INLINE_SUB = Pattern.compile("(?<=[:;])\\s+(?=\\(?([a-z]{1,2}|[ivx]{1,4})\\)\\s)");
    private static final Pattern ANNEX = Pattern.compile("(?i)^(?:annex|annexe)(?:\\s+[IVX\\d]+)?$");
    private static final Pattern ADOPTING_VERB = Pattern.compile(
            "(?i)^(?:adopts|adopte|approves|approuve|endorses|fait sienne|proclaims|proclame)\\b");

    private static final boolean[] SPACE = Scan.chars(Scan.SPACES);
    private static final Pattern FIRST_MARKER = Pattern.compile("a|i");
    private static final Pattern CLOSED = Pattern.compile("(?s).*[,;:.]$");
    /** How the text records its vote: "[Adopted without a vote.]", "Adopted by a recorded vote of 27 to 4 ...". */
    private static final Pattern VOTE = Pattern.compile(
            "(?i)^\\[?\\s*((?:adopted|adoptée?s?)\\s+(?:without a vote|by a recorded vote|by a vote|sans vote|sans (?:le )?mettre aux voix"
            + "|par (?:un vote enregistré|\\d+ voix)|à l[’']issue d[’']un vote)[^\\]]*?)\\.?\\s*\\]?\\.?$");

    private enum Part { PREAMBLE, OPERATIVE, ANNEX }

    private final List<ParagraphDraft> preamble = new ArrayList<>();
    private final List<ParagraphDraft> operative = new ArrayList<>();
    private final List<List<String>> annexHeadings = new ArrayList<>();
    private final List<List<ParagraphDraft>> annexParagraphs = new ArrayList<>();
    private Part part;
    private ParagraphDraft last;
    private String meeting;
    private String adoptionDate;
    private String vote;

    BodyReader(Organ organ) {
        // Without the comma, the organ runs straight into its single operative verb ("The General
        // Assembly / Adopts the following declaration:").
        this.part = organ.endsWithComma() ? Part.PREAMBLE : Part.OPERATIVE;
    }

    /**
     * Reads one block. A paragraph whose sub-paragraphs were typed on the same line ("… : a) …; b) …")
     * is read as if each sub-paragraph stood on its own line.
     */
    void read(String block) {
        List<String> pieces = inlineSubParagraphs(block);
        if (pieces.size() > 1) {
            pieces.forEach(this::read);
            return;
        }
        Matcher m;
        if ((m = VOTE.matcher(block)).matches()) {
            vote = m.group(1).strip();
        } else if (meeting != null && adoptionDate == null && Dates.find(block).isPresent() && block.length() < 40) {
            adoptionDate = block;
        } else if ((m = ADOPTION.matcher(block)).matches()) {
            meeting = m.group(1);
            adoptionDate = m.group(2).isBlank() ? null : m.group(2);
        } else if (ANNEX.matcher(block).matches()) {
            startAnnex(block);
        } else if (block.startsWith("[") && block.endsWith("]")) {
            return;
        } else if ((m = SUB.matcher(block)).matches() && last != null) {
            last.addSub(m.group(1), m.group(2));
        } else if (Character.isLowerCase(block.codePointAt(0)) && last != null) {
            last.continueWith(block);
        } else if (last != null && WrappedLines.continues(last.tail(), block)) {
            last.continueWith(block);
        } else {
            readParagraph(block);
        }
    }

    /**
     * Splits before "a)"/"(a)" markers that follow a colon or semicolon. As in a printed text, the list
     * is introduced by a colon, starts at "a" (or "i") and has at least two items; a lone "a)" after a
     * semicolon is text.
     */
    static List<String> inlineSubParagraphs(String block) {
        if (block.indexOf(':') < 0) {
            return List.of(block); // a list of sub-paragraphs on the paragraph's line follows a colon
        }
        Matcher first = INLINE_SUB.matcher(block);
        boolean list = Scan.find(first, block, 0, SPACE, i -> afterColonOrSemicolon(block, i))
                && block.charAt(first.start() - 1) == ':' && FIRST_MARKER.matcher(first.group(1)).matches()
                && Scan.find(first, block, first.end(), SPACE, i -> afterColonOrSemicolon(block, i));
        if (!list) {
            return List.of(block);
        }
        List<String> pieces = new ArrayList<>();
        int at = 0;
        Matcher m = INLINE_SUB.matcher(block);
        for (int from = 0; Scan.find(m, block, from, SPACE, i -> afterColonOrSemicolon(block, i)); from = m.end()) {
            pieces.add(block.substring(at, m.start()).strip());
            at = m.end();
        }
        pieces.add(block.substring(at).strip());
        return pieces;
    }

    /** Where {@code INLINE_SUB} can match: white space just after a colon or semicolon. */
    private static boolean afterColonOrSemicolon(String block, int i) {
        return i > 0 && (block.charAt(i - 1) == ':' || block.charAt(i - 1) == ';') && Scan.isSpace(block.charAt(i));
    }

    private void readParagraph(String block) {
        if (part == Part.OPERATIVE && last != null && opensAdoptedText(last, block)) {
            startAnnex(null);
        }
        Optional<DraftLabel> label = DraftLabel.at(block);
        String text = label.map(l -> block.substring(block.indexOf(l.raw()) + l.raw().length())).orElse(block).strip();
        Matcher numbered = NUMBERED.matcher(text);
        Integer number = null;
        if (numbered.matches()) {
            number = Integer.parseInt(numbered.group(1));
            text = numbered.group(2).strip();
        }
        if (part == Part.ANNEX) {
            readAnnexBlock(number, text, label.orElse(null));
            return;
        }
        boolean isOperative = label.map(l -> l.part().equals("OP")).orElse(number != null || part == Part.OPERATIVE);
        last = new ParagraphDraft(label.orElse(null), number, text);
        (isOperative ? operative : preamble).add(last);
        if (isOperative) {
            part = Part.OPERATIVE;
        }
    }

    /** An operative paragraph that adopts a text and ends with a colon is followed by that text. */
    private static boolean opensAdoptedText(ParagraphDraft paragraph, String next) {
        String text = paragraph.text().strip();
        return text.endsWith(":") && !paragraph.hasSubParagraphs() && ADOPTING_VERB.matcher(text).lookingAt()
                && !NUMBERED.matcher(next).matches();
    }

    private void startAnnex(String heading) {
        part = Part.ANNEX;
        annexHeadings.add(new ArrayList<>());
        annexParagraphs.add(new ArrayList<>());
        if (heading != null) {
            annexHeadings.get(annexHeadings.size() - 1).add(heading);
        }
        last = null;
    }

    private void readAnnexBlock(Integer number, String text, DraftLabel label) {
        List<ParagraphDraft> paragraphs = annexParagraphs.get(annexParagraphs.size() - 1);
        List<String> headings = annexHeadings.get(annexHeadings.size() - 1);
        if (number == null && paragraphs.isEmpty() && !headings.isEmpty() && !text.isEmpty()
                && Character.isLowerCase(text.codePointAt(0))) {
            headings.set(headings.size() - 1, headings.get(headings.size() - 1) + " " + text); // a wrapped heading
            return;
        }
        if (number == null && paragraphs.isEmpty() && looksLikeHeading(text)) {
            annexHeadings.get(annexHeadings.size() - 1).add(text);
            return;
        }
        last = new ParagraphDraft(label, number, text);
        paragraphs.add(last);
    }

    /** Headings carry no closing punctuation; paragraphs end with a comma, semicolon, colon or point. */
    private static boolean looksLikeHeading(String text) {
        return text.length() < 250 && !CLOSED.matcher(text).matches();
    }

    List<ParagraphDraft> preamble() {
        return preamble;
    }

    List<ParagraphDraft> operative() {
        return operative;
    }

    List<List<String>> annexHeadings() {
        return annexHeadings;
    }

    List<List<ParagraphDraft>> annexParagraphs() {
        return annexParagraphs;
    }

    String meeting() {
        return meeting;
    }

    String adoptionDate() {
        return adoptionDate;
    }

    /** The vote as the text records it, or null. */
    String vote() {
        return vote;
    }
}
