package org.vigie.texts.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigie.texts.Adoption;
import org.vigie.texts.Annex;
import org.vigie.texts.Footnote;
import org.vigie.texts.Paragraph;
import org.vigie.texts.Resolution;
import org.vigie.texts.SourceText;
import org.vigie.texts.TextImportException;

/** Reads the blocks of a source text into a {@link Resolution} without clauses, references or commitments. */
final class StructureParser {

    private StructureParser() {
    }

    static Resolution parse(SourceText source) throws TextImportException {
        List<String> all = source.blocks().stream().map(b -> Spacing.repair(normalize(b)))
                .filter(b -> !b.isEmpty()).toList();
        Map<String, String> marks = new HashMap<>();
        List<String> blocks = withoutMarkNotes(all, marks);
        if (blocks.isEmpty()) {
            throw new TextImportException("texts.error.no_organ");
        }
        int organAt = organIndex(blocks);
        Optional<DecisionSentence> decision = organAt < 0 ? DecisionSentence.find(blocks) : Optional.empty();
        if (organAt < 0 && decision.isEmpty()) {
            throw new TextImportException("texts.error.no_organ");
        }
        int bodyAt = decision.map(DecisionSentence::index).orElse(organAt);
        Organ organ = decision.map(DecisionSentence::organ).orElseGet(() -> Organ.at(blocks.get(organAt)).orElseThrow());
        Header header = decision.isPresent()
                ? Header.read(blocks.subList(0, bodyAt), organ.decisionSeries(), marks)
                : Header.read(blocks.subList(0, bodyAt), organ.resolutionSeries(), marks);
        BodyReader body = new BodyReader(organ);
        decision.ifPresent(d -> body.read(d.operative()));
        List<String> bodyBlocks = blocks.subList(bodyAt + 1, blocks.size());
        if (decision.isEmpty() && (header.decision() || Organ.quoted(blocks.get(organAt)))) {
            bodyBlocks = closeQuotation(bodyBlocks);
        }
        for (String block : bodyBlocks) {
            if (!Furniture.isFurniture(block)) {
                body.read(block);
            }
        }
        List<Footnote> footnotes = source.footnotes().stream()
                .map(f -> new Footnote(f.number(), Spacing.repair(normalize(f.text())))).toList();
        Set<Integer> notes = footnotes.stream().map(Footnote::number).collect(Collectors.toSet());
        List<Paragraph> preamble = build(body.preamble(), notes);
        List<Paragraph> operative = build(body.operative(), notes);
        if (preamble.isEmpty() && operative.isEmpty()) {
            throw new TextImportException("texts.error.no_paragraph");
        }
        List<Annex> annexes = new ArrayList<>();
        for (int i = 0; i < body.annexHeadings().size(); i++) {
            annexes.add(new Annex(body.annexHeadings().get(i), build(body.annexParagraphs().get(i), notes)));
        }
        return new Resolution(header.symbol(), LanguageGuess.of(blocks), header.session(), header.agendaItem(),
                header.title(), organ.display(), preamble, operative, annexes, footnotes, List.of(),
                List.of(), adoption(body, header, decision), header.masthead().withVote(body.vote()));
    }

    /**
     * The adoption as the foot states it, else as the heading does ("Adopted by the Security Council at its
     * 9520th meeting", "Resolution adopted by the Human Rights Council on 1 April 2022"), the foot's meeting
     * completed by the heading's date when the foot has none.
     */
    private static Adoption adoption(BodyReader body, Header header, Optional<DecisionSentence> decision) {
        if (decision.isPresent()) {
            return decision.get().adoption();
        }
        Adoption foot = body.meeting() != null ? adoption(body) : header.adoption();
        LocalDate headingDate = header.masthead().headingDate();
        if (foot == null) {
            return headingDate == null ? null : new Adoption(null, headingDate);
        }
        return foot.date() == null && headingDate != null ? new Adoption(foot.meeting(), headingDate) : foot;
    }

