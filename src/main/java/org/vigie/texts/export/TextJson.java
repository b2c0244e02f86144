package org.vigie.texts.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.texts.Adoption;
import org.vigie.texts.Clause;
import org.vigie.texts.Commitment;
import org.vigie.texts.Finding;
import org.vigie.texts.Language;
import org.vigie.texts.Paragraph;
import org.vigie.texts.Reference;
import org.vigie.texts.Resolution;
import org.vigie.texts.Sponsor;
import org.vigie.texts.chain.ChainMember;
import org.vigie.texts.chain.ResolutionChain;
import org.vigie.texts.compare.ComparedTexts;
import org.vigie.texts.compare.OperativeSummary;
import org.vigie.texts.compare.TextComparison;
import org.vigie.texts.library.TextSummary;

/**
 * The JSON shape of an analysed text, the same for {@code vigie texts analyze} and the API: plain
 * strings and numbers where the records hold value types, keys in a stable order.
 */
public final class TextJson {
    private TextJson() {
    }

    public static Map<String, Object> analysis(Resolution r, List<Finding> findings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("symbol", r.symbol() == null ? null : r.symbol().value());
        m.put("type", r.documentType());
        m.put("draft", r.isDraft());
        m.put("title", r.title());
        m.put("language", code(r.language()));
        m.put("organ", r.organ());
        m.put("session", r.session());
        m.put("agenda_item", r.agendaItem());
        m.put("preamble", r.preamble().stream().map(p -> paragraph(p, false)).toList());
        m.put("operative", r.operative().stream().map(p -> paragraph(p, true)).toList());
        m.put("annexes", r.annexes().stream().map(a -> Map.of("title", a.title(),
                "paragraphs", a.paragraphs().stream().map(p -> paragraph(p, false)).toList())).toList());
        m.put("commitments", r.commitments().stream().map(TextJson::commitment).toList());
        m.put("references", r.references().stream().map(TextJson::reference).toList());
        m.put("footnotes", r.footnotes().stream().map(f -> Map.of("number", f.number(), "text", f.text())).toList());
        m.put("findings", findings(findings, r.language()));
        m.put("adoption", r.adoption() == null ? null : adoption(r.adoption()));
        m.put("vote", r.masthead().vote());
        m.put("distributed", r.masthead().distributed() == null ? null : r.masthead().distributed().toString());
        m.put("original_language", r.masthead().originalLanguage());
        m.put("session_dates", r.masthead().sessionDates());
        m.put("draft_number", r.masthead().draftNumber());
        m.put("sponsors", r.masthead().sponsors().stream().map(TextJson::sponsor).toList());
        return m;
    }

    private static Map<String, Object> sponsor(Sponsor s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", s.state());
        m.put("marks", s.marks());
        m.put("meaning", s.meaning());
        return m;
    }

    /** The analysis with the stored text's id and file name in front. */
    public static Map<String, Object> stored(TextSummary s, Resolution r, List<Finding> findings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("file_name", s.fileName());
        m.putAll(analysis(r, findings));
        return m;
    }

