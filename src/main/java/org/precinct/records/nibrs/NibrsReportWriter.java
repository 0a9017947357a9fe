package org.precinct.records.nibrs;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.precinct.records.NibrsAge;
import org.precinct.records.NibrsArmedWith;
import org.precinct.records.NibrsArrestee;
import org.precinct.records.NibrsCode;
import org.precinct.records.NibrsDrugQuantity;
import org.precinct.records.NibrsGroupBArrest;
import org.precinct.records.NibrsIncident;
import org.precinct.records.NibrsOffender;
import org.precinct.records.NibrsOffenderRelationship;
import org.precinct.records.NibrsOffense;
import org.precinct.records.NibrsOri;
import org.precinct.records.NibrsPersonDescription;
import org.precinct.records.NibrsPropertyItem;
import org.precinct.records.NibrsReportCategory;
import org.precinct.records.NibrsUcrOffense;
import org.precinct.records.NibrsVictim;
import org.precinct.records.NibrsVictimType;

/**
 * Writes one NIBRS 2019.1 submission message: the message metadata, the report header and the report's content in
 * the element order of the IEPD's schema, with the associations that tie offenses, locations, victims, offenders
 * and arrests together.
 *
 * <p>The writer writes what it is given; {@link org.precinct.records.NibrsEdits} is what rejects a report the FBI
 * would refuse. References that would point at nothing (a victim tied to an offense the incident does not have, a
 * relationship to an offender it does not list) are left out so that the document stays valid.
 */
public final class NibrsReportWriter {

    /** The IEPD version the messages declare. */
    public static final String IEPD_VERSION = "2019";

    private static final DateTimeFormatter MESSAGE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /**
     * What every message of a submission shares.
     *
     * @param ori the agency's ORI, both submitting and reporting
     * @param month the month reported
     * @param messageId the message's identifier, unique for the agency
     * @param createdAt when the message was made, in the department's zone
     */
    public record Header(NibrsOri ori, YearMonth month, String messageId, LocalDateTime createdAt) {}

    /** A zero report: the agency had no incident and no arrest in the month. */
    public String zeroReport(Header header) {
        NibrsXml xml = open(header, NibrsReportCategory.ZERO_REPORT);
        return xml.finish();
    }

    /** A Group A incident report. */
    public String incidentReport(Header header, NibrsIncident incident) {
        NibrsXml xml = open(header, NibrsReportCategory.GROUP_A_INCIDENT);
        new IncidentContent(xml, incident).write();
        return xml.finish();
    }

    /** A Group B arrest report. */
    public String groupBArrestReport(Header header, NibrsGroupBArrest arrest) {
        NibrsXml xml = open(header, NibrsReportCategory.GROUP_B_ARREST);
        xml.startWithId("nc", "Person", "PersonArrestee1");
        person(xml, arrest.person(), true);
        xml.end();
        arrestee(
                xml,
                "Arrestee1",
                "PersonArrestee1",
                arrest.sequenceNumber(),
                arrest.armedWith(),
                code(arrest.juvenileDisposition()),
                null);
        arrest(
                xml,
                "Arrest1",
                arrest.arrestTransactionNumber(),
                arrest.arrestDate(),
                arrest.arrestOffense(),
                code(arrest.arrestType()));
        arrestAssociation(xml, "Arrest1", "Arrestee1");
        return xml.finish();
    }

    private static NibrsXml open(Header header, NibrsReportCategory category) {
        NibrsXml xml = new NibrsXml().root("nibrs", "Submission");
        xml.start("cjis", "MessageMetadata")
                .leaf("cjis", "MessageDateTime", MESSAGE_TIME.format(header.createdAt()))
                .start("cjis", "MessageIdentification")
                .leaf("nc", "IdentificationID", header.messageId())
                .end()
                .leaf("cjis", "MessageImplementationVersion", IEPD_VERSION)
                .start("cjis", "MessageSubmittingOrganization");
        ori(xml, header.ori().value());
        xml.end().end();
        xml.start("nibrs", "Report")
                .start("nibrs", "ReportHeader")
                .leaf("nibrs", "NIBRSReportCategoryCode", category.code())
                .leaf("nibrs", "ReportActionCategoryCode", category.action())
                .start("nibrs", "ReportDate")
                .leaf("nc", "YearMonthDate", header.month().toString())
                .end()
                .start("nibrs", "ReportingAgency");
        ori(xml, header.ori().value());
        xml.end().end();
        return xml;
    }

