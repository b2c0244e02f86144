package org.vigie.texts.export;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.vigie.texts.Resolution;
import org.vigie.texts.Sponsor;
import org.vigie.texts.analysis.ReferenceFinder;

/**
 * Writes a resolution as Akoma Ntoso 3.0: a {@code statement} named {@code resolution} or
 * {@code resolutionDraft} with FRBR identification after AKN4UN, the symbol and title in the preface,
 * the organ line and recitals in the preamble, numbered paragraphs in the main body, references and
 * dates marked inline, footnotes as notes, the adoption line in the conclusions and annexes as
 * attachments. The output validates against akomantoso30.xsd.
 */
public final class AkomaNtosoWriter {

    public static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /** The XML for {@code resolution}; {@code generatedOn} dates the manifestation (and a draft's work). */
    public String write(Resolution resolution, LocalDate generatedOn) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "akomaNtoso");
            xml.writeDefaultNamespace(NS);
            AknNames names = AknNames.of(resolution, generatedOn);
            xml.writeStartElement(NS, "statement");
            xml.writeAttribute("name", names.docName());
            new AknMeta(xml, names, generatedOn, "main").withSponsors(resolution.masthead().sponsors())
                    .write(resolution.footnotes(), true);
            preface(xml, resolution);
            new AknBody(xml, ReferenceFinder.bodyName(resolution.organ()), names, generatedOn).write(resolution);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Akoma Ntoso", e);
        }
        return out.toString();
    }

    /**
     * The preface as AKN4UN describes a resolution's: symbol, status, date of distribution, session, agenda
     * item, sponsors ({@code docProponent}), title.
     */
    private static void preface(XMLStreamWriter xml, Resolution r) throws XMLStreamException {
        xml.writeStartElement(NS, "preface");
        if (r.symbol() != null) {
            paragraphWith(xml, "symbol", "docNumber", r.symbol().value());
        } else if (r.masthead().draftNumber() != null) {
            paragraphWith(xml, "symbol", "docNumber", r.masthead().draftNumber());
        }
        paragraphWith(xml, "status", "docStatus", r.isDraft() ? "draft" : "adopted");
        if (r.masthead().distributed() != null) {
            xml.writeStartElement(NS, "p");
            xml.writeAttribute("class", "distribution");
            xml.writeStartElement(NS, "docDate");
            xml.writeAttribute("date", r.masthead().distributed().toString());
            xml.writeCharacters(r.masthead().distributed().toString());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        if (r.session() != null) {
            paragraphWith(xml, "session", "session", r.session());
        }
        if (r.agendaItem() != null) {
            xml.writeStartElement(NS, "p");
            xml.writeAttribute("class", "agendaItem");
            xml.writeStartElement(NS, "inline");
            xml.writeAttribute("name", "agendaItem");
            xml.writeCharacters(r.agendaItem());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        sponsors(xml, r.masthead().sponsors());
        paragraphWith(xml, "title", "docTitle", r.title().isEmpty() ? "Untitled" : r.title());
        xml.writeEndElement();
    }

    private static void sponsors(XMLStreamWriter xml, List<Sponsor> sponsors) throws XMLStreamException {
        if (sponsors.isEmpty()) {
            return;
        }
        xml.writeStartElement(NS, "p");
        xml.writeAttribute("class", "sponsors");
        for (int i = 0; i < sponsors.size(); i++) {
            Sponsor s = sponsors.get(i);
            if (i > 0) {
                xml.writeCharacters(", ");
            }
            xml.writeStartElement(NS, "docProponent");
            xml.writeAttribute("refersTo", "#" + AknMeta.sponsorId(s));
            xml.writeCharacters(s.state() + s.marks());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void paragraphWith(XMLStreamWriter xml, String pClass, String inline, String text)
            throws XMLStreamException {
        xml.writeStartElement(NS, "p");
        xml.writeAttribute("class", pClass);
        xml.writeStartElement(NS, inline);
        if (inline.equals("session")) {
            xml.writeAttribute("value", text.replaceAll("\\s+", "-"));
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    static void element(XMLStreamWriter xml, String name, List<String[]> attributes) throws XMLStreamException {
        xml.writeEmptyElement(NS, name);
        for (String[] a : attributes) {
            xml.writeAttribute(a[0], a[1]);
        }
    }
}
