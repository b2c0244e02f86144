package org.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** The QR code of a device holds Collect's settings: base64 of zlib-compressed JSON naming the server URL with the token. */
class CollectSettingsTest {
    final CollectSettings settings = CollectSettings.of("https://vigie.example.ml/", "T".repeat(43), "Vigie – Mopti 1");

    @Test
    void the_payload_is_base64_of_zlib_compressed_json_with_the_server_url_and_the_project() throws Exception {
        JsonNode json = new ObjectMapper().readTree(inflate(Base64.getDecoder().decode(settings.payload())));

        assertThat(json.at("/general/server_url").asText()).isEqualTo("https://vigie.example.ml/odk/key/" + "T".repeat(43));
        assertThat(json.at("/general/form_update_mode").asText()).isEqualTo("match_exactly");
        assertThat(json.at("/project/name").asText()).isEqualTo("Vigie – Mopti 1");
        assertThat(json.has("admin")).isTrue();
    }

    @Test
    void the_qr_code_drawn_decodes_to_the_payload() throws Exception {
        String svg = settings.qrSvg();
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1));
        int margin = 4;
        BitMatrix modules = new BitMatrix(size - 2 * margin);
        Matcher m = Pattern.compile("M(\\d+) (\\d+)h1").matcher(svg);
        while (m.find()) {
            modules.set(Integer.parseInt(m.group(1)) - margin, Integer.parseInt(m.group(2)) - margin);
        }

        assertThat(new Decoder().decode(modules).getText()).isEqualTo(settings.payload());
    }

    private static String inflate(byte[] zlib) throws Exception {
        Inflater inflater = new Inflater();
        inflater.setInput(zlib);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!inflater.finished()) {
            out.write(buffer, 0, inflater.inflate(buffer));
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