    /** {@code j:OrganizationAugmentation/j:OrganizationORIIdentification/nc:IdentificationID}. */
    private static void ori(NibrsXml xml, String ori) {
        xml.start("j", "OrganizationAugmentation")
                .start("j", "OrganizationORIIdentification")
                .leaf("nc", "IdentificationID", ori)
                .end()
                .end();
    }

    /** The descriptors of {@code nc:Person}, in the schema's order. */
    private static void person(NibrsXml xml, NibrsPersonDescription person, boolean withResidentStatus) {
        NibrsAge age = person.age();
        if (age != null) {
            xml.start("nc", "PersonAgeMeasure");
            if (age.text() != null) {
                xml.leaf("nc", "MeasureValueText", age.text().code());
            } else if (age.isRange()) {
                xml.start("nc", "MeasureIntegerRange")
                        .leaf("nc", "RangeMaximumIntegerValue", age.upToYears())
                        .leaf("nc", "RangeMinimumIntegerValue", age.years())
                        .end();
            } else {
                xml.leaf("nc", "MeasureIntegerValue", age.years());
            }
            xml.end();
        }
        xml.leaf("j", "PersonEthnicityCode", code(person.ethnicity()));
        xml.leaf("j", "PersonRaceNDExCode", code(person.race()));
        if (withResidentStatus) {
            xml.leaf("j", "PersonResidentCode", code(person.residentStatus()));
        }
        xml.leaf("j", "PersonSexCode", code(person.sex()));
    }

    private static void arrestee(
            NibrsXml xml,
            String id,
            String personId,
            int sequenceNumber,
            List<NibrsArmedWith> armedWith,
            String juvenileDisposition,
            String multipleArresteeIndicator) {
        xml.startWithId("j", "Arrestee", id)
                .reference("nc", "RoleOfPerson", personId)
                .leaf("j", "ArrestSequenceID", sequenceNumber);
        armedWith.stream().limit(2).forEach(weapon -> xml.leaf("j", "ArresteeArmedWithCode", weapon.code()));
        xml.leaf("j", "ArresteeJuvenileDispositionCode", juvenileDisposition)
                .leaf("j", "ArrestSubjectCountCode", multipleArresteeIndicator)
                .end();
    }

    private static void arrest(
            NibrsXml xml,
            String id,
            String transactionNumber,
            java.time.LocalDate date,
            NibrsUcrOffense offense,
            String arrestType) {
        xml.startWithId("j", "Arrest", id);
        if (transactionNumber != null) {
            xml.start("nc", "ActivityIdentification")
                    .leaf("nc", "IdentificationID", transactionNumber)
                    .end();
        }
        if (date != null) {
            xml.start("nc", "ActivityDate").leaf("nc", "Date", date).end();
        }
        if (offense != null) {
            xml.start("j", "ArrestCharge")
                    .leaf("nibrs", "ChargeUCRCode", offense.code())
                    .end();
        }
        xml.leaf("j", "ArrestCategoryCode", arrestType).end();
    }

    private static void arrestAssociation(NibrsXml xml, String arrestId, String arresteeId) {
        xml.start("j", "ArrestSubjectAssociation")
                .reference("nc", "Activity", arrestId)
                .reference("j", "Subject", arresteeId)
                .end();
    }

    private static String code(NibrsCode code) {
        return code == null ? null : code.code();
    }

    /** The content of one Group A incident report, element groups in the order of {@code nibrs:ReportType}. */
    private static final class IncidentContent {

        private final NibrsXml xml;
        private final NibrsIncident incident;
        /** The offenses written, each offense code once, with the id of their element. */
        private final Map<NibrsUcrOffense, String> offenseIds = new LinkedHashMap<>();

