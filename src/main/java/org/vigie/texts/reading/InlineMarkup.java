package org.vigie.texts.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.vigie.texts.Reference;
import org.vigie.texts.analysis.ReferenceFinder;
import org.vigie.texts.export.AknNames;
import org.vigie.texts.export.AkomaNtosoWriter;

/** Writes a paragraph's text with its references as {@code <ref>} and its dates as {@code <date>}. */
public final class InlineMarkup {

    private record Span(int start, int end, String element, String attribute, String value) {
    }

    private InlineMarkup() {
    }

    /** Writes {@code text}; {@code calls} have offsets into it and become {@code noteRef}s to the notes. */
    public static void write(XMLStreamWriter xml, String text, String organBody, List<FootnoteCall> calls)
            throws XMLStreamException {
        int at = 0;
        for (Span span : spans(text, organBody, calls)) {
            xml.writeCharacters(text.substring(at, span.start()));
            if (span.element().equals("noteRef")) {
                xml.writeEmptyElement(AkomaNtosoWriter.NS, "noteRef");
                xml.writeAttribute("href", "#fn_" + span.value());
                xml.writeAttribute("marker", span.value());
            } else {
                xml.writeStartElement(AkomaNtosoWriter.NS, span.element());
                xml.writeAttribute(span.attribute(), span.value());
                xml.writeCharacters(text.substring(span.start(), span.end()));
                xml.writeEndElement();
            }
            at = span.end();
        }
        xml.writeCharacters(text.substring(at));
    }

    private static List<Span> spans(String text, String organBody, List<FootnoteCall> calls) {
        List<Span> spans = new ArrayList<>();
        for (FootnoteCall call : calls) {
            spans.add(new Span(call.offset(), call.offset(), "noteRef", "href", String.valueOf(call.number())));
        }
        List<int[]> refSpans = ReferenceFinder.spansOf(text, organBody);
        List<Reference> refs = ReferenceFinder.in(text, "", organBody);
        for (int i = 0; i < refSpans.size() && i < refs.size(); i++) {
            spans.add(new Span(refSpans.get(i)[0], refSpans.get(i)[1], "ref", "href", AknNames.citedWork(refs.get(i))));
        }
        Matcher date = Dates.DATE.matcher(text);
        while (date.find()) {
            int start = date.start();
            Dates.of(date, 1).ifPresent(d -> spans.add(new Span(start, date.end(), "date", "date", d.toString())));
        }
        // A call sits after the character before it: at equal offsets it comes before a reference.
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> disjoint = new ArrayList<>();
        int end = 0;
        for (Span s : spans) {
            if (s.start() >= end) {
                disjoint.add(s);
                end = s.end();
            }
        }
        return disjoint;
    }
}
