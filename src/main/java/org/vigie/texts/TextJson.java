package org.vigie.texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON shape of a text: plain strings where the records hold value types. */
final class TextJson {
    private TextJson() {
    }

    static Map<String, Object> of(TextSummary s, Resolution r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("file_name", s.fileName());
        m.put("symbol", r.symbol() == null ? null : r.symbol().value());
        m.put("draft", r.isDraft());
        m.put("language", r.language().name().toLowerCase(Locale.ROOT));
        m.put("title", r.title());
        m.put("organ", r.organ());
        m.put("session", r.session());
        m.put("agenda_item", r.agendaItem());
        m.put("adoption", r.adoption() == null ? null : Map.of("meeting", String.valueOf(r.adoption().meeting()),
                "date", String.valueOf(r.adoption().date())));
        m.put("paragraphs", TextView.rows(r).stream().map(TextJson::paragraph).toList());
        m.put("commitments", r.commitments());
        m.put("references", r.references());
        m.put("footnotes", r.footnotes());
        return m;
    }

    private static Map<String, Object> paragraph(TextView.Row row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("part", row.part());
        m.put("name", row.name());
        m.put("label", row.paragraph().label() == null ? null : row.paragraph().label().name());
        m.put("number", row.paragraph().number());
        m.put("text", row.paragraph().text());
        m.put("sub_paragraphs", row.paragraph().subParagraphs());
        m.put("clauses", row.paragraph().clauses().stream().map(c -> Map.of("verb", c.verb(),
                "kind", c.kind().name().toLowerCase(Locale.ROOT), "addressees", c.addressees(),
                "action", c.action() == null ? "" : c.action())).toList());
        return m;
    }

    static List<Map<String, Object>> findings(List<Finding> findings) {
        return findings.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", f.code());
            m.put("paragraph", f.paragraph());
            m.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            m.put("message_fr", f.messageFr());
            m.put("message_en", f.messageEn());
            return m;
        }).toList();
    }
}
