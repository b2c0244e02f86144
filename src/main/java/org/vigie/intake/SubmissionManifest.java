package org.vigie.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The submission manifest of an encrypted record (ODK encryption spec): the form and its version, the RSA-encrypted
 * AES key, the encrypted media in the order they were encrypted, the encrypted XML file, the element signature and
 * the instanceID. A record sent in clear is refused here: the form demands encryption.
 */
record SubmissionManifest(String formId, String version, String encryptedKey, List<String> media, String xmlFile,
                          String signature, String instanceId) {

    SubmissionManifest {
        media = List.copyOf(media);
    }

    static SubmissionManifest parse(byte[] xml) {
        Element root = document(xml).getDocumentElement();
        if (!"yes".equals(root.getAttribute("encrypted"))) {
            throw new IntakeRefused(400, "intake.refused.unencrypted");
        }
        List<String> media = new ArrayList<>();
        String key = null;
        String file = null;
        String signature = null;
        String instance = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (e.getLocalName()) {
                case "base64EncryptedKey" -> key = e.getTextContent().strip();
                case "encryptedXmlFile" -> file = e.getTextContent().strip();
                case "base64EncryptedElementSignature" -> signature = e.getTextContent().strip();
                case "media" -> media.add(child(e, "file"));
                case "meta" -> instance = child(e, "instanceID");
                default -> {
                }
            }
        }
        if (key == null || file == null || instance == null || media.contains(null)) {
            throw new IntakeRefused(400, "intake.refused.manifest_incomplete");
        }
        // Names as a phone writes them (Collect: the answer's file name plus .enc), and no more files than a record
        // can carry: anything else could only park rows or fail deep in a store.
        if (media.size() > MAX_FILES || !saneName(file) || !media.stream().allMatch(SubmissionManifest::saneName)
                || new java.util.HashSet<>(media).size() != media.size()) {
            throw new IntakeRefused(400, "intake.refused.file_names", MAX_FILES);
        }
        if (signature == null) {
            throw new IntakeRefused(400, "intake.refused.unsigned");
        }
        if (!instance.matches("uuid:[A-Za-z0-9-]{1,64}")) {
            throw new IntakeRefused(400, "intake.refused.instance_id");
        }
        return new SubmissionManifest(root.getAttribute("id"), root.getAttribute("version"), key, media, file, signature, instance);
    }

    /** The most media files a record may name. */
    static final int MAX_FILES = 20;

    private static boolean saneName(String name) {
        return name.length() >= 5 && name.length() <= 200 && name.endsWith(".enc") && name.chars().noneMatch(c -> c < 0x20 || c == '/' || c == '\\');
    }

    private static String child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }

    /** Parsed with namespaces; a document type declaration is refused, so no entity expands or reaches outside. */
    static Document document(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IntakeRefused(400, "intake.refused.malformed");
        }
    }
}
