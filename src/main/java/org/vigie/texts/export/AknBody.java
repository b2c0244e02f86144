package org.vigie.texts.export;

import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.vigie.texts.Adoption;
import org.vigie.texts.Annex;
import org.vigie.texts.Paragraph;
import org.vigie.texts.Resolution;
import org.vigie.texts.SubParagraph;
import org.vigie.texts.reading.FootnoteCall;
import org.vigie.texts.reading.FootnoteCalls;
import org.vigie.texts.reading.InlineMarkup;

/** Preamble, main body, conclusions and attachments of the AKN statement. */
final class AknBody {

    private static final String NS = AkomaNtosoWriter.NS;
    private final XMLStreamWriter xml;
    private final String organBody;
    private final AknNames names;
    private final LocalDate generatedOn;

    AknBody(XMLStreamWriter xml, String organBody, AknNames names, LocalDate generatedOn) {
        this.xml = xml;
        this.organBody = organBody;
        this.names = names;
        this.generatedOn = generatedOn;
    }

    void write(Resolution r) throws XMLStreamException {
        preamble(r);
        xml.writeStartElement(NS, "mainBody");
        if (r.operative().isEmpty()) {
            // The schema wants content; a text cut before its operative part (a published opening) says so.
            xml.writeStartElement(NS, "p");
            xml.writeAttribute("class", "incomplete");
            xml.writeCharacters(r.language() == org.vigie.texts.Language.FR
                    ? "[Texte incomplet : pas de dispositif.]" : "[Incomplete text: no operative part.]");
            xml.writeEndElement();
        }
        paragraphs(r.operative(), "para_");
        xml.writeEndElement();
        conclusions(r.adoption(), r.masthead().vote());
        attachments(r);
    }

    private void preamble(Resolution r) throws XMLStreamException {
        xml.writeStartElement(NS, "preamble");
        xml.writeStartElement(NS, "formula");
        xml.writeAttribute("name", "organ");
        p(r.organ() + (r.preamble().isEmpty() ? "" : ","), List.of());
        xml.writeEndElement();
        if (!r.preamble().isEmpty()) {
            xml.writeStartElement(NS, "recitals");
            for (int i = 0; i < r.preamble().size(); i++) {
                xml.writeStartElement(NS, "recital");
                xml.writeAttribute("eId", "recital_" + (i + 1));
                Paragraph recital = r.preamble().get(i);
                p(recital.fullText(), recital.footnoteCalls());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void paragraphs(List<Paragraph> paragraphs, String prefix) throws XMLStreamException {
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph para = paragraphs.get(i);
            String eId = prefix + (para.number() != null ? para.number() : "u" + (i + 1));
            xml.writeStartElement(NS, "paragraph");
            xml.writeAttribute("eId", eId);
            if (para.number() != null) {
                textElement("num", para.number() + ".");
            }
            body(para.text(), para.subParagraphs(), eId, para.footnoteCalls(), 0);
            xml.writeEndElement();
        }
    }

    /** Returns where the next piece of the full text starts, so sub-paragraphs find their calls. */
    private int body(String text, List<SubParagraph> subs, String eId, List<FootnoteCall> calls, int start)
            throws XMLStreamException {
        List<FootnoteCall> here = FootnoteCalls.inside(calls, start, text.length());
        xml.writeStartElement(NS, subs.isEmpty() ? "content" : "intro");
        p(text, here);
        xml.writeEndElement();
        int cursor = start + text.length();
        for (SubParagraph sub : subs) {
            String subId = eId + "__subpara_" + sub.marker();
            xml.writeStartElement(NS, "subparagraph");
            xml.writeAttribute("eId", subId);
            textElement("num", "(" + sub.marker() + ")");
            cursor = body(sub.text(), sub.children(), subId, calls, FootnoteCalls.subStart(cursor, sub));
            xml.writeEndElement();
        }
        return cursor;
    }

    private void conclusions(Adoption adoption, String vote) throws XMLStreamException {
        if (adoption == null && vote == null) {
            return;
        }
        xml.writeStartElement(NS, "conclusions");
        if (vote != null) {
            xml.writeStartElement(NS, "p");
            xml.writeAttribute("class", "vote");
            xml.writeStartElement(NS, "inline");
            xml.writeAttribute("name", "vote");
            xml.writeCharacters(vote);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        if (adoption != null && adoption.meeting() != null) {
            p(adoption.meeting(), List.of());
        }
        if (adoption != null && adoption.date() != null) {
            xml.writeStartElement(NS, "p");
            xml.writeStartElement(NS, "date");
            xml.writeAttribute("date", adoption.date().toString());
            xml.writeAttribute("refersTo", "#adoption");
            xml.writeCharacters(adoption.date().toString());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void attachments(Resolution r) throws XMLStreamException {
        if (r.annexes().isEmpty()) {
            return;
        }
        xml.writeStartElement(NS, "attachments");
        for (int a = 0; a < r.annexes().size(); a++) {
            new AknAnnex(xml, this).write(r.annexes().get(a), a, names, generatedOn);
        }
        xml.writeEndElement();
    }

    void annexBody(Annex annex, int index) throws XMLStreamException {
        xml.writeStartElement(NS, "mainBody");
        for (String heading : annex.headings().subList(Math.min(1, annex.headings().size()), annex.headings().size())) {
            xml.writeStartElement(NS, "p");
            xml.writeAttribute("class", "heading");
            xml.writeCharacters(heading);
            xml.writeEndElement();
        }
        paragraphs(annex.paragraphs(), "annex_" + (index + 1) + "__para_");
        xml.writeEndElement();
    }

    void p(String text, List<FootnoteCall> calls) throws XMLStreamException {
        xml.writeStartElement(NS, "p");
        InlineMarkup.write(xml, text, organBody, calls);
        xml.writeEndElement();
    }

    private void textElement(String name, String text) throws XMLStreamException {
        xml.writeStartElement(NS, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
