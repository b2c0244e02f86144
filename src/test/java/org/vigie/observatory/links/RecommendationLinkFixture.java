package org.vigie.observatory.links;

import java.io.InputStream;
import java.nio.file.Path;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/**
 * The Vigie the tests of incidents linked to recommendations start: an account per role (named by its
 * code, with '-' for '_'), a second monitor, and the Slovenia thematic list (254 recommendations) imported.
 */
final class RecommendationLinkFixture {
    private RecommendationLinkFixture() {
    }

    static App start(Path dir) throws Exception {
        // Slovenia's own Vigie: its list is the State followed, so reports count its recommendations.
        App app = TestApp.start(dir, java.util.Map.of("VIGIE_STATE", "SI"));
        for (Role role : Role.values()) {
            TestApp.account(app, role.code().replace('_', '-'), role);
        }
        TestApp.account(app, "other-monitor", Role.MONITOR);
        try (InputStream in = RecommendationLinkFixture.class.getResourceAsStream("/tracker/upr48-slovenia-thematic-list.docx")) {
            app.tracker().importFile("analyst", "127.0.0.1", "slovenia.docx", in.readAllBytes());
        }
        return app;
    }
}