        private final Map<NibrsUcrOffense, String> locationIds = new LinkedHashMap<>();
        private final Set<Integer> offenderNumbers = new HashSet<>();

        /** Victims and arrestees with distinct sequence numbers, the first of each number, as ids must be unique. */
        private final List<NibrsVictim> victims;

        private final List<NibrsArrestee> arrestees;

        IncidentContent(NibrsXml xml, NibrsIncident incident) {
            this.xml = xml;
            this.incident = incident;
            Set<Integer> victimNumbers = new HashSet<>();
            this.victims = incident.victims().stream()
                    .filter(victim -> victimNumbers.add(victim.sequenceNumber()))
                    .toList();
            Set<Integer> arresteeNumbers = new HashSet<>();
            this.arrestees = incident.arrestees().stream()
                    .filter(arrestee -> arresteeNumbers.add(arrestee.sequenceNumber()))
                    .toList();
        }

        void write() {
            incident();
            offenses();
            property();
            persons();
            officers();
            victims();
            offenders();
            arrestees();
            associations();
        }

        private void incident() {
            xml.start("nc", "Incident")
                    .start("nc", "ActivityIdentification")
                    .leaf("nc", "IdentificationID", incident.incidentNumber())
                    .end();
            if (incident.incidentDate() != null) {
                xml.start("nc", "ActivityDate");
                if (incident.incidentHour() != null) {
                    xml.leaf(
                            "nc",
                            "DateTime",
                            MESSAGE_TIME.format(incident.incidentDate().atTime(incident.incidentHour(), 0)));
                } else {
                    xml.leaf("nc", "Date", incident.incidentDate());
                }
                xml.end();
            }
            xml.start("cjis", "IncidentAugmentation")
                    .leaf("cjis", "IncidentReportDateIndicator", incident.dateIsReportDate())
                    .leaf("j", "OffenseCargoTheftIndicator", incident.cargoTheft())
                    .end();
            if (incident.exceptionalClearance() != null) {
                xml.start("j", "IncidentAugmentation")
                        .leaf(
                                "j",
                                "IncidentExceptionalClearanceCode",
                                incident.exceptionalClearance().code());
                if (incident.exceptionalClearanceDate() != null) {
                    xml.start("j", "IncidentExceptionalClearanceDate")
                            .leaf("nc", "Date", incident.exceptionalClearanceDate())
                            .end();
                }
                xml.end();
            }
            xml.end();
        }

        private void offenses() {
            for (NibrsOffense offense : incident.offenses()) {
                if (offense.offense() == null || offenseIds.containsKey(offense.offense())) {
                    continue;
                }
                String id = "Offense" + (offenseIds.size() + 1);
                offenseIds.put(offense.offense(), id);
                xml.startWithId("j", "Offense", id)
                        .leaf("nibrs", "OffenseUCRCode", offense.offense().code());
                offense.criminalActivities().stream()
                        .limit(3)
                        .forEach(activity -> xml.leaf("nibrs", "CriminalActivityCategoryCode", activity.code()));
                offense.biasMotivations().stream()
                        .limit(5)
                        .forEach(bias -> xml.leaf("j", "OffenseFactorBiasMotivationCode", bias.code()));
                xml.leaf("j", "OffenseStructuresEnteredQuantity", offense.premisesEntered());
                offense.offenderSuspectedOfUsing().stream()
                        .limit(3)
                        .forEach(factor -> xml.start("j", "OffenseFactor")
                                .leaf("j", "OffenseFactorCode", factor.code())
                                .end());
                if (offense.methodOfEntry() != null) {
                    xml.start("j", "OffenseEntryPoint")
                            .leaf(
                                    "j",
                                    "PassagePointMethodCode",
                                    offense.methodOfEntry().code())
                            .end();
                }
                offense.weaponsForce().stream()
                        .limit(3)
                        .forEach(weapon -> xml.start("j", "OffenseForce")
                                .leaf("j", "ForceCategoryCode", weapon.code())
                                .end());
                xml.leaf("j", "OffenseAttemptedIndicator", offense.attempted()).end();
            }
            for (NibrsOffense offense : incident.offenses()) {
                String offenseId = offenseIds.get(offense.offense());
                if (offense.location() == null || offenseId == null || locationIds.containsKey(offense.offense())) {
                    continue;
                }
                String id = "Location" + (locationIds.size() + 1);
                locationIds.put(offense.offense(), id);
                xml.startWithId("nc", "Location", id)
                        .leaf(
                                "nibrs",
                                "LocationCategoryCode",
                                offense.location().code())
                        .end();
            }
        }