    /**
     * A decision that adopts a text ("decided to adopt the following text:") quotes it, from before the organ
     * line to the end of its last paragraph; that closing mark belongs to the decision, not to the paragraph.
     * It is the first block that closes more quotations than it opens.
     */
    static List<String> closeQuotation(List<String> blocks) {
        List<String> out = new ArrayList<>(blocks);
        for (int i = 0; i < out.size(); i++) {
            String b = out.get(i);
            char last = b.charAt(b.length() - 1);
            if ((last == '”' || last == '»' || last == '"') && count(b, last) > count(b, last == '”' ? '“' : last == '»' ? '«' : '\0')
                    && (last != '"' || count(b, '"') % 2 == 1)) {
                out.set(i, b.substring(0, b.length() - 1).strip());
                break;
            }
        }
        return out;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /**
     * The blocks without the footnotes of marks, each read into {@code marks}; a note wrapped over lines ("* The
     * resolutions and decisions adopted by the Human Rights" / "Council will be contained in …") takes its
     * continuation lines with it.
     */
    private static List<String> withoutMarkNotes(List<String> all, Map<String, String> marks) {
        List<String> blocks = new ArrayList<>();
        String note = null;
        for (String b : all) {
            if (note != null && !MARK_NOTE.matcher(b).matches() && Organ.at(b).isEmpty() && WrappedLines.continues(note, b)) {
                note = note + " " + b;
            } else {
                if (note != null) {
                    markNote(note, marks);
                }
                note = MARK_NOTE.matcher(b).matches() ? b : null;
                if (note == null) {
                    blocks.add(b);
                }
            }
        }
        if (note != null) {
            markNote(note, marks);
        }
        return blocks;
    }

    /** A footnote of marks ("* On behalf of ...", "** State not a member of ..."), read as what the marks mean. */
    private static boolean markNote(String block, Map<String, String> notes) {
        Matcher m = MARK_NOTE.matcher(block);
        if (!m.matches()) {
            return false;
        }
        notes.putIfAbsent(m.group(1), m.group(2).strip());
        return true;
    }

    private static final Pattern MARK_NOTE = Pattern.compile("^(\\*{1,3})\\s+(\\p{Lu}.{2,300})$");

    /** Where the organ line stands, or -1 when the text has none. */
    private static int organIndex(List<String> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (Organ.at(blocks.get(i)).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private static List<Paragraph> build(List<ParagraphDraft> drafts, Set<Integer> notes) {
        return drafts.stream().map(d -> d.build(notes)).toList();
    }

    private static Adoption adoption(BodyReader body) {
        if (body.meeting() == null) {
            return null;
        }
        LocalDate date = body.adoptionDate() == null ? null : Dates.find(body.adoptionDate()).orElse(null);
        return new Adoption(body.meeting(), date);
    }

    /**
     * Tabs, no-break and zero-width spaces become plain spaces; runs of spaces become one; control
     * characters, which no resolution holds and XML cannot carry, are dropped.
     */
    static String normalize(String block) {
        // One pass over a copy, rewritten in place (the output is never longer than what has been read).
        char[] chars = block.toCharArray();
        int n = 0;
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c > ' ' && c < '\u007F') {
                chars[n++] = c; // printable ASCII other than the space: copied as it is
                continue;
            }
            boolean spaceLike = c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2007';
            if (spaceLike) {
                changed = true;
                if (n == 0 || chars[n - 1] != ' ') {
                    chars[n++] = ' ';
                }
            } else if (!(c == '\u200B' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF' || isControl(c))
                    && !(c == ' ' && n > 0 && chars[n - 1] == ' ')) {
                chars[n++] = c; // neither invisible nor a doubled space
            } else {
                changed = true;
            }
        }
        return changed ? new String(chars, 0, n).strip() : block.strip();
    }

    /** {@code \\p{Cc}}: the C0 controls, DEL and the C1 controls. */
    private static boolean isControl(char c) {
        return c < ' ' || c >= '\u007F' && c <= '\u009F';
    }
}
