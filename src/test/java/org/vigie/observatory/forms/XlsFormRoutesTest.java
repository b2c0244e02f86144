package org.vigie.observatory.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.RunningVigie;
import org.vigie.support.TestApp;

/** {@code GET /incidents/xlsform.xlsx} over real HTTP. */
class XlsFormRoutesTest {
    @RegisterExtension
    static final RunningVigie vigie = RunningVigie.empty();
    static App app;

    @BeforeAll
    static void start() throws Exception {
        app = vigie.app();
    }

    private static HttpResponse<byte[]> download(Role role) throws Exception {
        var account = TestApp.account(app, "xlsform-" + role.code().replace('_', '-'), role);
        String token = app.authentication().createToken(account.principal(), "xlsform test", "127.0.0.1").value();
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestApp.base(app) + "/incidents/xlsform.xlsx"))
                .header("Authorization", "Bearer " + token).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void a_monitor_downloads_the_workbook_of_the_form() throws Exception {
        HttpResponse<byte[]> r = download(Role.MONITOR);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).contains("vigie_incident-" + OdkForm.VERSION + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertThat(book.getSheet("settings").getRow(1).getCell(1).getStringCellValue()).isEqualTo("vigie_incident");
        }
    }

    @Test
    void an_observer_may_not_download_it() throws Exception {
        assertThat(download(Role.OBSERVER).statusCode()).isEqualTo(403);
    }
}