        private void property() {
            List<NibrsPropertyItem> substances = new ArrayList<>();
            for (NibrsPropertyItem item : incident.property()) {
                if (item.isDrugs()) {
                    substances.add(item);
                } else {
                    xml.start("nc", "Item");
                    item(item);
                    xml.end();
                }
            }
            for (NibrsPropertyItem item : substances) {
                xml.start("nc", "Substance");
                item(item);
                List<NibrsDrugQuantity> drugs = item.drugs().stream().limit(3).toList();
                drugs.forEach(drug -> xml.leaf("j", "DrugCategoryCode", code(drug.type())));
                for (NibrsDrugQuantity drug : drugs) {
                    xml.start("nc", "SubstanceQuantityMeasure")
                            .leaf(
                                    "nc",
                                    "MeasureDecimalValue",
                                    drug.quantity() == null
                                            ? null
                                            : drug.quantity().toPlainString())
                            .leaf("j", "SubstanceUnitCode", code(drug.measurement()))
                            .end();
                }
                xml.end();
            }
        }

        /** The elements {@code nc:Item} and {@code nc:Substance} share. */
        private void item(NibrsPropertyItem item) {
            if (item.lossType() != null) {
                xml.start("nc", "ItemStatus")
                        .leaf("cjis", "ItemStatusCode", item.lossType().code())
                        .end();
            }
            if (item.valueDollars() != null || item.dateRecovered() != null) {
                xml.start("nc", "ItemValue");
                if (item.valueDollars() != null) {
                    xml.start("nc", "ItemValueAmount")
                            .leaf("nc", "Amount", item.valueDollars())
                            .end();
                }
                if (item.dateRecovered() != null) {
                    xml.start("nc", "ItemValueDate")
                            .leaf("nc", "Date", item.dateRecovered())
                            .end();
                }
                xml.end();
            }
            xml.leaf("j", "ItemCategoryNIBRSPropertyCategoryCode", code(item.description()))
                    .leaf("nc", "ItemQuantity", item.vehicles());
        }

        private void persons() {
            for (NibrsVictim victim : victims) {
                if (victim.isPerson()) {
                    xml.startWithId("nc", "Person", "PersonVictim" + victim.sequenceNumber());
                    person(xml, victim.person(), true);
                    xml.end();
                }
            }
            for (NibrsOffender offender : incident.offenders()) {
                if (offenderNumbers.add(offender.sequenceNumber())) {
                    xml.startWithId("nc", "Person", "PersonOffender" + offender.sequenceNumber());
                    person(xml, offender.person(), false);
                    xml.end();
                }
            }
            for (NibrsArrestee arrestee : arrestees) {
                xml.startWithId("nc", "Person", "PersonArrestee" + arrestee.sequenceNumber());
                person(xml, arrestee.person(), true);
                xml.end();
            }
        }

        private void officers() {
            for (NibrsVictim victim : victims) {
                if (victim.type() != NibrsVictimType.LAW_ENFORCEMENT_OFFICER || victim.officer() == null) {
                    continue;
                }
                xml.start("j", "EnforcementOfficial")
                        .reference("nc", "RoleOfPerson", "PersonVictim" + victim.sequenceNumber())
                        .leaf(
                                "j",
                                "EnforcementOfficialActivityCategoryCode",
                                code(victim.officer().activity()))
                        .leaf(
                                "j",
                                "EnforcementOfficialAssignmentCategoryCode",
                                code(victim.officer().assignment()));
                if (victim.officer().otherJurisdictionOri() != null) {
                    xml.start("j", "EnforcementOfficialUnit");
                    ori(xml, victim.officer().otherJurisdictionOri());
                    xml.end();
                }
                xml.end();
            }
        }

