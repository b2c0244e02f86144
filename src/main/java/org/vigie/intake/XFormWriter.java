package org.vigie.intake;

import static org.vigie.observatory.forms.XlsFormWriter.HINT_EN;
import static org.vigie.observatory.forms.XlsFormWriter.HINT_FR;
import static org.vigie.observatory.forms.XlsFormWriter.LABEL_EN;
import static org.vigie.observatory.forms.XlsFormWriter.LABEL_FR;
import static org.vigie.observatory.forms.XlsFormWriter.SENSITIVE;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.vigie.observatory.forms.OdkForm;

/**
 * Writes the XForm of the incident form from the rows of its XLSForm, as pyxform (the reference converter)
 * would for the types the form uses, so that one definition gives both files: the primary instance, binds
 * (types, {@code required}, {@code relevant}, {@code constraint}, {@code ${name}} references made paths),
 * {@code itext} in French and English, the victims' repeat, and choice lists as secondary instances. The place
 * lists (region, cercle, commune) are CSV media ({@code jr://file-csv/…}) served by the manifest API, so a
 * change of places is a new media file rather than a larger form. The submission element carries the public
 * key: Collect encrypts every finalised record. No library writes XForms from Java (pyxform is Python,
 * JavaRosa reads them); the XML itself goes through StAX, which escapes.
 */
final class XFormWriter {
    static final String XF = "http://www.w3.org/2002/xforms";
    static final String H = "http://www.w3.org/1999/xhtml";
    static final String JR = "http://openrosa.org/javarosa";
    static final String ORX = "http://openrosa.org/xforms";
    static final String ODK = "http://www.opendatakit.org/xforms";
    static final String VIGIE = "urn:vigie:xforms";
    static final String FR = "Français (fr)";
    static final String EN = "English (en)";
    /** Lists read from CSV media, for the place cascade. */
    static final Set<String> CSV_LISTS = Set.of(OdkForm.REGION, OdkForm.CERCLE, OdkForm.COMMUNE);
    private static final Pattern REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final String ROOT = "/" + OdkForm.FORM_ID;

    /** A question or group of the survey, with its path in the instance and the repeat it sits in (or null). */
    private record Node(Map<String, String> row, String type, String name, String path, String repeat) {
    }

    private final List<Map<String, String>> survey;
    private final Map<String, List<Map<String, String>>> choices;
    private final String version;
    private final String publicKey;
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Node> byName = new LinkedHashMap<>();

    XFormWriter(List<Map<String, String>> survey, List<Map<String, String>> choiceRows, String version, String publicKey) {
        this.survey = survey;
        this.choices = new LinkedHashMap<>();
        for (Map<String, String> c : choiceRows) {
            choices.computeIfAbsent(c.get("list_name"), k -> new ArrayList<>()).add(c);
        }
        this.version = version;
        this.publicKey = publicKey;
        resolve();
    }

    /** Gives every row its path: groups and repeats nest, questions are leaves. */
    private void resolve() {
        Deque<String> paths = new ArrayDeque<>(List.of(ROOT));
        Deque<String> repeats = new ArrayDeque<>();
        for (Map<String, String> row : survey) {
            String type = row.get("type");
            String name = row.get("name");
            if (type.equals("end_group") || type.equals("end_repeat")) {
                paths.pop();
                if (type.equals("end_repeat")) {
                    repeats.pop();
                }
                nodes.add(new Node(row, type, name, null, null));
                continue;
            }
            String path = paths.peek() + "/" + name;
            Node n = new Node(row, type, name, path, repeats.isEmpty() ? null : repeats.peek());
            nodes.add(n);
            byName.put(name, n);
            if (type.equals("begin_group") || type.equals("begin_repeat")) {
                paths.push(path);
                if (type.equals("begin_repeat")) {
                    repeats.push(path);
                }
            }
        }
    }

