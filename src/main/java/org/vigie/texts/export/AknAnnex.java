package org.vigie.texts.export;

import java.time.LocalDate;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.vigie.texts.Annex;

/**
 * An annex as an {@code attachment} holding a {@code doc name="annex"}, identified as a component of
 * the statement ({@code .../73-3/!annex_1}).
 */
final class AknAnnex {

    private static final String NS = AkomaNtosoWriter.NS;
    private final XMLStreamWriter xml;
    private final AknBody body;

    AknAnnex(XMLStreamWriter xml, AknBody body) {
        this.xml = xml;
        this.body = body;
    }

    void write(Annex annex, int index, AknNames statement, LocalDate generatedOn) throws XMLStreamException {
        xml.writeStartElement(NS, "attachment");
        xml.writeAttribute("eId", "att_" + (index + 1));
        xml.writeStartElement(NS, "doc");
        xml.writeAttribute("name", "annex");
        new AknMeta(xml, statement, generatedOn, "annex_" + (index + 1)).write(java.util.List.of(), false);
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
