package org.vigie.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A phone running ODK Collect, written from the OpenRosa Form List, Manifest and Form Submission APIs and
 * the ODK encryption spec (getodk.github.io/xforms-spec/encryption), not from Vigie's code: it fetches the
 * form list, the form and its media, then encrypts a filled record as Collect does (a fresh AES-256 key,
 * RSA/OAEP-SHA-256 with MGF1-SHA-256 as BouncyCastle does on Android, AES/CFB/PKCS5Padding with the IV from the
 * MD5 of the instanceID and the key, media first then the XML, and the element signature), writes the submission
 * manifest as Collect's {@code EncryptionUtils} does, and posts it, in several POSTs when it is larger than the
 * server accepts, as Collect's uploader splits it.
 */
public final class CollectPhone {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The namespace of Collect's submission manifest. */
    static final String ENCRYPTED_NS = "http://www.opendatakit.org/xforms/encrypted";

    /** The form as the phone downloaded it. */
    public record Form(String formId, String version, String hash, byte[] xml, PublicKey publicKey, Map<String, byte[]> media) {
    }

    /** An encrypted record ready to send: the manifest and the encrypted files by name. */
    public record Encrypted(byte[] manifest, Map<String, byte[]> files) {
    }

    private final String serverUrl;

    public CollectPhone(String serverUrl) {
        this.serverUrl = serverUrl;
    }

    HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("X-OpenRosa-Version", "1.0").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> formList() throws IOException, InterruptedException {
        return get(serverUrl + "/formList");
    }

