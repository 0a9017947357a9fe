package org.precinct.records.nibrs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.precinct.records.NibrsAge;
import org.precinct.records.NibrsArmedWith;
import org.precinct.records.NibrsArrestType;
import org.precinct.records.NibrsArrestee;
import org.precinct.records.NibrsAssaultHomicideCircumstance;
import org.precinct.records.NibrsBiasMotivation;
import org.precinct.records.NibrsCriminalActivity;
import org.precinct.records.NibrsDrugMeasurement;
import org.precinct.records.NibrsDrugQuantity;
import org.precinct.records.NibrsDrugType;
import org.precinct.records.NibrsEthnicity;
import org.precinct.records.NibrsExceptionalClearance;
import org.precinct.records.NibrsGroupBArrest;
import org.precinct.records.NibrsIncident;
import org.precinct.records.NibrsInjury;
import org.precinct.records.NibrsJuvenileDisposition;
import org.precinct.records.NibrsLocationType;
import org.precinct.records.NibrsMultipleArresteeIndicator;
import org.precinct.records.NibrsOffender;
import org.precinct.records.NibrsOffenderRelationship;
import org.precinct.records.NibrsOffenderSuspectedOfUsing;
import org.precinct.records.NibrsOffense;
import org.precinct.records.NibrsOfficerActivity;
import org.precinct.records.NibrsOfficerAssignment;
import org.precinct.records.NibrsOfficerDetails;
import org.precinct.records.NibrsPersonDescription;
import org.precinct.records.NibrsPropertyDescription;
import org.precinct.records.NibrsPropertyItem;
import org.precinct.records.NibrsPropertyLossType;
import org.precinct.records.NibrsRace;
import org.precinct.records.NibrsRelationship;
import org.precinct.records.NibrsResidentStatus;
import org.precinct.records.NibrsSex;
import org.precinct.records.NibrsUcrOffense;
import org.precinct.records.NibrsVictim;
import org.precinct.records.NibrsVictimType;
import org.precinct.records.NibrsWeaponForce;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Incidents and arrests for the NIBRS tests: a complete incident that passes every edit and holds every segment
 * kind, and a draft to change one thing at a time.
 */
final class NibrsTestIncidents {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final Clock MID_NOVEMBER =
            Clock.fixed(ZonedDateTime.of(2026, 11, 15, 10, 30, 0, 0, ZONE).toInstant(), ZONE);

    private NibrsTestIncidents() {}

