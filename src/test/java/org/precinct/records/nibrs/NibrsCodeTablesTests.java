package org.precinct.records.nibrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.precinct.records.NibrsAgeText;
import org.precinct.records.NibrsArmedWith;
import org.precinct.records.NibrsArrestType;
import org.precinct.records.NibrsAssaultHomicideCircumstance;
import org.precinct.records.NibrsBiasMotivation;
import org.precinct.records.NibrsCode;
import org.precinct.records.NibrsCrimeAgainst;
import org.precinct.records.NibrsCriminalActivity;
import org.precinct.records.NibrsDrugMeasurement;
import org.precinct.records.NibrsDrugType;
import org.precinct.records.NibrsEditFamily;
import org.precinct.records.NibrsEthnicity;
import org.precinct.records.NibrsExceptionalClearance;
import org.precinct.records.NibrsInjury;
import org.precinct.records.NibrsJustifiableHomicideCircumstance;
import org.precinct.records.NibrsJuvenileDisposition;
import org.precinct.records.NibrsLocationType;
import org.precinct.records.NibrsMethodOfEntry;
import org.precinct.records.NibrsMultipleArresteeIndicator;
import org.precinct.records.NibrsOffenderSuspectedOfUsing;
import org.precinct.records.NibrsOffenseGroup;
import org.precinct.records.NibrsOfficerActivity;
import org.precinct.records.NibrsOfficerAssignment;
import org.precinct.records.NibrsPropertyDescription;
import org.precinct.records.NibrsPropertyLossType;
import org.precinct.records.NibrsRace;
import org.precinct.records.NibrsRelationship;
import org.precinct.records.NibrsReportCategory;
import org.precinct.records.NibrsResidentStatus;
import org.precinct.records.NibrsSex;
import org.precinct.records.NibrsUcrOffense;
import org.precinct.records.NibrsVictimType;
import org.precinct.records.NibrsWeaponForce;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The code tables: every value has an English and a Spanish name, and the values are the IEPD schema's. */
class NibrsCodeTablesTests {

    private static final List<Class<? extends NibrsCode>> TABLES = List.of(
            NibrsUcrOffense.class,
            NibrsLocationType.class,
            NibrsOffenderSuspectedOfUsing.class,
            NibrsBiasMotivation.class,
            NibrsCriminalActivity.class,
            NibrsMethodOfEntry.class,
            NibrsWeaponForce.class,
            NibrsPropertyLossType.class,
            NibrsPropertyDescription.class,
            NibrsDrugType.class,
            NibrsDrugMeasurement.class,
            NibrsVictimType.class,
            NibrsOfficerActivity.class,
            NibrsOfficerAssignment.class,
            NibrsInjury.class,
            NibrsAssaultHomicideCircumstance.class,
            NibrsJustifiableHomicideCircumstance.class,
            NibrsRelationship.class,
            NibrsSex.class,
            NibrsRace.class,
            NibrsEthnicity.class,
            NibrsResidentStatus.class,
            NibrsAgeText.class,
            NibrsExceptionalClearance.class,
            NibrsArrestType.class,
            NibrsMultipleArresteeIndicator.class,
            NibrsArmedWith.class,
            NibrsJuvenileDisposition.class,
            NibrsCrimeAgainst.class,
            NibrsOffenseGroup.class,
            NibrsReportCategory.class);

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private final ResourceBundleMessageSource messages = NibrsTestIncidents.messages();

    @Test
    void everyCodeHasAnEnglishAndASpanishName() {
        List<String> missing = new ArrayList<>();
        int codes = 0;
        for (Class<? extends NibrsCode> table : TABLES) {
            for (NibrsCode code : table.getEnumConstants()) {
                codes++;
                String english = name(code.messageKey(), Locale.ENGLISH);
                String spanish = name(code.messageKey(), SPANISH);
                if (english == null || english.isBlank()) {
                    missing.add(code.messageKey() + " (English)");
                }
                if (spanish == null || spanish.isBlank()) {
                    missing.add(code.messageKey() + " (Spanish)");
                }
            }
        }
        for (NibrsEditFamily family : NibrsEditFamily.values()) {
            if (name(family.messageKey(), Locale.ENGLISH) == null || name(family.messageKey(), SPANISH) == null) {
                missing.add(family.messageKey());
            }
        }
        assertThat(codes).isGreaterThan(400);
        assertThat(missing).isEmpty();
        assertThat(name(NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE.messageKey(), Locale.ENGLISH))
                .isEqualTo("Theft From Motor Vehicle");
        assertThat(name(NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE.messageKey(), SPANISH))
                .isEqualTo("Hurto del interior de vehículo");
    }