    /** Lists, downloads the first form, checks its hash, and fetches its media through the manifest. */
    public Form download() throws Exception {
        HttpResponse<byte[]> list = formList();
        if (list.statusCode() != 200) {
            throw new IllegalStateException("form list: " + list.statusCode() + " " + new String(list.body(), StandardCharsets.UTF_8));
        }
        Element xform = (Element) parse(list.body()).getElementsByTagNameNS("*", "xform").item(0);
        String hash = text(xform, "hash");
        byte[] xml = get(text(xform, "downloadUrl")).body();
        if (!hash.equals("md5:" + hex("MD5", xml))) {
            throw new IllegalStateException("the form's hash does not match the form list");
        }
        Element submission = (Element) parse(xml).getElementsByTagNameNS("*", "submission").item(0);
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(
                Base64.getDecoder().decode(submission.getAttribute("base64RsaPublicKey"))));
        Map<String, byte[]> media = new LinkedHashMap<>();
        NodeList files = parse(get(text(xform, "manifestUrl")).body()).getElementsByTagNameNS("*", "mediaFile");
        for (int i = 0; i < files.getLength(); i++) {
            Element f = (Element) files.item(i);
            byte[] content = get(text(f, "downloadUrl")).body();
            if (!text(f, "hash").equals("md5:" + hex("MD5", content))) {
                throw new IllegalStateException("media hash mismatch: " + text(f, "filename"));
            }
            media.put(text(f, "filename"), content);
        }
        return new Form(text(xform, "formID"), text(xform, "version"), hash, xml, key, media);
    }

    /** Writes the form's media where JavaRosa will look for {@code jr://file-csv/...}. */
    public static void saveMedia(Form form, Path dir) throws IOException {
        Path csv = Files.createDirectories(dir.resolve("file-csv"));
        for (Map.Entry<String, byte[]> m : form.media().entrySet()) {
            Files.write(csv.resolve(m.getKey()), m.getValue());
        }
    }

    /** Encrypts a finalised record as the spec says; {@code media} are the clear attachments, in order. */
    public static Encrypted encrypt(Form form, String instanceId, byte[] submissionXml, Map<String, byte[]> media) throws Exception {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        String encryptedKey = Base64.getEncoder().encodeToString(rsa(form.publicKey(), key));
        byte[] seed = MessageDigest.getInstance("MD5").digest(concat(instanceId.getBytes(StandardCharsets.UTF_8), key));
        Map<String, byte[]> files = new LinkedHashMap<>();
        StringBuilder signed = new StringBuilder(form.formId()).append('\n').append(form.version()).append('\n')
                .append(encryptedKey).append('\n').append(instanceId).append('\n');
        List<Map.Entry<String, byte[]>> order = new ArrayList<>(media.entrySet());
        order.add(Map.entry("submission.xml", submissionXml));
        int counter = 0;
        for (Map.Entry<String, byte[]> f : order) {
            seed[counter % 16]++;
            counter++;
            Cipher aes = Cipher.getInstance("AES/CFB/PKCS5Padding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(seed.clone()));
            files.put(f.getKey() + ".enc", aes.doFinal(f.getValue()));
            signed.append(f.getKey()).append("::").append(hex("MD5", f.getValue())).append('\n');
        }
        String signature = Base64.getEncoder().encodeToString(rsa(form.publicKey(),
                MessageDigest.getInstance("MD5").digest(signed.toString().getBytes(StandardCharsets.UTF_8))));
        return new Encrypted(manifest(form, instanceId, encryptedKey, media.keySet(), signature), files);
    }

    /**
     * The submission manifest as Collect's {@code EncryptionUtils.writeSubmissionManifest} writes it: the namespace
     * {@link #ENCRYPTED_NS}, then the encrypted key, the {@code orx:meta} block with the instanceID, each media file,
     * the encrypted XML file and the signature, in that order, without an XML declaration.
     */
    private static byte[] manifest(Form form, String instanceId, String encryptedKey, Iterable<String> media, String signature) {
        StringBuilder m = new StringBuilder("<data xmlns=\"").append(ENCRYPTED_NS).append("\" id=\"").append(form.formId())
                .append("\" version=\"").append(form.version()).append("\" encrypted=\"yes\">")
                .append("<base64EncryptedKey>").append(encryptedKey).append("</base64EncryptedKey>")
                .append("<orx:meta xmlns:orx=\"http://openrosa.org/xforms\"><orx:instanceID>").append(instanceId)
                .append("</orx:instanceID></orx:meta>\n");
        for (String name : media) {
            m.append("<media><file>").append(name).append(".enc</file></media>\n");
        }
        m.append("<encryptedXmlFile>submission.xml.enc</encryptedXmlFile>")
                .append("<base64EncryptedElementSignature>").append(signature).append("</base64EncryptedElementSignature></data>");
        return m.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Posts as Collect does: multipart, the manifest as {@code xml_submission_file}, each file under its name. */
    public HttpResponse<String> submit(byte[] manifest, Map<String, byte[]> files) throws IOException, InterruptedException {
        return post(manifest, files, false);
    }

    /**
     * Sends a record as Collect's uploader does when it is large: asks the server what a POST may weigh (HEAD,
     * {@code X-OpenRosa-Accept-Content-Length}; {@code budget} if smaller, so that a test splits small files), then
     * counts the manifest and each file in turn; when the next file would pass the limit (never the first of a
     * POST), it sends what it has with {@code *isIncomplete*=yes} and goes on with a new POST carrying the same
     * manifest. Stops at the first answer that is not a success; returns every answer.
     */
    public List<HttpResponse<String>> submitSplit(Encrypted record, long budget) throws IOException, InterruptedException {
        long limit = Math.min(budget, head().headers().firstValueAsLong("X-OpenRosa-Accept-Content-Length").orElse(10_000_000L));
        List<Map.Entry<String, byte[]>> files = new ArrayList<>(record.files().entrySet());
        List<HttpResponse<String>> answers = new ArrayList<>();
        int next = 0;
        while (next < files.size()) {
            long count = record.manifest().length;
            Map<String, byte[]> batch = new LinkedHashMap<>();
            int j = next;
            for (; j < files.size(); j++) {
                byte[] content = files.get(j).getValue();
                if (j != next && count + content.length > limit) {
                    break;
                }
                count += content.length;
                batch.put(files.get(j).getKey(), content);
            }
            next = j;
            HttpResponse<String> answer = post(record.manifest(), batch, next < files.size());
            answers.add(answer);
            if (answer.statusCode() != 201 && answer.statusCode() != 202) {
                break;
            }
        }
        return answers;
    }

    /** One POST of a record: the manifest, {@code files}, and {@code *isIncomplete*=yes} when more are to come. */
    HttpResponse<String> post(byte[] manifest, Map<String, byte[]> files, boolean incomplete) throws IOException, InterruptedException {
        String boundary = "----collect" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "xml_submission_file", "submission.xml", "text/xml", manifest);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            part(body, boundary, f.getKey(), f.getKey(), "application/octet-stream", f.getValue());
        }
        if (incomplete) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"*isIncomplete*\"\r\n\r\nyes\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(serverUrl + "/submission")).header("X-OpenRosa-Version", "1.0")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<Void> head() throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(serverUrl + "/submission")).header("X-OpenRosa-Version", "1.0")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String file, String type, byte[] content)
            throws IOException {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + file
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] rsa(PublicKey key, byte[] data) throws Exception {
        Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
        rsa.init(Cipher.ENCRYPT_MODE, key, new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
        return rsa.doFinal(data);
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("*", name).item(0).getTextContent().strip();
    }

    static String hex(String algorithm, byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
