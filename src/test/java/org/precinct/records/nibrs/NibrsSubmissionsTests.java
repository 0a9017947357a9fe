package org.precinct.records.nibrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.precinct.records.nibrs.NibrsTestIncidents.MID_NOVEMBER;
import static org.precinct.records.nibrs.NibrsTestIncidents.NOVEMBER;
import static org.precinct.records.nibrs.NibrsTestIncidents.ZONE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.precinct.records.NibrsIncident;
import org.precinct.records.NibrsJuvenileDisposition;
import org.precinct.records.NibrsOri;
import org.precinct.records.NibrsReportCategory;
import org.precinct.records.NibrsSubmission;
import org.precinct.records.NibrsSubmissionDocument;
import org.precinct.records.NibrsSubmissions;
import org.precinct.records.NibrsUcrOffense;
import org.precinct.shared.RuleViolationException;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The NIBRS XML writer: every kind of report it writes is valid against the IEPD's schema and says what it must. */
class NibrsSubmissionsTests {

    private static final NibrsOri ORI = new NibrsOri("MO0950100");

    private final NibrsSubmissions submissions = new NibrsSubmissions(ORI, MID_NOVEMBER, ZONE);

    @Test
    void anIncidentWithEverySegmentKindIsAValidGroupAIncidentReport() throws Exception {
        NibrsIncident incident = NibrsTestIncidents.complete().build();

        NibrsSubmission submission = submissions.submission(NOVEMBER, List.of(incident), List.of());

        assertThat(submission.isZeroReport()).isFalse();
        assertThat(submission.documents()).hasSize(1);
        NibrsSubmissionDocument document = submission.documents().get(0);
        assertThat(document.category()).isEqualTo(NibrsReportCategory.GROUP_A_INCIDENT);
        assertThat(document.reference()).isEqualTo("26-004567");
        assertThatCode(() -> NibrsSchema.validate(document.xml())).doesNotThrowAnyException();

        Document xml = parse(document.xml());
        assertThat(text(xml, "//nibrs:ReportHeader/nibrs:NIBRSReportCategoryCode"))
                .isEqualTo("GROUP A INCIDENT REPORT");
        assertThat(text(xml, "//nibrs:ReportHeader/nibrs:ReportActionCategoryCode"))
                .isEqualTo("I");
        assertThat(text(xml, "//nibrs:ReportHeader/nibrs:ReportDate/nc:YearMonthDate"))
                .isEqualTo("2026-11");
        assertThat(text(xml, "//nibrs:ReportingAgency//nc:IdentificationID")).isEqualTo("MO0950100");
        assertThat(text(xml, "//cjis:MessageSubmittingOrganization//nc:IdentificationID"))
                .isEqualTo("MO0950100");
        assertThat(text(xml, "//cjis:MessageDateTime")).isEqualTo("2026-11-15T10:30:00");
        assertThat(text(xml, "//nc:Incident/nc:ActivityIdentification/nc:IdentificationID"))
                .isEqualTo("26-004567");
        assertThat(text(xml, "//nc:Incident/nc:ActivityDate/nc:DateTime")).isEqualTo("2026-11-03T22:00:00");
        assertThat(texts(xml, "//j:Offense/nibrs:OffenseUCRCode")).containsExactly("13A", "23F", "35A");
        assertThat(texts(xml, "//j:OffenseForce/j:ForceCategoryCode")).containsExactly("12");
        assertThat(texts(xml, "//nc:Location/nibrs:LocationCategoryCode")).containsExactly("20", "18", "18");
        assertThat(texts(xml, "//nc:Item/nc:ItemStatus/cjis:ItemStatusCode")).containsExactly("STOLEN", "RECOVERED");
        assertThat(text(xml, "//nc:Item[2]/nc:ItemValue/nc:ItemValueDate/nc:Date"))
                .isEqualTo("2026-11-05");
        assertThat(text(xml, "//nc:Substance/j:DrugCategoryCode")).isEqualTo("E");
        assertThat(text(xml, "//nc:Substance/nc:SubstanceQuantityMeasure/nc:MeasureDecimalValue"))
                .isEqualTo("28.5");
        assertThat(texts(xml, "//j:Victim/j:VictimCategoryCode")).containsExactly("I", "S", "L");
        assertThat(text(xml, "//j:EnforcementOfficial/j:EnforcementOfficialActivityCategoryCode"))
                .isEqualTo("10");
        assertThat(text(xml, "//nc:Person[@s:id='PersonOffender1']//nc:RangeMinimumIntegerValue"))
                .isEqualTo("25");
        assertThat(texts(xml, "//j:SubjectVictimAssociation/nibrs:VictimToSubjectRelationshipCode"))
                .containsExactly("Acquaintance", "Stranger");
        assertThat(texts(xml, "//j:OffenseVictimAssociation")).hasSize(4);
        assertThat(texts(xml, "//j:Arrest/j:ArrestCharge/nibrs:ChargeUCRCode")).containsExactly("13A", "35A");
        assertThat(text(xml, "//j:Arrestee[j:ArrestSequenceID='2']/j:ArresteeJuvenileDispositionCode"))
                .isEqualTo("R");
        assertThat(texts(xml, "//j:ArrestSubjectAssociation")).hasSize(2);
    }

