package org.vigie.texts;

import java.time.LocalDate;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** An annex as an {@code attachment} holding a {@code doc name="annex"} with its own identification. */
final class AknAnnex {

    private static final String NS = AkomaNtosoWriter.NS;
    private final XMLStreamWriter xml;
    private final AknBody body;

    AknAnnex(XMLStreamWriter xml, AknBody body) {
        this.xml = xml;
        this.body = body;
    }

    void write(Resolution r, int index) throws XMLStreamException {
        Annex annex = r.annexes().get(index);
        xml.writeStartElement(NS, "attachment");
        xml.writeAttribute("eId", "att_" + (index + 1));
        xml.writeStartElement(NS, "doc");
        xml.writeAttribute("name", "annex");
        AknNames parent = AknNames.of(r, r.adoption() != null && r.adoption().date() != null
                ? r.adoption().date() : LocalDate.EPOCH);
        AknNames names = new AknNames("annex", parent.author(), parent.authorName(), parent.date(),
                parent.number() + "/annex_" + (index + 1), parent.language());
        new AknMeta(xml, names, parent.date()).write(java.util.List.of(), false);
        xml.writeStartElement(NS, "preface");
        xml.writeStartElement(NS, "p");
        xml.writeStartElement(NS, "docTitle");
        xml.writeCharacters(annex.title().isEmpty() ? "Annex " + (index + 1) : annex.title());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        body.annexBody(annex, index);
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
