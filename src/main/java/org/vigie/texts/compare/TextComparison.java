package org.vigie.texts.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigie.texts.Paragraph;
import org.vigie.texts.ParagraphNames;
import org.vigie.texts.Resolution;

/**
 * Compares two versions of a resolution paragraph by paragraph and word by word. Paragraphs are paired
 * by draft label first (labels survive renumbering during negotiation), then by identical text, then
 * by the most similar text in the same part, then by operative number; what remains is added or
 * removed. A pair out of order is moved. Two different resolutions (one year's and the next) are paired
 * by content only: a number says nothing from one year's text to the next.
 */
public final class TextComparison {

    /** Below this share of common words two paragraphs are different paragraphs, not one changed. */
    static final double SIMILAR = 0.5;

    /** What happened to a paragraph between the two versions. */
    public enum Change { UNCHANGED, CHANGED, MOVED, ADDED, REMOVED }

    /**
     * A paragraph's fate in the words a delegation uses from one year's resolution to the next: kept (same
     * words), reworded (paired, words changed), new, dropped, or moved out of the order of the others.
     */
    public enum Status {
        KEPT, REWORDED, NEW, DROPPED, MOVED;

        /** {@code kept}, {@code reworded}, …: the JSON value and the end of the message key. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What happened to a run of words. */
    public enum Op { SAME, INSERTED, DELETED }

    /** A run of words of one kind. */
    public record Words(Op op, String text) {
        public Words {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * One paragraph's fate: its name in the older and the newer version ("PP15bis", "OP3"; null where
     * it does not exist), its texts and the word runs from older to newer.
     */
    public record ParagraphChange(Change change, String oldName, String newName, String oldText, String newText,
                                  List<Words> words) {
        public ParagraphChange {
            Objects.requireNonNull(change, "change");
            words = List.copyOf(words);
        }

        public Status status() {
            return switch (change) {
                case UNCHANGED -> Status.KEPT;
                case CHANGED -> Status.REWORDED;
                case MOVED -> Status.MOVED;
                case ADDED -> Status.NEW;
                case REMOVED -> Status.DROPPED;
            };
        }

        /** Whether the paragraph is in both texts under different names ("OP2" then "OP3"). */
        public boolean renumbered() {
            return oldName != null && newName != null && !oldName.equals(newName);
        }

        /** Whether the paragraph is an operative one in either text. */
        public boolean operative() {
            return oldName != null && !oldName.startsWith("PP") && !oldName.startsWith("annex ")
                    || newName != null && !newName.startsWith("PP") && !newName.startsWith("annex ");
        }
    }

    /**
     * Whether two texts are versions of one resolution rather than two different resolutions (one year's and the
     * next): copies of one symbol; else, unless one cites the other, texts without a symbol (the drafts of a
     * negotiation, as delegations circulate them) and an L-document with the resolution adopted at its session
     * (A/HRC/40/L.2 and A/HRC/RES/40/26).
     */
    public static boolean versionsOfOne(Resolution a, Resolution b) {
        if (a.symbol() != null && a.symbol().equals(b.symbol())) {
            return true;
        }
        if (cites(a, b) || cites(b, a)) {
            return false; // a text that cites the other (the 2026 draft citing 49/34) is a later resolution, not a version
        }
        if (a.symbol() == null || b.symbol() == null) {
            return true;
        }
        String session = session(a.symbol().value());
        return (a.isDraft() || b.isDraft()) && session != null && session.equals(session(b.symbol().value()));
    }

    /** Whether {@code citing} refers to {@code cited} by its number ("49/34" for A/HRC/RES/49/34). */
    private static boolean cites(Resolution citing, Resolution cited) {
        if (cited.symbol() == null || cited.isDraft()) {
            return false;
        }
        String symbol = cited.symbol().value();
        int res = Math.max(symbol.indexOf("/RES/"), symbol.indexOf("/DEC/"));
        if (res < 0) {
            return false;
        }
        String number = symbol.substring(res + 5);
        return citing.references().stream().anyMatch(r -> number.equals(r.symbol()));
    }

    /** The session a symbol names: its first numeric part ("40" in A/HRC/40/L.2 and A/HRC/RES/40/26), or null. */
    private static String session(String symbol) {
        for (String part : symbol.split("/")) {
            if (part.matches("(?:S-)?\\d{1,3}")) {
                return part;
            }
        }
        return null;
    }

    /** The paragraph changes in the newer version's order, removed paragraphs where they stood. */
    public List<ParagraphChange> compare(Resolution older, Resolution newer) {
        boolean byNumber = versionsOfOne(older, newer);
        List<ParagraphChange> changes = new ArrayList<>();
        changes.addAll(part(units(older.preamble(), "PP", true), units(newer.preamble(), "PP", true), byNumber));
        changes.addAll(part(units(older.operative(), "OP", false), units(newer.operative(), "OP", false), byNumber));
        changes.addAll(part(annexUnits(older), annexUnits(newer), byNumber));
        return changes;
    }

    /**
     * How the operative paragraphs of two versions pair, as the comparison pairs them (labels, identical text, most
     * similar, then the same number): for each operative paragraph of {@code newer}, the index of its pair in
     * {@code older}'s operative part, or -1 for a new paragraph.
     */
    public static int[] operativePairing(Resolution older, Resolution newer) {
        return new ParagraphPairing(units(older.operative(), "OP", false), units(newer.operative(), "OP", false), true).pair();
    }

    /** The word runs from {@code older} to {@code newer}, as the comparison shows a changed paragraph. */
    public static List<Words> words(String older, String newer) {
        return WordDiff.of(older, newer);
    }

    private static List<ComparedUnit> units(List<Paragraph> paragraphs, String part, boolean preamble) {
        List<ComparedUnit> units = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String name = p.label() != null ? p.label().name()
                    : part + (preamble || p.number() == null ? i + 1 : p.number());
            units.add(new ComparedUnit(name, p.label() != null ? p.label().name() : null,
                    preamble ? null : p.number(), withoutCalls(p.fullText())));
        }
        return units;
    }

    /**
     * A footnote call that a text copy keeps as plain or superscript figures glued to a word or a mark
     * ("activities,1 at", "Agreement⁴") is not a change of wording: a PDF gives its calls apart.
     */
    static String withoutCalls(String text) {
        return CALL.matcher(text).replaceAll("");
    }

    private static final java.util.regex.Pattern CALL = java.util.regex.Pattern.compile(
            "[⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?<=[\\p{Ll},;:)”»])\\d{1,2}(?=[\\s,;.]|$)");

    private static List<ComparedUnit> annexUnits(Resolution r) {
        List<ComparedUnit> units = new ArrayList<>();
        for (int a = 0; a < r.annexes().size(); a++) {
            List<Paragraph> paragraphs = r.annexes().get(a).paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                Paragraph p = paragraphs.get(i);
                units.add(new ComparedUnit(ParagraphNames.annex(a, p, i), null, null, withoutCalls(p.fullText())));
            }
        }
        return units;
    }

    private static List<ParagraphChange> part(List<ComparedUnit> older, List<ComparedUnit> newer, boolean byNumber) {
        int[] pairOf = new ParagraphPairing(older, newer, byNumber).pair();
        return new ChangeList(older, newer, pairOf).build();
    }
}