    @Test
    void anIncidentWithNothingKnownOfItsOffendersReportsOffenderZero() throws Exception {
        NibrsTestIncidents.Draft draft = NibrsTestIncidents.complete();
        draft.offenders.clear();
        draft.arrestees.clear();
        draft.hour = null;

        NibrsSubmissionDocument document = submissions
                .submission(NOVEMBER, List.of(draft.build()), List.of())
                .documents()
                .get(0);

        assertThatCode(() -> NibrsSchema.validate(document.xml())).doesNotThrowAnyException();
        Document xml = parse(document.xml());
        assertThat(texts(xml, "//j:Subject/j:SubjectSequenceNumberText")).containsExactly("0");
        assertThat(texts(xml, "//j:SubjectVictimAssociation")).isEmpty();
        assertThat(text(xml, "//nc:Incident/nc:ActivityDate/nc:Date")).isEqualTo("2026-11-03");
    }

    @Test
    void aGroupBArrestIsAValidGroupBArrestReport() throws Exception {
        NibrsSubmission submission = submissions.submission(
                NOVEMBER,
                List.of(),
                List.of(NibrsTestIncidents.groupBArrest(
                        NibrsUcrOffense.DRIVING_UNDER_THE_INFLUENCE,
                        17,
                        NibrsJuvenileDisposition.HANDLED_WITHIN_DEPARTMENT)));

        NibrsSubmissionDocument document = submission.documents().get(0);
        assertThat(document.category()).isEqualTo(NibrsReportCategory.GROUP_B_ARREST);
        assertThat(document.reference()).isEqualTo("B26-000877");
        assertThatCode(() -> NibrsSchema.validate(document.xml())).doesNotThrowAnyException();
        Document xml = parse(document.xml());
        assertThat(text(xml, "//nibrs:NIBRSReportCategoryCode")).isEqualTo("GROUP B ARREST REPORT");
        assertThat(text(xml, "//nibrs:ReportActionCategoryCode")).isEqualTo("A");
        assertThat(text(xml, "//j:Arrest/j:ArrestCharge/nibrs:ChargeUCRCode")).isEqualTo("90D");
        assertThat(text(xml, "//j:Arrest/nc:ActivityIdentification/nc:IdentificationID"))
                .isEqualTo("B26-000877");
        assertThat(text(xml, "//j:Arrest/nc:ActivityDate/nc:Date")).isEqualTo("2026-11-09");
        assertThat(text(xml, "//nc:Person/nc:PersonAgeMeasure/nc:MeasureIntegerValue"))
                .isEqualTo("17");
        assertThat(text(xml, "//j:Arrestee/j:ArresteeJuvenileDispositionCode")).isEqualTo("H");
        assertThat(texts(xml, "//nc:Incident")).isEmpty();
    }

    @Test
    void aMonthWithNothingToReportIsAZeroReport() throws Exception {
        NibrsSubmission submission = submissions.submission(NOVEMBER, List.of(), List.of());

        assertThat(submission.isZeroReport()).isTrue();
        NibrsSubmissionDocument document = submission.documents().get(0);
        assertThat(document.category()).isEqualTo(NibrsReportCategory.ZERO_REPORT);
        assertThatCode(() -> NibrsSchema.validate(document.xml())).doesNotThrowAnyException();
        Document xml = parse(document.xml());
        assertThat(text(xml, "//nibrs:NIBRSReportCategoryCode")).isEqualTo("ZERO REPORT");
        assertThat(text(xml, "//nibrs:ReportDate/nc:YearMonthDate")).isEqualTo("2026-11");
        assertThat(texts(xml, "//nibrs:Report/*")).hasSize(1);
    }

