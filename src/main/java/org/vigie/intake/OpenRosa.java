package org.vigie.intake;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.vigie.observatory.forms.OdkForm;

/**
 * The documents of the OpenRosa APIs Vigie answers: the form list, the form's manifest and the response
 * message of a submission (the routes add the headers the API requires). Written through StAX, which escapes
 * what a message holds.
 */
final class OpenRosa {
    static final String FORM_LIST_NS = "http://openrosa.org/xforms/xformsList";
    static final String MANIFEST_NS = "http://openrosa.org/xforms/xformsManifest";
    static final String RESPONSE_NS = "http://openrosa.org/http/response";
    /** What a submission may weigh, announced to the phone, which splits larger ones; checked before reading. */
    static final long ACCEPT_CONTENT_LENGTH = 20L * 1024 * 1024;

    private OpenRosa() {
    }

    static String formList(String base, IntakeForm.Built form) {
        return document(FORM_LIST_NS, "xforms", w -> {
            w.writeStartElement("xform");
            text(w, "formID", OdkForm.FORM_ID);
            text(w, "name", OdkForm.TITLE_TEXT);
            text(w, "version", form.version());
            text(w, "hash", "md5:" + form.md5());
            text(w, "downloadUrl", base + "/forms/" + OdkForm.FORM_ID + ".xml");
            text(w, "manifestUrl", base + "/forms/" + OdkForm.FORM_ID + "/manifest");
            w.writeEndElement();
        });
    }

    static String manifest(String base, List<IntakeForm.Media> media) {
        return document(MANIFEST_NS, "manifest", w -> {
            for (IntakeForm.Media m : media) {
                w.writeStartElement("mediaFile");
                text(w, "filename", m.name());
                text(w, "hash", "md5:" + m.md5());
                text(w, "downloadUrl", base + "/forms/" + OdkForm.FORM_ID + "/media/" + m.name());
                w.writeEndElement();
            }
        });
    }

    /** A response message; {@code nature} is {@code submit_success} or {@code error}, as ODK Central writes them. */
    static String message(String nature, String message) {
        return document(RESPONSE_NS, "OpenRosaResponse", w -> {
            w.writeStartElement("message");
            w.writeAttribute("nature", nature);
            w.writeCharacters(message);
            w.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String document(String namespace, String root, Body body) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(namespace);
            w.writeStartElement(root);
            w.writeDefaultNamespace(namespace);
            body.write(w);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
