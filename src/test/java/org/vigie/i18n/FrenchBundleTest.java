package org.vigie.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The French bundle reads as French: one apostrophe (’), no "(s)" standing in for a plural rule, every pattern valid
 * ICU, and none of the strings readers reported (issue 15).
 */
class FrenchBundleTest {
    /** A number then a noun that a plural rule must agree ("{0} incidents"): ICU's plural or select says it. */
    private static final Pattern BARE_COUNT = Pattern.compile("\\{\\d+(,number(,integer)?)?\\}\\s+"
            + "(?!(?:is|has|was|does|refers|belongs|comes|dans|sans|plus|pas|sous|vers|après|depuis|puis)\\b)\\p{L}+s\\b");
    /** Texts readers saw in the French interface and reported. */
    static final List<String> REPORTED = List.of("(s)", "(e)", "Indicateurs aucune", "1 incidents", "1 enregistrements",
            "Du 1 janvier", "(Mois)", "Koulikouro", "General Assembly", "focal_point", "login.succeeded", "resolution-paragraph");
    /** Messages whose argument before a plural-looking word is not a count ("Fusionner {0} dans {1}"). */
    private static final Set<String> NOT_COUNTS = Set.of("incidents.merge", "reports.report.note.schools");
    private final Messages messages = new Messages();

    @Test
    void every_french_message_uses_the_typographic_apostrophe() {
        assertThat(messages.keys(Lang.FR)).filteredOn(k -> messages.get(Lang.FR, k).contains("'")).isEmpty();
    }

    @Test
    void no_french_message_holds_a_reported_string() {
        for (String bad : REPORTED) {
            assertThat(messages.keys(Lang.FR)).as("messages holding %s", bad).filteredOn(k -> messages.get(Lang.FR, k).contains(bad))
                    .isEmpty();
        }
    }

    @Test
    void a_count_before_a_plural_noun_goes_through_a_plural_rule() {
        for (Lang lang : Lang.values()) {
            assertThat(messages.keys(lang)).as("%s messages with a bare count before a plural noun", lang)
                    .filteredOn(k -> !NOT_COUNTS.contains(k) && BARE_COUNT.matcher(messages.get(lang, k)).find()).isEmpty();
        }
    }

    @Test
    void every_pattern_is_valid_icu() {
        for (Lang lang : Lang.values()) {
            for (String key : messages.keys(lang)) {
                String pattern = messages.get(lang, key);
                if (pattern.contains("{")) {
                    new MessageFormat(pattern, lang.locale());
                }
            }
        }
        assertThat(new MessageFormat(messages.get(Lang.FR, "format.date"), Locale.FRENCH).format(new Object[] {1, "mai", "2026"}))
                .isEqualTo("1er mai 2026");
    }
}
