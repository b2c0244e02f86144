package org.vigie.reports.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.Checkpoint;
import org.vigie.i18n.Messages;
import org.vigie.support.TestApp;

/** The Council report prints the latest signed checkpoint of the audit trail, so that a paper copy anchors it. */
class AuditColophonTest {
    @TempDir
    static Path dir;
    static App app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    @Test
    void the_report_prints_the_latest_checkpoint_in_full() {
        app.audit().record(AuditEvent.of("amina", "record.viewed", "incident:1", ""));
        Checkpoint c = app.audit().checkpoint().orElseThrow();
        CouncilReport report = app.reports().build(CouncilReportTest.FR);
        assertThat(report.auditCheckpoint()).isEqualTo(c);
        String html = new ReportHtml(new ReportText(new Messages(), report.request().lang())).document(report, "");
        assertThat(html).contains("point de contrôle signé n° " + c.seq()).contains(c.mac()).contains(c.at().toString());
    }
}