    @Test
    void codesAreUniqueAndFoundByTheirCode() {
        for (Class<? extends NibrsCode> table : TABLES) {
            NibrsCode[] values = table.getEnumConstants();
            Set<String> codes = Arrays.stream(values).map(NibrsCode::code).collect(Collectors.toSet());
            assertThat(codes).as(table.getSimpleName()).hasSize(values.length);
            for (NibrsCode value : values) {
                assertThat(NibrsCode.find(values, value.code())).contains(value);
            }
            assertThat(NibrsCode.find(values, "no such code")).isEmpty();
            assertThat(NibrsCode.find(values, null)).isEmpty();
        }
        assertThat(NibrsUcrOffense.of("23F")).isEqualTo(NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE);
        assertThat(NibrsUcrOffense.fromCode("99X")).isEmpty();
    }

    @Test
    void offensesKnowTheirGroupAndWhatTheyAreAgainst() {
        assertThat(NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE.groupA()).isTrue();
        assertThat(NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE.crimeAgainst()).isEqualTo(NibrsCrimeAgainst.PROPERTY);
        assertThat(NibrsUcrOffense.AGGRAVATED_ASSAULT.crimeAgainst()).isEqualTo(NibrsCrimeAgainst.PERSON);
        assertThat(NibrsUcrOffense.ROBBERY.crimeAgainst()).isEqualTo(NibrsCrimeAgainst.PROPERTY);
        assertThat(NibrsUcrOffense.DRUG_NARCOTIC_VIOLATIONS.crimeAgainst()).isEqualTo(NibrsCrimeAgainst.SOCIETY);
        assertThat(NibrsUcrOffense.DESTRUCTION_DAMAGE_VANDALISM.crimeAgainst()).isEqualTo(NibrsCrimeAgainst.PROPERTY);
        assertThat(NibrsUcrOffense.ALL_OTHER_OFFENSES.group()).isEqualTo(NibrsOffenseGroup.B);
        assertThat(NibrsUcrOffense.ALL_OTHER_OFFENSES.crimeAgainst()).isEqualTo(NibrsCrimeAgainst.VARIOUS);
        List<String> groupB = Arrays.stream(NibrsUcrOffense.values())
                .filter(offense -> !offense.groupA())
                .map(NibrsUcrOffense::code)
                .toList();
        assertThat(groupB).containsExactly("90A", "90B", "90C", "90D", "90E", "90F", "90G", "90H", "90J", "90Z");
        assertThat(Arrays.stream(NibrsUcrOffense.values()).filter(NibrsUcrOffense::groupA))
                .hasSize(52);
    }