        private void victims() {
            for (NibrsVictim victim : victims) {
                xml.startWithId("j", "Victim", "Victim" + victim.sequenceNumber());
                if (victim.isPerson()) {
                    xml.reference("nc", "RoleOfPerson", "PersonVictim" + victim.sequenceNumber());
                }
                xml.leaf("j", "VictimSequenceNumberText", victim.sequenceNumber());
                victim.injuries().stream()
                        .limit(5)
                        .forEach(injury -> xml.start("j", "VictimInjury")
                                .leaf("j", "InjuryCategoryCode", injury.code())
                                .end());
                xml.leaf("j", "VictimCategoryCode", code(victim.type()));
                victim.circumstances().stream()
                        .limit(2)
                        .forEach(circumstance ->
                                xml.leaf("j", "VictimAggravatedAssaultHomicideFactorCode", circumstance.code()));
                xml.leaf("j", "VictimJustifiableHomicideFactorCode", code(victim.justifiableHomicideCircumstance()))
                        .end();
            }
        }

        private void offenders() {
            if (incident.offenders().isEmpty()) {
                // NIBRS reports an incident whose offenders are wholly unknown with offender number 0 and no data.
                xml.startWithId("j", "Subject", "Offender0")
                        .leaf("j", "SubjectSequenceNumberText", 0)
                        .end();
                return;
            }
            Set<Integer> written = new HashSet<>();
            for (NibrsOffender offender : incident.offenders()) {
                if (written.add(offender.sequenceNumber())) {
                    xml.startWithId("j", "Subject", "Offender" + offender.sequenceNumber())
                            .reference("nc", "RoleOfPerson", "PersonOffender" + offender.sequenceNumber())
                            .leaf("j", "SubjectSequenceNumberText", offender.sequenceNumber())
                            .end();
                }
            }
        }

        private void arrestees() {
            for (NibrsArrestee arrestee : arrestees) {
                arrestee(
                        xml,
                        "Arrestee" + arrestee.sequenceNumber(),
                        "PersonArrestee" + arrestee.sequenceNumber(),
                        arrestee.sequenceNumber(),
                        arrestee.armedWith(),
                        code(arrestee.juvenileDisposition()),
                        code(arrestee.multipleArresteeIndicator()));
            }
            for (NibrsArrestee arrestee : arrestees) {
                arrest(
                        xml,
                        "Arrest" + arrestee.sequenceNumber(),
                        arrestee.arrestTransactionNumber(),
                        arrestee.arrestDate(),
                        arrestee.arrestOffense(),
                        code(arrestee.arrestType()));
            }
        }

        private void associations() {
            for (NibrsArrestee arrestee : arrestees) {
                arrestAssociation(xml, "Arrest" + arrestee.sequenceNumber(), "Arrestee" + arrestee.sequenceNumber());
            }
            locationIds.forEach((offense, locationId) -> xml.start("j", "OffenseLocationAssociation")
                    .reference("j", "Offense", offenseIds.get(offense))
                    .reference("nc", "Location", locationId)
                    .end());
            for (NibrsVictim victim : victims) {
                victim.offenses().stream()
                        .distinct()
                        .filter(offenseIds::containsKey)
                        .forEach(offense -> xml.start("j", "OffenseVictimAssociation")
                                .reference("j", "Offense", offenseIds.get(offense))
                                .reference("j", "Victim", "Victim" + victim.sequenceNumber())
                                .end());
            }
            for (NibrsVictim victim : victims) {
                for (NibrsOffenderRelationship relationship : victim.relationships()) {
                    if (!offenderNumbers.contains(relationship.offenderSequenceNumber())
                            || relationship.relationship() == null) {
                        continue;
                    }
                    xml.start("j", "SubjectVictimAssociation")
                            .reference("j", "Subject", "Offender" + relationship.offenderSequenceNumber())
                            .reference("j", "Victim", "Victim" + victim.sequenceNumber())
                            .leaf(
                                    "nibrs",
                                    "VictimToSubjectRelationshipCode",
                                    relationship.relationship().code())
                            .end();
                }
            }
        }
    }
}