    /** The {@code records-nibrs} bundle as the application reads it. */
    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/records-nibrs");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static NibrsPersonDescription person(NibrsAge age, NibrsSex sex, NibrsRace race) {
        return new NibrsPersonDescription(
                age, sex, race, NibrsEthnicity.NOT_HISPANIC_LATINO, NibrsResidentStatus.RESIDENT);
    }

    static NibrsOffense offense(NibrsUcrOffense code, NibrsLocationType location) {
        return new NibrsOffense(
                code,
                false,
                List.of(NibrsOffenderSuspectedOfUsing.NOT_APPLICABLE),
                List.of(NibrsBiasMotivation.NONE),
                location,
                null,
                null,
                List.of(),
                List.of());
    }

    static NibrsOffense withWeapons(NibrsOffense offense, NibrsWeaponForce... weapons) {
        return new NibrsOffense(
                offense.offense(),
                offense.attempted(),
                offense.offenderSuspectedOfUsing(),
                offense.biasMotivations(),
                offense.location(),
                offense.premisesEntered(),
                offense.methodOfEntry(),
                offense.criminalActivities(),
                List.of(weapons));
    }

    static NibrsVictim individual(
            int number,
            List<NibrsUcrOffense> offenses,
            List<NibrsInjury> injuries,
            List<NibrsAssaultHomicideCircumstance> circumstances,
            List<NibrsOffenderRelationship> relationships) {
        return new NibrsVictim(
                number,
                offenses,
                NibrsVictimType.INDIVIDUAL,
                null,
                person(NibrsAge.of(34), NibrsSex.MALE, NibrsRace.WHITE),
                circumstances,
                null,
                injuries,
                relationships);
    }

    static NibrsVictim business(int number, NibrsUcrOffense... offenses) {
        return new NibrsVictim(number, List.of(offenses), NibrsVictimType.BUSINESS, null, null, null, null, null, null);
    }

    static NibrsOffender offender(int number) {
        return new NibrsOffender(
                number,
                new NibrsPersonDescription(
                        NibrsAge.between(25, 30),
                        NibrsSex.MALE,
                        NibrsRace.WHITE,
                        NibrsEthnicity.HISPANIC_LATINO,
                        null));
    }

    static NibrsArrestee arrestee(int number, int age, NibrsUcrOffense offense, NibrsJuvenileDisposition disposition) {
        return new NibrsArrestee(
                number,
                "A26-00012" + number,
                LocalDate.of(2026, 11, 4),
                NibrsArrestType.TAKEN_INTO_CUSTODY,
                NibrsMultipleArresteeIndicator.NOT_APPLICABLE,
                offense,
                List.of(NibrsArmedWith.UNARMED),
                person(NibrsAge.of(age), NibrsSex.MALE, NibrsRace.BLACK_AFRICAN_AMERICAN),
                disposition);
    }

    static NibrsGroupBArrest groupBArrest(NibrsUcrOffense offense, int age, NibrsJuvenileDisposition disposition) {
        return new NibrsGroupBArrest(
                "B26-000877",
                1,
                LocalDate.of(2026, 11, 9),
                NibrsArrestType.ON_VIEW,
                offense,
                List.of(NibrsArmedWith.UNARMED),
                person(NibrsAge.of(age), NibrsSex.FEMALE, NibrsRace.ASIAN),
                disposition);
    }

    /**
     * An aggravated assault on a resident and an officer, a theft from the resident's car and a drug violation:
     * offenses with weapons and criminal activity, stolen, recovered and seized property, an individual, society
     * and an officer as victims, one offender, and two arrestees, one of them under 18.
     */
    static Draft complete() {
        Draft draft = new Draft();
        draft.offenses.add(withWeapons(
                offense(NibrsUcrOffense.AGGRAVATED_ASSAULT, NibrsLocationType.RESIDENCE_HOME),
                NibrsWeaponForce.HANDGUN));
        draft.offenses.add(
                offense(NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE, NibrsLocationType.PARKING_DROP_LOT_GARAGE));
        draft.offenses.add(new NibrsOffense(
                NibrsUcrOffense.DRUG_NARCOTIC_VIOLATIONS,
                false,
                List.of(NibrsOffenderSuspectedOfUsing.DRUGS_NARCOTICS),
                List.of(NibrsBiasMotivation.NONE),
                NibrsLocationType.PARKING_DROP_LOT_GARAGE,
                null,
                null,
                List.of(NibrsCriminalActivity.POSSESSING_CONCEALING),
                List.of()));
        draft.property.add(NibrsPropertyItem.of(
                NibrsPropertyLossType.STOLEN, NibrsPropertyDescription.VEHICLE_PARTS_ACCESSORIES, 450));
        draft.property.add(new NibrsPropertyItem(
                NibrsPropertyLossType.RECOVERED,
                NibrsPropertyDescription.VEHICLE_PARTS_ACCESSORIES,
                200L,
                LocalDate.of(2026, 11, 5),
                null,
                null));
        draft.property.add(new NibrsPropertyItem(
                NibrsPropertyLossType.SEIZED,
                NibrsPropertyDescription.DRUGS_NARCOTICS,
                null,
                null,
                null,
                List.of(new NibrsDrugQuantity(
                        NibrsDrugType.MARIJUANA, new BigDecimal("28.5"), NibrsDrugMeasurement.GRAM))));
        draft.victims.add(individual(
                1,
                List.of(NibrsUcrOffense.AGGRAVATED_ASSAULT, NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE),
                List.of(NibrsInjury.APPARENT_MINOR_INJURY),
                List.of(NibrsAssaultHomicideCircumstance.ARGUMENT),
                List.of(new NibrsOffenderRelationship(1, NibrsRelationship.ACQUAINTANCE))));
        draft.victims.add(new NibrsVictim(
                2,
                List.of(NibrsUcrOffense.DRUG_NARCOTIC_VIOLATIONS),
                NibrsVictimType.SOCIETY_PUBLIC,
                null,
                null,
                null,
                null,
                null,
                null));
        draft.victims.add(new NibrsVictim(
                3,
                List.of(NibrsUcrOffense.AGGRAVATED_ASSAULT),
                NibrsVictimType.LAW_ENFORCEMENT_OFFICER,
                new NibrsOfficerDetails(
                        NibrsOfficerActivity.TRAFFIC_PURSUITS_AND_STOPS,
                        NibrsOfficerAssignment.ONE_OFFICER_VEHICLE_ALONE,
                        null),
                person(NibrsAge.of(41), NibrsSex.FEMALE, NibrsRace.BLACK_AFRICAN_AMERICAN),
                List.of(NibrsAssaultHomicideCircumstance.ASSAULT_ON_LAW_ENFORCEMENT_OFFICER),
                null,
                List.of(NibrsInjury.NONE),
                List.of(new NibrsOffenderRelationship(1, NibrsRelationship.STRANGER))));
        draft.offenders.add(offender(1));
        draft.arrestees.add(arrestee(1, 27, NibrsUcrOffense.AGGRAVATED_ASSAULT, null));
        draft.arrestees.add(arrestee(
                2,
                16,
                NibrsUcrOffense.DRUG_NARCOTIC_VIOLATIONS,
                NibrsJuvenileDisposition.REFERRED_TO_OTHER_AUTHORITIES));
        return draft;
    }

    /** An incident in the making: change what a test needs, then {@link #build()}. */
    static final class Draft {
        String number = "26-004567";
        LocalDate date = LocalDate.of(2026, 11, 3);
        Integer hour = 22;
        Boolean cargoTheft;
        NibrsExceptionalClearance clearance = NibrsExceptionalClearance.NOT_APPLICABLE;
        LocalDate clearanceDate;
        final List<NibrsOffense> offenses = new ArrayList<>();
        final List<NibrsPropertyItem> property = new ArrayList<>();
        final List<NibrsVictim> victims = new ArrayList<>();
        final List<NibrsOffender> offenders = new ArrayList<>();
        final List<NibrsArrestee> arrestees = new ArrayList<>();

        NibrsIncident build() {
            return new NibrsIncident(
                    number,
                    date,
                    hour,
                    false,
                    cargoTheft,
                    clearance,
                    clearanceDate,
                    offenses,
                    property,
                    victims,
                    offenders,
                    arrestees);
        }
    }
}
