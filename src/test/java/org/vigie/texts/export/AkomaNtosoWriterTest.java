package org.vigie.texts.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.vigie.texts.Fixtures;
import org.vigie.texts.Resolution;

class AkomaNtosoWriterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private final AkomaNtosoWriter writer = new AkomaNtosoWriter();

    private static Schema schema;

    private static synchronized Schema schema() throws Exception {
        if (schema == null) {
            URL xsd = AkomaNtosoWriterTest.class.getResource("/texts/akn/akomantoso30.xsd");
            schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        }
        return schema;
    }

    private static void assertValid(String xml) throws Exception {
        Schema schema = schema();
        assertThatCode(() -> schema.newValidator().validate(new StreamSource(new StringReader(xml))))
                .doesNotThrowAnyException();
    }

    @Test
    void the_draft_exports_as_a_valid_resolution_draft() throws Exception {
        String xml = writer.write(Fixtures.resolution(Fixtures.DRAFT), TODAY);
        assertValid(xml);
        assertThat(xml).contains("<statement name=\"resolutionDraft\">",
                "<FRBRthis value=\"/akn/un/statement/resolutionDraft/unhrc/2026-11-29/draft/!main\"/>",
                "<FRBRlanguage language=\"fra\"/>", "<recital eId=\"recital_24\">",
                "<paragraph eId=\"para_31\"><num>31.</num>",
                "<ref href=\"/akn/un/statement/resolution/unga/60-251\">60/251</ref>",
                "<date date=\"2022-04-01\">1er avril 2022</date>");
        assertThat(xml).doesNotContain("PP15bis", "PP 21");
    }

    @Test
    void resolution_73_6_exports_with_its_number_footnotes_and_adoption_date() throws Exception {
        String xml = writer.write(Fixtures.resolution(Fixtures.RES_73_6), TODAY);
        assertValid(xml);
        assertThat(xml).contains("<statement name=\"resolution\">",
                "<FRBRuri value=\"/akn/un/statement/resolution/unga/2018-10-26/73-6\"/>",
                "<docNumber>A/RES/73/6</docNumber>", "<note eId=\"fn_6\" marker=\"6\" placement=\"bottom\">",
                "<conclusions><p>26th plenary meeting</p><p><date date=\"2018-10-26\"",
                "<ref href=\"/akn/un/statement/resolution/unga/2453-A-XXIII\">2453 A (XXIII)</ref>",
                "Paris Agreement<noteRef href=\"#fn_4\" marker=\"4\"/> requires");
    }

    @Test
    void the_declaration_of_73_3_is_an_attachment_with_its_own_paragraphs() throws Exception {
        String xml = writer.write(Fixtures.resolution(Fixtures.RES_73_3), TODAY);
        assertValid(xml);
        assertThat(xml).contains("<attachment eId=\"att_1\"><doc name=\"annex\">",
                "<FRBRthis value=\"/akn/un/statement/resolution/unga/2018-10-10/73-3/!annex_1\"/>",
                "<paragraph eId=\"annex_1__para_53\"><num>53.</num>", "<paragraph eId=\"para_u1\"><content>");
    }

    @Test
    void sub_paragraphs_become_nested_subparagraph_elements() throws Exception {
        Resolution r = Fixtures.text("The Human Rights Council,\nRecalling its resolution 5/1,\n"
                + "1. Requests the Government:\n(a) To protect civilians;\n(i) In the north;\n(ii) In the centre;\n"
                + "(b) To report & publish <data>.\n");
        assertThat(r.operative().get(0).subParagraphs().get(0).children()).hasSize(2);
        String xml = writer.write(r, TODAY);
        assertValid(xml);
        assertThat(xml).contains("<subparagraph eId=\"para_1__subpara_a__subpara_ii\"><num>(ii)</num>",
                "To report &amp; publish &lt;data&gt;.");
    }

    @Test
    void every_real_text_exports_valid_akoma_ntoso_even_without_an_operative_part() throws Exception {
        for (String name : Fixtures.REAL) {
            Resolution r = Fixtures.resolution(name);
            String xml = writer.write(r, TODAY);
            assertValid(xml);
            if (r.operative().isEmpty()) {
                assertThat(xml).as(name).contains("class=\"incomplete\"");
                assertThat(new org.vigie.texts.checks.DraftingCheck().check(r)).as(name)
                        .anyMatch(f -> f.code().equals("incomplete-no-operative"));
            }
        }
    }

    @Test
    void a_draft_is_identified_by_its_own_date_and_names_its_sponsors() throws Exception {
        Resolution draft = Fixtures.resolution(Fixtures.HRC_40_L2);
        String xml = writer.write(draft, TODAY);
        assertThat(xml).isEqualTo(writer.write(draft, TODAY.plusDays(1)).replace("2026-11-30", "2026-11-29"))
                .contains("<FRBRdate date=\"2019-03-15\" name=\"draft\"/>")
                .contains("/akn/un/statement/resolutionDraft/unhrc/2019-03-15/draft")
                .contains("<docProponent refersTo=\"#sponsor_belgium\">Belgium**</docProponent>")
                .contains("<docStatus>draft</docStatus>", "<docDate date=\"2019-03-15\">", "name=\"agendaItem\">10<");
    }

    @Test
    void the_french_and_english_texts_of_one_resolution_are_two_expressions_of_one_work() {
        Resolution en = Fixtures.text("A/HRC/RES/49/34\nResolution adopted by the Human Rights Council on 1 April 2022\n"
                + "49/34. Mali\nThe Human Rights Council,\n1. Decides to remain seized of the matter.\n");
        Resolution fr = Fixtures.text("A/HRC/RES/49/34\nRésolution adoptée par le Conseil des droits de l’homme le 1er avril 2022\n"
                + "49/34. Mali\nLe Conseil des droits de l’homme,\n1. Décide de demeurer saisi de la question.\n");
        assertThat(AknNames.of(en, TODAY).work()).isEqualTo(AknNames.of(fr, TODAY).work())
                .isEqualTo("/akn/un/statement/resolution/unhrc/2022-04-01/49-34");
        assertThat(AknNames.of(en, TODAY).expression()).isNotEqualTo(AknNames.of(fr, TODAY).expression());
    }
}
