package org.vigie.texts.export;

import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.vigie.texts.Footnote;
import org.vigie.texts.Sponsor;

/** The {@code meta} block: FRBR identification, the organisations referred to, and the footnotes as notes. */
final class AknMeta {

    private static final String NS = AkomaNtosoWriter.NS;
    private final XMLStreamWriter xml;
    private final AknNames names;
    private final LocalDate generatedOn;
    private final String component;
    private List<Sponsor> sponsors = List.of();

    /** {@code component} is "main" for the statement, "annex_1" … for its attachments (AKN naming: "/!annex_1"). */
    AknMeta(XMLStreamWriter xml, AknNames names, LocalDate generatedOn, String component) {
        this.xml = xml;
        this.names = names;
        this.generatedOn = generatedOn;
        this.component = component;
    }

    /** The sponsors to declare as organisations, for the preface's {@code docProponent}s. */
    AknMeta withSponsors(List<Sponsor> sponsors) {
        this.sponsors = List.copyOf(sponsors);
        return this;
    }

    /** Writes meta; an annex leaves the organisations to the statement that declares them once. */
    void write(List<Footnote> footnotes, boolean declareOrganisations) throws XMLStreamException {
        xml.writeStartElement(NS, "meta");
        xml.writeStartElement(NS, "identification");
        xml.writeAttribute("source", "#vigie");
        level("FRBRWork", names.work(), names.date().toString(), "#" + names.author(), true, null);
        level("FRBRExpression", names.expression(), names.date().toString(), "#" + names.author(), false,
                names.language());
        level("FRBRManifestation", names.manifestation(), generatedOn.toString(), "#vigie", false, null);
        xml.writeEndElement();
        if (declareOrganisations) {
            references();
        }
        notes(footnotes);
        xml.writeEndElement();
    }

    private void level(String element, String uri, String date, String author, boolean work, String lang)
            throws XMLStreamException {
        xml.writeStartElement(NS, element);
        AkomaNtosoWriter.element(xml, "FRBRthis", List.<String[]>of(new String[] {"value", uri + "/!" + component}));
        AkomaNtosoWriter.element(xml, "FRBRuri", List.<String[]>of(new String[] {"value", uri}));
        AkomaNtosoWriter.element(xml, "FRBRdate", List.of(new String[] {"date", date},
                new String[] {"name", work ? names.dateName() : element.equals("FRBRManifestation") ? "generation" : "version"}));
        AkomaNtosoWriter.element(xml, "FRBRauthor", List.<String[]>of(new String[] {"href", author}));
        if (work) {
            AkomaNtosoWriter.element(xml, "FRBRcountry", List.<String[]>of(new String[] {"value", "un"}));
            AkomaNtosoWriter.element(xml, "FRBRnumber", List.<String[]>of(new String[] {"value", names.number()}));
        }
        if (lang != null) {
            AkomaNtosoWriter.element(xml, "FRBRlanguage", List.<String[]>of(new String[] {"language", lang}));
        }
        xml.writeEndElement();
    }

    private void references() throws XMLStreamException {
        xml.writeStartElement(NS, "references");
        xml.writeAttribute("source", "#vigie");
        organisation(names.author(), "/akn/ontology/organizations/un/" + names.author(), names.authorName());
        organisation("vigie", "/akn/ontology/organizations/vigie", "Vigie");
        for (Sponsor s : sponsors) {
            organisation(sponsorId(s), "/akn/ontology/organizations/un/memberStates/" + sponsorId(s).substring(8), s.state());
        }
        xml.writeEndElement();
    }

    /** The eId of a sponsor's TLC entry, which {@code docProponent} refers to. */
    static String sponsorId(Sponsor s) {
        return "sponsor_" + java.text.Normalizer.normalize(s.state(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
    }

    private void organisation(String eId, String href, String showAs) throws XMLStreamException {
        AkomaNtosoWriter.element(xml, "TLCOrganization",
                List.of(new String[] {"eId", eId}, new String[] {"href", href}, new String[] {"showAs", showAs}));
    }

    private void notes(List<Footnote> footnotes) throws XMLStreamException {
        if (footnotes.isEmpty()) {
            return;
        }
        xml.writeStartElement(NS, "notes");
        xml.writeAttribute("source", "#vigie");
        for (Footnote note : footnotes) {
            xml.writeStartElement(NS, "note");
            xml.writeAttribute("eId", "fn_" + note.number());
            xml.writeAttribute("marker", String.valueOf(note.number()));
            xml.writeAttribute("placement", "bottom");
            xml.writeStartElement(NS, "p");
            xml.writeCharacters(note.text());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