    String write() {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(XF);
            w.setPrefix("h", H);
            w.setPrefix("jr", JR);
            w.setPrefix("orx", ORX);
            w.setPrefix("odk", ODK);
            w.setPrefix("vigie", VIGIE);
            w.writeStartElement("h", "html", H);
            w.writeDefaultNamespace(XF);
            w.writeNamespace("h", H);
            w.writeNamespace("jr", JR);
            w.writeNamespace("orx", ORX);
            w.writeNamespace("odk", ODK);
            w.writeNamespace("vigie", VIGIE);
            w.writeStartElement(H, "head");
            w.writeStartElement(H, "title");
            w.writeCharacters(OdkForm.TITLE_TEXT);
            w.writeEndElement();
            w.writeStartElement(XF, "model");
            w.writeAttribute(ODK, "xforms-version", "1.0.0");
            itext(w);
            primaryInstance(w);
            secondaryInstances(w);
            binds(w);
            w.writeEmptyElement(XF, "submission");
            w.writeAttribute("method", "post");
            w.writeAttribute("base64RsaPublicKey", publicKey);
            w.writeAttribute(ORX, "auto-delete", "true");
            w.writeEndElement();
            w.writeEndElement();
            body(w);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the XForm", e);
        }
    }

    private void itext(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement(XF, "itext");
        for (String lang : List.of(FR, EN)) {
            w.writeStartElement(XF, "translation");
            w.writeAttribute("lang", lang);
            if (lang.equals(FR)) {
                w.writeAttribute("default", "true()");
            }
            String label = lang.equals(FR) ? LABEL_FR : LABEL_EN;
            String hint = lang.equals(FR) ? HINT_FR : HINT_EN;
            for (Node n : nodes) {
                text(w, n.path() + ":label", n.row().get(label));
                text(w, n.path() + ":hint", n.row().get(hint));
            }
            for (Map.Entry<String, List<Map<String, String>>> list : choices.entrySet()) {
                if (!CSV_LISTS.contains(list.getKey())) {
                    for (int i = 0; i < list.getValue().size(); i++) {
                        text(w, itextId(list.getKey(), i), list.getValue().get(i).get(label));
                    }
                }
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String id, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        w.writeStartElement(XF, "text");
        w.writeAttribute("id", id);
        w.writeStartElement(XF, "value");
        w.writeCharacters(value);
        w.writeEndElement();
        w.writeEndElement();
    }

    static String itextId(String list, int index) {
        return "static_instance-" + list + "-" + index;
    }

    private void primaryInstance(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement(XF, "instance");
        w.writeStartElement(XF, OdkForm.FORM_ID);
        w.writeAttribute("id", OdkForm.FORM_ID);
        w.writeAttribute("version", version);
        for (Node n : nodes) {
            switch (n.type()) {
                case "begin_group" -> w.writeStartElement(XF, n.name());
                case "begin_repeat" -> {
                    w.writeStartElement(XF, n.name());
                    w.writeAttribute(JR, "template", "");
                }
                case "end_group", "end_repeat" -> w.writeEndElement();
                default -> w.writeEmptyElement(XF, n.name());
            }
        }
        w.writeStartElement(XF, "meta");
        w.writeEmptyElement(XF, OdkForm.INSTANCE_ID);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private void secondaryInstances(XMLStreamWriter w) throws XMLStreamException {
        for (Map.Entry<String, List<Map<String, String>>> list : choices.entrySet()) {
            w.writeStartElement(XF, "instance");
            w.writeAttribute("id", list.getKey());
            if (CSV_LISTS.contains(list.getKey())) {
                w.writeAttribute("src", "jr://file-csv/" + list.getKey() + ".csv");
                w.writeEndElement();
                continue;
            }
            w.writeStartElement(XF, "root");
            for (int i = 0; i < list.getValue().size(); i++) {
                w.writeStartElement(XF, "item");
                element(w, "name", list.getValue().get(i).get("name"));
                element(w, "itextId", itextId(list.getKey(), i));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        }
    }

    private static void element(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(XF, name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private void binds(XMLStreamWriter w) throws XMLStreamException {
        for (Node n : nodes) {
            String type = bindType(n.type());
            if (type == null) {
                continue;
            }
            w.writeEmptyElement(XF, "bind");
            w.writeAttribute("nodeset", n.path());
            w.writeAttribute("type", type);
            if (n.type().equals("start") || n.type().equals("end")) {
                w.writeAttribute(JR, "preload", "timestamp");
                w.writeAttribute(JR, "preloadParams", n.type());
            }
            if ("yes".equals(n.row().get("required"))) {
                w.writeAttribute("required", "true()");
            }
            attribute(w, "relevant", n, n.row().get("relevant"));
            attribute(w, "constraint", n, n.row().get("constraint"));
            if ("true".equals(n.row().get(SENSITIVE))) {
                w.writeAttribute(VIGIE, "sensitive", "true");
            }
        }
        w.writeEmptyElement(XF, "bind");
        w.writeAttribute("nodeset", ROOT + "/meta/" + OdkForm.INSTANCE_ID);
        w.writeAttribute("type", "string");
        w.writeAttribute("readonly", "true()");
        w.writeAttribute(JR, "preload", "uid");
    }

    private void attribute(XMLStreamWriter w, String name, Node at, String expression) throws XMLStreamException {
        if (expression != null && !expression.isEmpty()) {
            w.writeAttribute(name, xpath(expression, at));
        }
    }

    /** The XForm bind type of an XLSForm type; null for what has no bind (groups, their ends). */
    static String bindType(String xlsType) {
        String base = xlsType.split(" ")[0];
        return switch (base) {
            case "text", "select_one", "select_multiple" -> "string";
            case "integer" -> "int";
            case "date" -> "date";
            case "geopoint" -> "geopoint";
            case "image", "audio" -> "binary";
            case "start", "end" -> "dateTime";
            case "begin_repeat" -> null;
            default -> null;
        };
    }

    /**
     * An XLSForm expression as XPath: {@code ${name}} becomes the question's path, relative ({@code ../name})
     * when both sit in the same repeat, so that a victim's question reads the same victim's answers.
     */
    String xpath(String expression, Node at) {
        Matcher m = REF.matcher(expression);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Node target = byName.get(m.group(1));
            if (target == null) {
                throw new IllegalStateException("the form refers to an unknown question " + m.group(1));
            }
            boolean sameRepeat = at != null && target.repeat() != null && target.repeat().equals(at.repeat());
            String path = sameRepeat ? "../" + target.name() : " " + target.path() + " ";
            m.appendReplacement(out, Matcher.quoteReplacement(path));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void body(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement(H, "body");
        for (Node n : nodes) {
            switch (n.type()) {
                case "begin_group" -> {
                    w.writeStartElement(XF, "group");
                    w.writeAttribute("ref", n.path());
                    label(w, n);
                }
                case "begin_repeat" -> {
                    w.writeStartElement(XF, "group");
                    w.writeAttribute("ref", n.path());
                    label(w, n);
                    w.writeStartElement(XF, "repeat");
                    w.writeAttribute("nodeset", n.path());
                }
                case "end_group" -> w.writeEndElement();
                case "end_repeat" -> {
                    w.writeEndElement();
                    w.writeEndElement();
                }
                case "start", "end" -> {
                }
                default -> control(w, n);
            }
        }
        w.writeEndElement();
    }

    private void control(XMLStreamWriter w, Node n) throws XMLStreamException {
        String[] type = n.type().split(" ");
        String element = switch (type[0]) {
            case "select_one" -> "select1";
            case "select_multiple" -> "select";
            case "image", "audio" -> "upload";
            default -> "input";
        };
        w.writeStartElement(XF, element);
        w.writeAttribute("ref", n.path());
        if (n.row().get("appearance") != null && !n.row().get("appearance").isEmpty()) {
            w.writeAttribute("appearance", n.row().get("appearance"));
        }
        if (element.equals("upload")) {
            w.writeAttribute("mediatype", type[0].equals("image") ? "image/*" : "audio/*");
        }
        label(w, n);
        if (type.length > 1) {
            itemset(w, n, type[1]);
        }
        w.writeEndElement();
    }

    private void label(XMLStreamWriter w, Node n) throws XMLStreamException {
        w.writeEmptyElement(XF, "label");
        w.writeAttribute("ref", "jr:itext('" + n.path() + ":label')");
        if (n.row().get(HINT_FR) != null && !n.row().get(HINT_FR).isEmpty()) {
            w.writeEmptyElement(XF, "hint");
            w.writeAttribute("ref", "jr:itext('" + n.path() + ":hint')");
        }
    }

    private void itemset(XMLStreamWriter w, Node n, String list) throws XMLStreamException {
        if (!choices.containsKey(list)) {
            throw new IllegalStateException("the form uses an unknown choice list " + list);
        }
        String filter = n.row().get("choice_filter");
        String nodeset = "instance('" + list + "')/root/item" + (filter == null || filter.isEmpty() ? "" : "[" + xpath(filter, n) + "]");
        w.writeStartElement(XF, "itemset");
        w.writeAttribute("nodeset", nodeset);
        w.writeEmptyElement(XF, "value");
        w.writeAttribute("ref", "name");
        w.writeEmptyElement(XF, "label");
        w.writeAttribute("ref", CSV_LISTS.contains(list) ? "label" : "jr:itext(itextId)");
        w.writeEndElement();
    }
}
