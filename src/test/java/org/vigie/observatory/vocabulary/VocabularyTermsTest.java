package org.vigie.observatory.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.audit.AuditQuery;
import org.vigie.observatory.incidents.Drafts;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/** Administrators add vocabulary terms on /admin/vocabulary; a term in use is never deleted, nor a shipped one. */
class VocabularyTermsTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
        TestApp.account(app, "admin", Role.ADMINISTRATOR);
        TestApp.account(app, "analyst", Role.ANALYST);
    }

    static WebClient login(String username) {
        WebClient c = new WebClient(TestApp.base(app));
        c.login(username, TestApp.PASSWORD);
        c.get("/admin/vocabulary");
        return c;
    }

    static HttpResponse<String> add(WebClient admin, String list, String parent, String english, String french) {
        return admin.post("/admin/vocabulary", "term_list", list, "term_parent", parent, "term_english", english, "term_french", french,
                "term_grave", "ATTACKS_ON_SCHOOLS_AND_HOSPITALS");
    }

    @Test
    void a_term_in_use_is_never_deleted() {
        WebClient admin = login("admin");
        HttpResponse<String> added = add(admin, "100", "", "Burning of a health centre", "Incendie d’un centre de santé");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(added.body()).contains("Terme VG-BURNING-OF-A-HEALTH-CENTRE ajouté");
        app.observatory().record(Drafts.draft(Drafts.SANGHA, LocalDate.of(2025, 3, 1), "VG-BURNING-OF-A-HEALTH-CENTRE"), "monitor", "ip");

        HttpResponse<String> refused = admin.post("/admin/vocabulary/VG-BURNING-OF-A-HEALTH-CENTRE/delete");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("est utilisé par 1 acte enregistré ; un terme utilisé n’est jamais supprimé");
        assertThat(app.observatory().vocabulary().term("VG-BURNING-OF-A-HEALTH-CENTRE")).isPresent();
    }

    @Test
    void an_unused_added_term_is_deleted_and_audited() {
        WebClient admin = login("admin");
        add(admin, "100", "", "Seizure of a water point", "Saisie d’un point d’eau");

        HttpResponse<String> deleted = admin.post("/admin/vocabulary/VG-SEIZURE-OF-A-WATER-POINT/delete");

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(app.observatory().vocabulary().term("VG-SEIZURE-OF-A-WATER-POINT")).isEmpty();
        assertThat(app.audit().count(new AuditQuery("admin", "vocabulary.term.added", "term:VG-SEIZURE-OF-A-WATER-POINT", null, null, 0, 10)))
                .isEqualTo(1);
        assertThat(app.audit().count(new AuditQuery("admin", "vocabulary.term.deleted", "term:VG-SEIZURE-OF-A-WATER-POINT", null, null, 0, 10)))
                .isEqualTo(1);
    }

    @Test
    void huridocs_and_shipped_vigie_terms_cannot_be_deleted() {
        WebClient admin = login("admin");

        assertThat(admin.post("/admin/vocabulary/" + Drafts.SUMMARY_EXECUTION + "/delete").statusCode()).isEqualTo(409);
        assertThat(admin.post("/admin/vocabulary/" + Drafts.ATTACK_SCHOOL + "/delete").body()).contains("est livré avec Vigie");
        assertThat(app.observatory().vocabulary().term(Drafts.SUMMARY_EXECUTION)).isPresent();
        assertThat(app.observatory().vocabulary().term(Drafts.ATTACK_SCHOOL)).isPresent();
    }

    @Test
    void a_non_administrator_is_refused() {
        WebClient analyst = new WebClient(TestApp.base(app));
        analyst.login("analyst", TestApp.PASSWORD);
        analyst.get("/incidents");

        assertThat(analyst.get("/admin/vocabulary").statusCode()).isEqualTo(403);
        assertThat(add(analyst, "100", "", "Looting of a granary", "Pillage d’un grenier").statusCode()).isEqualTo(403);
        assertThat(app.observatory().vocabulary().term("VG-LOOTING-OF-A-GRANARY")).isEmpty();
    }

    @Test
    void a_term_below_a_huridocs_act_is_offered_in_the_form_and_counts_as_its_violation() {
        WebClient admin = login("admin");
        add(admin, "4", "01010100000004", "Execution at a checkpoint", "Exécution à un poste de contrôle");

        Term term = app.observatory().vocabulary().term("VG-EXECUTION-AT-A-CHECKPOINT").orElseThrow();

        assertThat(term.listCode()).isEqualTo(4);
        assertThat(term.parent()).contains("01010100000004");
        assertThat(app.observatory().choices().acts()).contains(term);
        assertThat(app.observatory().vocabulary().countingAs(GraveViolation.ATTACKS_ON_SCHOOLS_AND_HOSPITALS))
                .extracting(ExtensionTerm::code).contains("VG-EXECUTION-AT-A-CHECKPOINT");
    }

    @Test
    void a_parent_in_another_list_is_refused_naming_the_field() {
        WebClient admin = login("admin");

        HttpResponse<String> r = add(admin, "100", "01010100000004", "Ambush on a convoy", "Embuscade contre un convoi");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Terme plus large : le terme 01010100000004 n’est pas dans la liste 100");
    }

    @Test
    void a_label_missing_in_one_language_is_refused() {
        WebClient admin = login("admin");

        HttpResponse<String> r = add(admin, "100", "", "Ambush on a bus", " ");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Libellé français");
        assertThat(app.observatory().vocabulary().term("VG-AMBUSH-ON-A-BUS")).isEmpty();
    }

    @Test
    void a_label_already_taken_gets_a_numbered_code() {
        WebClient admin = login("admin");
        add(admin, "100", "", "Attack on a ferry", "Attaque contre un bac");

        HttpResponse<String> second = add(admin, "100", "", "Attack on a ferry!", "Attaque contre un bac (2)");

        assertThat(second.body()).contains("Terme VG-ATTACK-ON-A-FERRY-2 ajouté");
    }

    @Test
    void added_terms_are_read_back_when_vigie_starts() {
        WebClient admin = login("admin");
        add(admin, "100", "", "Destruction of a well", "Destruction d’un puits");

        VocabularyTerms restarted = new VocabularyTerms(app.database().jdbi(), app.audit(), Vocabulary.standard());

        assertThat(restarted.current().term("VG-DESTRUCTION-OF-A-WELL")).isPresent();
        assertThat(restarted.added()).extracting(AddedTerm::code).contains("VG-DESTRUCTION-OF-A-WELL");
    }
}
