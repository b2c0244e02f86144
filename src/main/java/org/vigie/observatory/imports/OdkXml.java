package org.vigie.observatory.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.vigie.files.ImportIssue;
import org.vigie.observatory.forms.OdkForm;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads the XML of one submission, as ODK Collect sends it and ODK Central or Kobo give it to download:
 * a root element whose {@code id} is the form's id, the {@code incident} group, one {@code victims}
 * element per victim and {@code meta/instanceID}. Document type declarations are refused, so no entity
 * can expand or reach outside the file.
 */
final class OdkXml {

    private OdkXml() {
    }

    static OdkSubmission read(byte[] bytes) throws ImportFiles.Refused {
        Element root = parse(bytes).getDocumentElement();
        if (!OdkForm.FORM_ID.equals(root.getAttribute("id"))) {
            throw new ImportFiles.Refused(ImportIssue.ofFile("observatory.import.odk_other_form", root.getAttribute("id")));
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        List<OdkFields> victims = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(OdkForm.VICTIMS)) {
                Map<String, String> v = new LinkedHashMap<>();
                Map<String, String> c = new LinkedHashMap<>();
                for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element field) {
                        leaves(field, OdkForm.VICTIMS + "[" + (victims.size() + 1) + "]", v, c);
                    }
                }
                victims.add(new OdkFields(ImportIssue.Place.ROW, 1, v, c));
            } else if (n instanceof Element e) {
                leaves(e, "", values, columns);
            }
        }
        return new OdkSubmission(new OdkFields(ImportIssue.Place.ROW, 1, values, columns), victims);
    }

    private static void leaves(Element element, String path, Map<String, String> values, Map<String, String> columns)
            throws ImportFiles.Refused {
        String here = path.isEmpty() ? element.getTagName() : path + "/" + element.getTagName();
        boolean hasChildElements = false;
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                hasChildElements = true;
                leaves(child, here, values, columns);
            }
        }
        if (!hasChildElements && !values.containsKey(element.getTagName())) {
            String text = element.getTextContent().strip();
            if (text.length() > ImportFiles.MAX_CELL_CHARS) {
                throw new ImportFiles.Refused(ImportIssue.at(ImportIssue.Place.ROW, 1, here, "observatory.import.cell_too_large",
                        ImportFiles.MAX_CELL_CHARS));
            }
            values.put(element.getTagName(), text);
            columns.put(element.getTagName(), here);
        }
    }

    private static org.w3c.dom.Document parse(byte[] bytes) throws ImportFiles.Refused {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new ImportFiles.Refused(ImportIssue.ofFile("observatory.import.odk_unreadable"));
        }
    }
}
