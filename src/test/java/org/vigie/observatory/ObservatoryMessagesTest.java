package org.vigie.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every error the observatory's reference data can report can be said in English and in French. */
class ObservatoryMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void every_observatory_error_has_a_message(String language) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(keysInSources()).isNotEmpty();
        assertThat(messages.stringPropertyNames()).containsAll(keysInSources());
    }

    private static Set<String> keysInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern key = Pattern.compile("\"(observatory\\.[a-z_]+\\.[a-z_0-9]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/vigie/observatory"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }
}