    /**
     * The tables against the enumerations of the IEPD's schema files: each table holds the schema's values, less
     * the offense code 90I (runaway), which the FBI no longer collects and the IEPD's code table leaves out.
     */
    @Test
    void theTablesHoldTheSchemaValues() throws Exception {
        Map<String, Class<? extends NibrsCode>> bySchemaType = new LinkedHashMap<>();
        bySchemaType.put("nibrs/2019/nibrs-codes.xsd#OffenseCodeSimpleType", NibrsUcrOffense.class);
        bySchemaType.put("nibrs/2019/nibrs-codes.xsd#LocationCategoryCodeSimpleType", NibrsLocationType.class);
        bySchemaType.put(
                "nibrs/2019/nibrs-codes.xsd#CriminalActivityCategoryCodeSimpleType", NibrsCriminalActivity.class);
        bySchemaType.put(
                "nibrs/2019/nibrs-codes.xsd#VictimToSubjectRelationshipCodeSimpleType", NibrsRelationship.class);
        bySchemaType.put("nibrs/2019/nibrs-codes.xsd#NIBRSReportCategoryCodeSimpleType", NibrsReportCategory.class);
        bySchemaType.put("cjis/2.0/cjis-codes.xsd#ItemStatusCodeSimpleType", NibrsPropertyLossType.class);
        String ucr = "niem/codes/fbi_ucr/3.2/fbi_ucr.xsd#";
        bySchemaType.put(
                ucr + "AggravatedAssaultHomicideFactorsCodeSimpleType", NibrsAssaultHomicideCircumstance.class);
        bySchemaType.put(ucr + "ArrestCategoryCodeSimpleType", NibrsArrestType.class);
        bySchemaType.put(ucr + "ArresteeWeaponCodeSimpleType", NibrsArmedWith.class);
        bySchemaType.put(ucr + "DrugCategoryCodeSimpleType", NibrsDrugType.class);
        bySchemaType.put(ucr + "DrugMeasurementCodeSimpleType", NibrsDrugMeasurement.class);
        bySchemaType.put(ucr + "EthnicityCodeSimpleType", NibrsEthnicity.class);
        bySchemaType.put(ucr + "ForceCategoryCodeSimpleType", NibrsWeaponForce.class);
        bySchemaType.put(ucr + "IncidentExceptionalClearanceCodeSimpleType", NibrsExceptionalClearance.class);
        bySchemaType.put(ucr + "IncidentFactorCodeSimpleType", NibrsOffenderSuspectedOfUsing.class);
        bySchemaType.put(ucr + "InjuryCategoryCodeSimpleType", NibrsInjury.class);
        bySchemaType.put(ucr + "JustifiableHomicideFactorsCodeSimpleType", NibrsJustifiableHomicideCircumstance.class);
        bySchemaType.put(ucr + "LEOKAActivityCategoryCodeSimpleType", NibrsOfficerActivity.class);
        bySchemaType.put(ucr + "LEOKAOfficerAssignmentCategoryCodeSimpleType", NibrsOfficerAssignment.class);
        bySchemaType.put(ucr + "MethodOfEntryCodeSimpleType", NibrsMethodOfEntry.class);
        bySchemaType.put(ucr + "MultipleArresteeSegmentsCodeSimpleType", NibrsMultipleArresteeIndicator.class);
        bySchemaType.put(ucr + "PropertyCategoryCodeSimpleType", NibrsPropertyDescription.class);
        bySchemaType.put(ucr + "ResidentCodeSimpleType", NibrsResidentStatus.class);
        bySchemaType.put(ucr + "VictimCategoryCodeSimpleType", NibrsVictimType.class);
        String ndex = "niem/codes/fbi_ndex/3.1/fbi_ndex.xsd#";
        bySchemaType.put(ndex + "BiasMotivationCodeSimpleType", NibrsBiasMotivation.class);
        bySchemaType.put(ndex + "JuvenileDispositionCodeSimpleType", NibrsJuvenileDisposition.class);
        bySchemaType.put(ndex + "RACCodeSimpleType", NibrsRace.class);
        bySchemaType.put("niem/codes/fbi_ncic/3.2/fbi_ncic.xsd#SEXCodeSimpleType", NibrsSex.class);

        for (Map.Entry<String, Class<? extends NibrsCode>> entry : bySchemaType.entrySet()) {
            String[] parts = entry.getKey().split("#");
            Set<String> schema = enumeration(parts[0], parts[1]);
            if (entry.getValue() == NibrsUcrOffense.class) {
                assertThat(schema.remove("90I")).isTrue();
            }
            Set<String> table = Arrays.stream(entry.getValue().getEnumConstants())
                    .map(NibrsCode::code)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(table).as(entry.getKey()).isEqualTo(schema);
        }
    }

    private String name(String key, Locale locale) {
        try {
            return messages.getMessage(key, null, locale);
        } catch (NoSuchMessageException e) {
            return null;
        }
    }

    private static Set<String> enumeration(String file, String type) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = NibrsCodeTablesTests.class.getClassLoader().getResourceAsStream("nibrs/" + file)) {
            assertThat(in).as(file).isNotNull();
            NodeList types = factory.newDocumentBuilder()
                    .parse(in)
                    .getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "simpleType");
            for (int i = 0; i < types.getLength(); i++) {
                Element simpleType = (Element) types.item(i);
                if (type.equals(simpleType.getAttribute("name"))) {
                    NodeList values =
                            simpleType.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "enumeration");
                    Set<String> codes = new TreeSet<>();
                    for (int j = 0; j < values.getLength(); j++) {
                        codes.add(((Element) values.item(j)).getAttribute("value"));
                    }
                    return codes;
                }
            }
        }
        throw new AssertionError(type + " not in " + file);
    }
}
