package org.vigie.reports.exports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vigie.App;
import org.vigie.files.CsvReader;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/** Downloads exports with a personal token, and reads them back: CSV as rows of cells, XLSX with POI. */
public final class ExportClient {
    private final String base;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    private ExportClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public static ExportClient as(App app, String name, Role role) {
        var account = TestApp.account(app, name, role);
        return new ExportClient(TestApp.base(app), app.authentication().createToken(account.principal(), "t", "127.0.0.1").value());
    }

    public HttpResponse<byte[]> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String text(String path) {
        return new String(get(path).body(), StandardCharsets.UTF_8);
    }

    public static List<List<String>> csv(byte[] body) throws CsvReader.Fault {
        List<List<String>> rows = new ArrayList<>();
        CsvReader reader = new CsvReader(new String(body, StandardCharsets.UTF_8), 100_000);
        for (CsvReader.Record r = reader.next(); r != null; r = reader.next()) {
            rows.add(r.cells());
        }
        return rows;
    }

    /** Each sheet's name and its rows of cells as text, as a reader of the workbook sees them. */
    static java.util.Map<String, List<List<String>>> xlsx(byte[] body) throws IOException {
        java.util.Map<String, List<List<String>>> out = new java.util.LinkedHashMap<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            for (Sheet sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                    }
                    rows.add(cells);
                }
                out.put(sheet.getSheetName(), rows);
            }
        }
        return out;
    }
}