    private static Map<String, Object> paragraph(Paragraph p, boolean operative) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (operative || p.number() != null) {
            m.put("number", p.number());
        }
        m.put("label", p.label() == null ? null : p.label().name());
        m.put("text", p.text());
        if (!p.subParagraphs().isEmpty()) {
            m.put("sub_paragraphs", p.subParagraphs());
        }
        if (operative) {
            m.put("clauses", p.clauses().stream().map(TextJson::clause).toList());
        }
        return m;
    }

    private static Map<String, Object> clause(Clause c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verb", c.verb());
        m.put("addressees", c.addressees());
        m.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
        m.put("action", c.action());
        return m;
    }

    private static Map<String, Object> commitment(Commitment c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paragraph", c.paragraph());
        m.put("addressee", c.addressee());
        m.put("action", c.action());
        m.put("deadline", c.deadline());
        return m;
    }

    private static Map<String, Object> reference(Reference ref) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("symbol", ref.symbol());
        m.put("body", ref.body());
        m.put("date", ref.date() == null ? null : ref.date().toString());
        m.put("paragraph", ref.paragraph());
        m.put("relation", ref.relation());
        return m;
    }

    private static Map<String, Object> adoption(Adoption a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", a.date() == null ? null : a.date().toString());
        m.put("meeting", a.meeting());
        return m;
    }

    public static List<Map<String, Object>> findings(List<Finding> findings, Language language) {
        return findings.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", f.code());
            m.put("paragraph", f.paragraph());
            m.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            m.put("message", f.message(language));
            m.put("message_fr", f.messageFr());
            m.put("message_en", f.messageEn());
            return m;
        }).toList();
    }

    /**
     * Two texts compared: whether they are versions of one resolution, each paragraph's change (with its status in
     * a delegation's words) and what is new in the operative part.
     */
    public static Map<String, Object> comparison(ComparedTexts compared) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("versions_of_one", compared.versionsOfOne());
        m.putAll(comparison(compared.changes()));
        m.put("summary", summary(compared.summary()));
        return m;
    }

    private static Map<String, Object> summary(OperativeSummary summary) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("new_demands", summary.newDemands().stream().map(d -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("paragraph", d.paragraph());
            x.put("verb", d.verb());
            x.put("addressees", d.addressees());
            x.put("action", d.action());
            return x;
        }).toList());
        s.put("new_addressees", summary.newAddressees());
        s.put("new_deadlines", summary.newDeadlines());
        s.put("verb_changes", summary.verbChanges().stream().map(v -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("old", v.oldParagraph());
            x.put("new", v.newParagraph());
            x.put("old_verb", v.oldVerb());
            x.put("new_verb", v.newVerb());
            x.put("direction", v.direction());
            return x;
        }).toList());
        return s;
    }

    /**
     * The comparison as JSON: each paragraph's change ({@code unchanged}, {@code changed}, …, which scripts already
     * read), its status ({@code kept}, {@code reworded}, {@code new}, {@code dropped}, {@code moved}), whether it
     * was renumbered, and its words.
     */
    public static Map<String, Object> comparison(List<TextComparison.ParagraphChange> changes) {
        return Map.of("changes", changes.stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("change", c.change().name().toLowerCase(Locale.ROOT));
            m.put("status", c.status().code());
            m.put("renumbered", c.renumbered());
            m.put("old", c.oldName());
            m.put("new", c.newName());
            m.put("words", c.words().stream().map(w -> {
                Map<String, String> x = new LinkedHashMap<>();
                x.put("op", w.op().name().toLowerCase(Locale.ROOT));
                x.put("text", w.text());
                return x;
            }).toList());
            return m;
        }).toList());
    }

    /** A chain of resolutions: its members in order, what each did to the mandate, its texts and the gaps. */
    public static Map<String, Object> chain(ResolutionChain c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", c.key());
        m.put("title", c.title());
        m.put("members", c.members().stream().map(TextJson::member).toList());
        m.put("gaps", c.gaps().stream().map(ChainMember::number).toList());
        return m;
    }

    private static Map<String, Object> member(ChainMember x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", x.key());
        m.put("number", x.number());
        m.put("title", x.title());
        m.put("date", x.date() == null ? null : x.date().toString());
        m.put("mandate", x.mandate().code());
        m.put("in_vigie", x.inVigie());
        m.put("texts", x.texts().stream().map(e -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", e.id());
            t.put("language", e.language());
            t.put("symbol", e.symbol());
            return t;
        }).toList());
        m.put("cited_by", x.citedBy().stream().map(c -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", c.id());
            t.put("citing", c.citing());
            t.put("relation", c.relation());
            return t;
        }).toList());
        return m;
    }

    private static String code(Language l) {
        return l.name().toLowerCase(Locale.ROOT);
    }
}
