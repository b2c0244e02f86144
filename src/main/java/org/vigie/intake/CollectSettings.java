package org.vigie.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * The settings ODK Collect and KoboCollect import from a QR code: JSON with {@code general}, {@code admin}
 * and {@code project}, zlib-compressed then base64-encoded, as Collect's "Configure with QR code" reads it
 * and ODK Central writes it. The server URL carries the device's token in its path, so the phone needs no
 * user name or password. Finalised records are deleted from the phone once sent ({@code delete_send}).
 */
public record CollectSettings(String serverUrl, String projectName) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The URL a device is given: {@code https://HOST/odk/key/TOKEN}. */
    public static CollectSettings of(String base, String token, String projectName) {
        return new CollectSettings(base.replaceAll("/+$", "") + "/odk/key/" + token, projectName);
    }

    /** The settings as JSON, what KoboCollect's "Import settings" or a person typing them in needs. */
    public String json() {
        Map<String, Object> general = new LinkedHashMap<>();
        general.put("server_url", serverUrl);
        general.put("form_update_mode", "match_exactly");
        general.put("autosend", "wifi_and_cellular");
        general.put("delete_send", true);
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("name", projectName);
        project.put("icon", "V");
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("general", general);
        all.put("admin", Map.of());
        all.put("project", project);
        try {
            return JSON.writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the QR code holds: the JSON, zlib-compressed, base64-encoded. */
    public String payload() {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(json().getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    /** The QR code as an SVG element (one path of dark modules), to show inline without any script or image file. */
    public String qrSvg() {
        try {
            BitMatrix m = new QRCodeWriter().encode(payload(), BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" viewBox=\"0 0 " + m.getWidth() + " "
                    + m.getHeight() + "\" width=\"320\" height=\"320\" shape-rendering=\"crispEdges\"><rect width=\"100%\" "
                    + "height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException("the settings do not fit in a QR code", e);
        }
    }
}
