package org.vigie.demo;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.vigie.App;
import org.vigie.accounts.Account;
import org.vigie.accounts.NewAccount;
import org.vigie.accounts.Username;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.observatory.links.LinkNote;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.registries.Input;
import org.vigie.registries.schools.School;
import org.vigie.registries.schools.SchoolFilter;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.texts.library.TextSummary;
import org.vigie.tracker.recommendations.Status;
import org.vigie.tracker.recommendations.TrackedRecommendation;

/**
 * The demonstration data set: one account per role, marked as demo, with passwords made fresh at
 * each start and printed once; the public texts; a few invented registry records, named as such.
 * Demo mode exists only on the embedded database (see Config).
 */
public final class DemoData {
    /** A demo login to print. */
    public record Login(String username, Role role, String password) {
    }

    /** Texts of the demonstration set, in {@code src/main/resources/demo/} (see SOURCES.md there). */
    static final List<String> TEXTS = List.of("mali-draft-2026-fr.txt", "A_RES_73_3-EN.pdf", "A_RES_73_6-EN.pdf");

    /** What was loaded, to tell the person who started the demo. */
    public record Loaded(List<Login> logins, int texts, int incidents) {
        public void print(PrintStream out) {
            out.println("DEMO MODE: demonstration data only, never real people. " + texts + " public texts loaded, "
                    + incidents + " synthetic incidents added.");
            out.println("Demo accounts (passwords change at each start):");
            for (Login l : logins) {
                out.printf("  %-12s %-14s %s%n", l.username(), l.role().code(), l.password());
            }
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Demo accounts are named by their role as the French interface writes it ("Démo — point focal"). */
    private static final Messages DISPLAY = new Messages();
    private static final String WORDS = "abcdefghijkmnpqrstuvwxyz23456789";

    private DemoData() {
    }

    public static Loaded load(App app) {
        List<Login> logins = new ArrayList<>();
        for (Role role : Role.values()) {
            String username = "demo-" + role.code().replace('_', '-');
            String password = password();
            var existing = app.accounts().byUsername(username);
            if (existing.isPresent()) {
                app.accounts().resetPassword("demo", "local", existing.get().id(), password);
            } else {
                String institution = Account.needsInstitution(role) ? "DNDH" : null;
                app.accounts().create("demo", "local", new NewAccount(new Username(username),
                        "Démo — " + DISPLAY.get(Lang.FR, "role." + role.code()).toLowerCase(java.util.Locale.FRENCH), role, institution, password), true);
            }
            logins.add(new Login(username, role, password));
        }
        List<TextSummary> texts = new ArrayList<>();
        for (String name : TEXTS) {
            texts.add(app.texts().importFile("demo", "local", name, resource(name), true).text());
        }
        registries(app);
        var analyst = app.accounts().byUsername("demo-analyst").orElseThrow().principal();
        int incidents = DemoIncidents.load(app, analyst);
        commitments(app, analyst, texts.get(0));
        reports(app, texts.get(0));
        return new Loaded(logins, TEXTS.size(), incidents);
    }

    /**
     * Work waiting in each role's home, once: the demo focal point of the DNDH has reported on two of its
     * commitments; the demo validator returned one (asking for evidence) and has the other to decide.
     */
    private static void reports(App app, TextSummary draft) {
        List<TrackedRecommendation> dndh = app.tracker().ofText(draft.id()).stream()
                .filter(r -> !r.text().toLowerCase(java.util.Locale.ROOT).contains("écoles")).limit(2).toList();
        if (dndh.size() < 2 || !app.followUp().reportsOf(dndh.get(0).id()).isEmpty()) {
            return;
        }
        Principal focalPoint = app.accounts().byUsername("demo-focal-point").orElseThrow().principal();
        Principal validator = app.accounts().byUsername("demo-validator").orElseThrow().principal();
        long returned = app.followUp().submit(focalPoint, "local", dndh.get(0).id(),
                "[DÉMO] Atelier de formation des officiers de police judiciaire de Mopti tenu en mars.", Status.IN_PROGRESS);
        app.followUp().decide(validator, "local", returned, false, "[DÉMO] Joindre la liste de présence et le rapport de l’atelier.");
        app.followUp().submit(focalPoint, "local", dndh.get(1).id(),
                "[DÉMO] Note d’orientation diffusée aux parquets ; suivi des dossiers en cours.", Status.IN_PROGRESS);
    }

    /**
     * The State's commitments in the draft resolution (a real, public text) followed in the tracker, as
     * an analyst does after reading it, once: those on schools assigned to the Ministry of Education and
     * linked to the invented closed schools, the others to the DNDH; the first on justice linked to a
     * verified invented incident as evidence.
     */
    private static void commitments(App app, Principal analyst, TextSummary draft) {
        if (!app.tracker().ofText(draft.id()).isEmpty()) {
            return;
        }
        app.tracker().trackCommitments("demo", "local", draft, app.texts());
        List<TrackedRecommendation> tracked = app.tracker().ofText(draft.id());
        List<School> schools = app.registries().schools().find(analyst, SchoolFilter.all());
        for (TrackedRecommendation r : tracked) {
            boolean onSchools = r.text().toLowerCase(java.util.Locale.ROOT).contains("écoles");
            app.followUp().assign(analyst, "local", r.id(), onSchools ? "MEN" : "DNDH");
            if (onSchools) {
                for (School s : schools) {
                    app.registries().schools().linkRecommendation(analyst, "local", s.id(), input("recommendation", Long.toString(r.id())));
                }
            }
        }
        tracked.stream().filter(r -> r.text().contains("justice")).findFirst().ifPresent(r -> {
            long incident = app.observatory().idOf(Origin.DEMO, DemoIncidents.externalId(0)).orElseThrow();
            app.observatory().recommendationLinks().link(analyst, "local", incident, r.reference(),
                    new LinkNote("Lien de démonstration : auteurs présumés non poursuivis"));
        });
    }

    /** A few invented registry records, named as such, once: schools, a proceeding, a claim. */
    private static void registries(App app) {
        var registries = app.registries();
        if (registries.schools().count(SchoolFilter.all()) > 0) {
            return;
        }
        Principal analyst = app.accounts().byUsername("demo-analyst").orElseThrow().principal();
        String[][] schools = {{"École fictive A (démo)", "ML0702", "threat", "2024-10-07"}, {"École fictive B (démo)", "ML0502", "insecurity", "2024-11-18"},
            {"Lycée fictif C (démo)", "ML0601", "occupation", "2025-01-13"}, {"École fictive D (démo)", "ML0801", "attack", "2023-12-04"}};
        for (String[] s : schools) {
            registries.schools().register(analyst, "local", input("name", s[0], "pcode", s[1], "level", "fundamental_1", "cause", s[2],
                    "closed_on", s[3], "girls", "60", "boys", "55", "teachers", "4", "source", "Données de démonstration, inventées"));
        }
        registries.proceedings().open(analyst, "local", input("reference", "DEMO-RP-2024-001", "court", "Juridiction fictive (démo)",
                "charge_classes", "war_crimes", "charges", "Affaire inventée pour la démonstration", "suspects_armed_groups", "2",
                "stage", "judicial_investigation", "stage_on", "2024-05-02"));
        registries.reparations().submit(analyst, "local", input("pseudonym", "DEMO-2024-0001", "harm_classes", "material_loss",
                "programme", "cvjr", "measures", "compensation", "amount_xof", "500000", "submitted_on", "2024-09-16"));
    }

    private static Input input(String... namesAndValues) {
        java.util.Map<String, List<String>> values = new java.util.HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return new Input(values);
    }

    private static byte[] resource(String name) {
        try (var in = DemoData.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo file missing from the build: " + name);
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String password() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(WORDS.charAt(RANDOM.nextInt(WORDS.length())));
        }
        return sb.toString();
    }
}
