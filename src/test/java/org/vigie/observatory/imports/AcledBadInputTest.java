package org.vigie.observatory.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.files.ImportIssue;
import org.vigie.observatory.incidents.IncidentDraft;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.vocabulary.PerpetratorCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.observatory.imports.AcledFiles.event;
import static org.vigie.observatory.imports.AcledFiles.header;
import static org.vigie.observatory.imports.AcledFiles.read;
import static org.vigie.observatory.imports.AcledFiles.synthetic;

/** ACLED files that are wrong, hostile or unusual: all or nothing, each error with its line and column. */
class AcledBadInputTest {

    @Test
    void a_row_of_another_country_refuses_the_whole_file_naming_its_line() {
        String burkina = event("MLI90007").replace("MLI90007", "BFO1").replace(",466,", ",854,").replace(",Mali,", ",Burkina Faso,");

        IncidentImport result = read(List.of(header(), event("MLI90001"), burkina));

        assertThat(result.incidents()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.where()).isEqualTo("line 3, column country");
            assertThat(e.messageKey()).isEqualTo("observatory.import.acled_not_mali");
            assertThat(e.args()).containsExactly("Burkina Faso");
        });
    }

    @Test
    void a_region_that_is_not_in_the_code_list_is_an_error_suggesting_names() {
        IncidentImport result = read(List.of(header(), event("MLI90001").replace(",Mopti,", ",Moptii,")));

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.where()).isEqualTo("line 2, column admin1");
            assertThat(e.messageKey()).isEqualTo("observatory.import.unknown_place");
            assertThat(e.args().get(1)).contains("Mopti (ML05)");
        });
    }

    @Test
    void every_bad_row_is_reported_and_nothing_is_imported() {
        IncidentImport result = read(List.of(header(), event("MLI90001").replace(",2024-03-15,", ",2024-13-45,"),
                event("MLI90002").replaceFirst(",State forces,", ",Space pirates,"), event("MLI90003").replace(",2,,", ",two,,")));

        assertThat(result.incidents()).isEmpty();
        assertThat(result.errors()).extracting(ImportIssue::where)
                .containsExactly("line 2, column event_date", "line 3, column inter1", "line 4, column fatalities");
    }

    @Test
    void the_same_event_twice_is_an_error_naming_the_first_line() {
        IncidentImport result = read(List.of(header(), event("MLI90001"), event("MLI90002"), event("MLI90001")));

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo("observatory.import.duplicate_event");
            assertThat(e.where()).isEqualTo("line 4, column event_id_cnty");
            assertThat(e.args()).containsExactly("MLI90001", "2");
        });
    }

    @Test
    void an_event_after_today_is_refused() {
        IncidentImport result = read(List.of(header(), event("MLI90001").replace(",2024-03-15,", ",2025-01-15,")));

        assertThat(result.errors()).extracting(ImportIssue::messageKey).containsExactly("observatory.import.date_in_future");
    }

    @Test
    void coordinates_outside_mali_are_refused() {
        IncidentImport result = read(List.of(header(), event("MLI90001").replace(",14.4667,-3.3167,", ",48.85,2.35,")));

        assertThat(result.errors()).extracting(ImportIssue::where).containsExactly("line 2, column latitude");
    }

    @Test
    void a_file_without_the_required_columns_names_them() {
        IncidentImport result = read(List.of(header().replace("admin1,", "first_admin,").replace(",fatalities,", ",deaths,"),
                event("MLI90001")));

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.where()).isEqualTo("line 1");
            assertThat(e.args()).containsExactly("admin1, fatalities");
        });
    }

    @Test
    void an_older_export_with_capital_headers_numeric_actor_types_and_written_dates_is_read() {
        String header = "EVENT_ID_CNTY,EVENT_ID_NO_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,SUB_EVENT_TYPE,ACTOR1,INTER1,"
                + "ISO,COUNTRY,ADMIN1,ADMIN2,ADMIN3,LOCATION,LATITUDE,LONGITUDE,SOURCE,NOTES,FATALITIES";
        String row = "MLI1001,1001,15 March 2019,2019,1,Battles,Armed clash,Military Forces of Mali (2013-2020),1,"
                + "466,Mali,Mopti,Djenne,Djenne,Djenne,13.9,-4.55,Local partner,SYNTHETIC TEST EVENT.,4";

        IncidentImport result = read(List.of(header, row));

        assertThat(result.errors()).isEmpty();
        IncidentDraft d = result.drafts().get(0);
        assertThat(d.date().start()).isEqualTo(java.time.LocalDate.of(2019, 3, 15));
        assertThat(d.place()).isEqualTo(PCode.of("ML050503"));
        assertThat(d.acts().get(0).perpetrators().get(0).category()).isEqualTo(PerpetratorCategory.STATE_FORCES);
    }

    @Test
    void a_byte_order_mark_and_windows_line_ends_change_nothing() {
        IncidentImport plain = read(synthetic());
        IncidentImport windows = read("\uFEFF" + synthetic().replace("\n", "\r\n"));

        assertThat(windows.errors()).isEmpty();
        assertThat(windows.drafts()).isEqualTo(plain.drafts().stream()
                .map(d -> d.externalId().equals("MLI90001") ? withCrlfNotes(d) : d).toList());
    }

    private static IncidentDraft withCrlfNotes(IncidentDraft d) {
        return new IncidentDraft(d.date(), d.place(), d.locality(), d.latitude(), d.longitude(), d.title(), d.descriptionFr(),
                d.descriptionEn().replace("\n", "\r\n"), d.acts(), d.sources(), d.origin(), d.externalId());
    }

    @Test
    void a_huge_cell_is_refused_without_reading_further() {
        String huge = event("MLI90001").replace("SYNTHETIC TEST EVENT.", "x".repeat(ImportFiles.MAX_CELL_CHARS + 1));

        IncidentImport result = read(List.of(header(), huge));

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo("observatory.import.cell_too_large");
            assertThat(e.line()).isEqualTo(2);
        });
    }

    @Test
    void an_unclosed_quote_is_refused_at_the_line_where_the_record_starts() {
        IncidentImport result = read(header() + "\n" + event("MLI90002") + "\n" + event("MLI90001").replace("civilians.\",3", "civilians.,3") + "\n");

        assertThat(result.errors()).extracting(ImportIssue::messageKey).containsAnyOf(
                "observatory.import.unclosed_quote", "observatory.import.text_after_quote");
        assertThat(result.errors().get(0).line()).isEqualTo(3);
    }

    @Test
    void a_file_that_is_not_utf8_is_refused() {
        byte[] latin1 = (header() + "\n" + event("MLI90001").replace("Sangha", "Ségou")).getBytes(StandardCharsets.ISO_8859_1);

        assertThat(new AcledCsvReader(AcledFiles.GAZETTEER, AcledFiles.END_OF_2024).read(latin1).errors())
                .extracting(ImportIssue::messageKey).containsExactly("observatory.import.not_utf8");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(new AcledCsvReader(AcledFiles.GAZETTEER, AcledFiles.END_OF_2024).read(new byte[0]).errors())
                .extracting(ImportIssue::messageKey).containsExactly("observatory.import.empty");
    }

    @Test
    void a_hundred_thousand_rows_are_read() {
        List<String> lines = new ArrayList<>();
        lines.add(header());
        String template = event("MLI90001");
        for (int i = 0; i < 100_000; i++) {
            lines.add(template.replace("MLI90001", "MLI" + (100_000 + i)));
        }

        IncidentImport result = read(lines);

        assertThat(result.errors()).isEmpty();
        assertThat(result.incidents()).hasSize(100_000);
    }

    @Test
    void errors_beyond_a_hundred_are_counted_not_listed() {
        List<String> lines = new ArrayList<>();
        lines.add(header());
        for (int i = 0; i < 250; i++) {
            lines.add(event("MLI90001").replace("MLI90001", "MLI" + (100_000 + i)).replace(",Mopti,", ",Nowhere,"));
        }

        IncidentImport result = read(lines);

        assertThat(result.errors()).hasSize(IncidentImport.MAX_ISSUES);
        assertThat(result.errors().get(IncidentImport.MAX_ISSUES - 1).args()).containsExactly("151");
    }
}
