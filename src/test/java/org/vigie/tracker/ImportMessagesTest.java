package org.vigie.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every error an import can report can be said in English and in French. */
class ImportMessagesTest {

    private static Set<String> keysInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern key = Pattern.compile("\"(tracker\\.import\\.[a-z_0-9]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/vigie/tracker"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String language) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = ImportMessagesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }

    @Test
    void every_import_error_has_an_english_message() throws IOException {
        assertThat(bundle("en").stringPropertyNames()).containsAll(keysInSources());
    }

    @Test
    void every_import_error_has_a_french_message() throws IOException {
        assertThat(bundle("fr").stringPropertyNames()).containsAll(keysInSources());
    }
}