    @Test
    void aMonthOfIncidentsAndArrestsIsOneDocumentEachPackedAsAZip() throws Exception {
        NibrsTestIncidents.Draft second = NibrsTestIncidents.complete();
        second.number = "26-004580";
        NibrsSubmission submission = submissions.submission(
                NOVEMBER,
                List.of(NibrsTestIncidents.complete().build(), second.build()),
                List.of(NibrsTestIncidents.groupBArrest(NibrsUcrOffense.DISORDERLY_CONDUCT, 33, null)));

        assertThat(submission.documents(NibrsReportCategory.GROUP_A_INCIDENT))
                .extracting(NibrsSubmissionDocument::reference)
                .containsExactly("26-004567", "26-004580");
        assertThat(submission.documents(NibrsReportCategory.GROUP_B_ARREST)).hasSize(1);
        List<String> messageIds = new ArrayList<>();
        for (NibrsSubmissionDocument document : submission.documents()) {
            messageIds.add(text(parse(document.xml()), "//cjis:MessageIdentification/nc:IdentificationID"));
        }
        assertThat(messageIds).doesNotHaveDuplicates();

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        submission.writeZip(zip);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThatCode(() -> NibrsSchema.validate(xml)).doesNotThrowAnyException();
            }
        }
        assertThat(names)
                .containsExactly(
                        "MO0950100-2026-11-0001.xml", "MO0950100-2026-11-0002.xml", "MO0950100-2026-11-0003.xml");
    }

    @Test
    void aDocumentThatBreaksTheSchemaFailsValidation() {
        String valid = submissions
                .submission(NOVEMBER, List.of(NibrsTestIncidents.complete().build()), List.of())
                .documents()
                .get(0)
                .xml();

        String unknownOffense = valid.replace(">23F<", ">23Q<");
        String noHeader = valid.replaceAll("(?s)<nibrs:ReportHeader>.*</nibrs:ReportHeader>", "");
        String wrongOrder = valid.replace("<nibrs:OffenseUCRCode>13A</nibrs:OffenseUCRCode>", "")
                .replace(
                        "<j:OffenseAttemptedIndicator>false</j:OffenseAttemptedIndicator>",
                        "<j:OffenseAttemptedIndicator>false</j:OffenseAttemptedIndicator><nibrs:OffenseUCRCode>13A</nibrs:OffenseUCRCode>");
        String danglingReference = valid.replace("s:ref=\"Victim1\"", "s:ref=\"Victim9\"");

        assertThat(unknownOffense).isNotEqualTo(valid);
        assertThat(wrongOrder).isNotEqualTo(valid);
        assertThat(danglingReference).isNotEqualTo(valid);
        for (String broken : List.of(unknownOffense, noHeader, wrongOrder, danglingReference)) {
            assertThatThrownBy(() -> NibrsSchema.validate(broken)).isInstanceOf(SAXException.class);
        }
    }

    @Test
    void noSubmissionWithoutAnOri() {
        NibrsSubmissions unconfigured = new NibrsSubmissions(null, MID_NOVEMBER, ZONE);

        assertThatThrownBy(() -> unconfigured.submission(NOVEMBER, List.of(), List.of()))
                .isInstanceOf(RuleViolationException.class)
                .extracting(error -> ((RuleViolationException) error).messageKey())
                .isEqualTo("nibrs.submission.noOri");
    }

    @Test
    void anOriHasTheNcicForm() {
        assertThat(new NibrsOri("MO0950100").value()).isEqualTo("MO0950100");
        for (String wrong : new String[] {"MO095010", "MO09501000", "mo0950100", "M10950100", "MO-950100", ""}) {
            assertThatThrownBy(() -> new NibrsOri(wrong)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new NibrsSettings("MO09501")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new NibrsSettings(" MO0950100 ").agencyOri()).isEqualTo(ORI);
        assertThat(new NibrsSettings("").agencyOri()).isNull();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document xml, String path) throws Exception {
        List<String> found = texts(xml, path);
        assertThat(found).as(path).isNotEmpty();
        return found.get(0);
    }

    private static List<String> texts(Document xml, String path) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new Namespaces());
        NodeList nodes = (NodeList) xpath.evaluate(path, xml, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    private static final class Namespaces implements NamespaceContext {
        @Override
        public String getNamespaceURI(String prefix) {
            switch (prefix) {
                case "nibrs":
                    return NibrsXml.NIBRS;
                case "cjis":
                    return NibrsXml.CJIS;
                case "j":
                    return NibrsXml.J;
                case "nc":
                    return NibrsXml.NC;
                case "s":
                    return NibrsXml.S;
                default:
                    return null;
            }
        }

        @Override
        public String getPrefix(String namespaceUri) {
            return null;
        }

        @Override
        public java.util.Iterator<String> getPrefixes(String namespaceUri) {
            return null;
        }
    }
}
