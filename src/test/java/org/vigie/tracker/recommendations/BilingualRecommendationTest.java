package org.vigie.tracker.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;
import org.vigie.tracker.imports.UhriFiles;

/** The French and English versions of one recommendation kept together, shown together and exported together. */
class BilingualRecommendationTest {
    static final String FRENCH = "Prendre toutes les mesures nécessaires pour que les victimes aient accès à la justice et à des réparations";
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;
    static TrackedRecommendation first;
    static Tracker.Outcome french;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        TestApp.account(app, "analyst", Role.ANALYST);
        try (InputStream in = BilingualRecommendationTest.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            app.tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes(), "SI");
        }
        first = app.tracker().find(RecommendationFilter.all()).get(0);
        french = app.tracker().importFile("analyst", "127.0.0.1", "uhri-fr.csv", frenchList());
    }

    /** The French UHRI export of the same document and paragraph. */
    private static byte[] frenchList() {
        List<String> row = new ArrayList<>(UhriFiles.upr(first.paragraph(), "Supported"));
        row.set(0, first.paragraph() + " " + FRENCH + " (Ghana);");
        row.set(3, first.documentSymbol());
        return UhriFiles.csvBytes(List.of(UhriFiles.HEADER, row));
    }

    @Test
    void importing_the_french_list_fills_the_french_version_instead_of_adding_a_duplicate() {
        assertThat(french.added()).isZero();
        assertThat(french.otherLanguageAdded()).isEqualTo(1);
        TrackedRecommendation r = app.tracker().byId(first.id());
        assertThat(r.textEn()).isEqualTo(first.text());
        assertThat(r.textFr()).startsWith(FRENCH);
        assertThat(app.tracker().count(RecommendationFilter.all())).isEqualTo(254);
    }

    @Test
    void importing_the_french_list_again_changes_nothing() {
        var again = app.tracker().importFile("analyst", "127.0.0.1", "uhri-fr.csv", frenchList());
        assertThat(again.added()).isZero();
        assertThat(again.otherLanguageAdded()).isZero();
    }

    @Test
    void the_page_and_the_csv_export_carry_both_versions() {
        WebClient c = new WebClient(TestApp.base(app));
        c.login("analyst", TestApp.PASSWORD);
        assertThat(c.get("/tracker/" + first.id()).body()).contains("Version française").contains("Version anglaise")
                .contains("victimes aient accès");
        String csv = c.get("/tracker/export.csv").body();
        assertThat(csv.split("\r\n")[0]).contains("Version française").contains("Version anglaise");
        assertThat(csv).contains("victimes aient accès");
        assertThat(c.get("/tracker/export.json").body()).contains("\"textFr\":\"" + FRENCH);
    }
}
