package org.precinct.records.nibrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precinct.records.nibrs.NibrsTestIncidents.MID_NOVEMBER;
import static org.precinct.records.nibrs.NibrsTestIncidents.NOVEMBER;
import static org.precinct.records.nibrs.NibrsTestIncidents.ZONE;
import static org.precinct.records.nibrs.NibrsTestIncidents.business;
import static org.precinct.records.nibrs.NibrsTestIncidents.individual;
import static org.precinct.records.nibrs.NibrsTestIncidents.offense;
import static org.precinct.records.nibrs.NibrsTestIncidents.withWeapons;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.precinct.records.NibrsAge;
import org.precinct.records.NibrsAgeText;
import org.precinct.records.NibrsAssaultHomicideCircumstance;
import org.precinct.records.NibrsBiasMotivation;
import org.precinct.records.NibrsEditFamily;
import org.precinct.records.NibrsEdits;
import org.precinct.records.NibrsExceptionalClearance;
import org.precinct.records.NibrsGroupBArrest;
import org.precinct.records.NibrsIncident;
import org.precinct.records.NibrsInjury;
import org.precinct.records.NibrsJuvenileDisposition;
import org.precinct.records.NibrsLocationType;
import org.precinct.records.NibrsMethodOfEntry;
import org.precinct.records.NibrsOffender;
import org.precinct.records.NibrsOffenderRelationship;
import org.precinct.records.NibrsOffenderSuspectedOfUsing;
import org.precinct.records.NibrsOffense;
import org.precinct.records.NibrsPersonDescription;
import org.precinct.records.NibrsPropertyDescription;
import org.precinct.records.NibrsPropertyItem;
import org.precinct.records.NibrsPropertyLossType;
import org.precinct.records.NibrsRace;
import org.precinct.records.NibrsRelationship;
import org.precinct.records.NibrsSex;
import org.precinct.records.NibrsUcrOffense;
import org.precinct.records.NibrsViolation;
import org.precinct.records.NibrsWeaponForce;

/**
 * The FBI data element edits, one test per family: each shows a report the FBI would reject, the words its author
 * reads, and the fix that makes it pass.
 */
class NibrsEditsTests {

    private final NibrsEdits edits = new NibrsEdits(MID_NOVEMBER, ZONE, NibrsTestIncidents.messages());

    @Test
    void theCompleteIncidentAndAGroupBArrestPassEveryEdit() {
        assertThat(edits.check(NibrsTestIncidents.complete().build())).isEmpty();
        assertThat(edits.check(NibrsTestIncidents.groupBArrest(NibrsUcrOffense.DRUNKENNESS, 44, null)))
                .isEmpty();
    }

    @Test
    void administrativeElementsAreMandatoryAndWellFormed() {
        NibrsTestIncidents.Draft draft = NibrsTestIncidents.complete();
        draft.number = "26/004567";
        draft.hour = 24;
        draft.clearance = null;

        assertThat(keys(draft.build(), NibrsEditFamily.ADMINISTRATIVE))
                .containsExactlyInAnyOrder(
                        "nibrs.edit.incidentNumber.form", "nibrs.edit.incidentHour.range", "nibrs.edit.missing");
        NibrsViolation number = only(draft.build(), "nibrs.edit.incidentNumber.form");
        assertThat(number.english())
                .isEqualTo(
                        "Incident: the incident number 26/004567 must be at most 12 capital letters, digits or hyphens.");
        assertThat(number.spanish()).startsWith("Incidente: el número de incidente 26/004567 debe tener");
        assertThat(number.words(Locale.forLanguageTag("es-US"))).isEqualTo(number.spanish());
        assertThat(only(draft.build(), "nibrs.edit.missing").english())
                .isEqualTo("Incident: the cleared exceptionally code is missing.");

        draft.number = "26-004567";
        draft.hour = 23;
        draft.clearance = NibrsExceptionalClearance.NOT_APPLICABLE;
        assertThat(edits.check(draft.build())).isEmpty();

        NibrsTestIncidents.Draft empty = new NibrsTestIncidents.Draft();
        assertThat(keys(empty.build(), NibrsEditFamily.ADMINISTRATIVE))
                .containsExactlyInAnyOrder("nibrs.edit.offense.none", "nibrs.edit.victim.none");

        NibrsTestIncidents.Draft assault = burglaryAndSimpleAssault(
                withWeapons(
                        offense(NibrsUcrOffense.SIMPLE_ASSAULT, NibrsLocationType.RESIDENCE_HOME),
                        NibrsWeaponForce.PERSONAL_WEAPONS),
                null);
        assault.cargoTheft = true;
        assertThat(keys(assault.build(), NibrsEditFamily.ADMINISTRATIVE))
                .containsExactly("nibrs.edit.cargoTheft.offense");
        assault.cargoTheft = false;
        assertThat(edits.check(assault.build())).isEmpty();
    }

    @Test
    void noDateIsAfterTheSubmissionMonthOrBeforeTheIncident() {
        NibrsTestIncidents.Draft draft = NibrsTestIncidents.complete();
        draft.date = LocalDate.of(2026, 12, 2);

        NibrsViolation late = only(draft.build(), "nibrs.edit.date.afterMonth");
        assertThat(late.family()).isEqualTo(NibrsEditFamily.DATES);
        assertThat(late.english())
                .isEqualTo("Incident: the incident date 2026-12-02 is after the month being submitted (2026-11).");
        assertThat(late.spanish())
                .isEqualTo("Incidente: la fecha del incidente 2026-12-02 es posterior al mes que se envía (2026-11).");
        // The arrests and the recovery, on 4 and 5 November, now come before the incident.
        assertThat(keys(draft.build(), NibrsEditFamily.DATES))
                .filteredOn("nibrs.edit.date.beforeIncident"::equals)
                .hasSize(3);
        assertThat(edits.check(draft.build(), NOVEMBER.plusMonths(1)))
                .extracting(NibrsViolation::messageKey)
                .doesNotContain("nibrs.edit.date.afterMonth");

        draft.date = LocalDate.of(2026, 11, 2);
        assertThat(edits.check(draft.build())).isEmpty();
    }

    @Test
    void anExceptionalClearanceNeedsItsDateAndNoArrest() {
        NibrsTestIncidents.Draft draft = NibrsTestIncidents.complete();
        draft.clearance = NibrsExceptionalClearance.VICTIM_REFUSED_TO_COOPERATE;

        assertThat(keys(draft.build(), NibrsEditFamily.EXCEPTIONAL_CLEARANCE))
                .containsExactlyInAnyOrder("nibrs.edit.clearance.dateMissing", "nibrs.edit.clearance.withArrest");
        assertThat(only(draft.build(), "nibrs.edit.clearance.dateMissing").english())
                .isEqualTo(
                        "Incident: the incident was cleared exceptionally (D (Victim Refused to Cooperate)); give the date it was cleared.");

        draft.arrestees.clear();
        draft.clearanceDate = LocalDate.of(2026, 11, 10);
        assertThat(edits.check(draft.build())).isEmpty();

        draft.clearance = NibrsExceptionalClearance.NOT_APPLICABLE;
        assertThat(keys(draft.build(), NibrsEditFamily.EXCEPTIONAL_CLEARANCE))
                .containsExactly("nibrs.edit.clearance.dateNotCleared");
    }

    @Test
    void offensesAreGroupAOnceEachWithTheirMandatoryElements() {
        NibrsTestIncidents.Draft draft = NibrsTestIncidents.complete();
        NibrsOffense assault = draft.offenses.get(0);
        draft.offenses.set(
                0,
                new NibrsOffense(
                        assault.offense(),
                        true,
                        List.of(),
                        List.of(NibrsBiasMotivation.NONE, NibrsBiasMotivation.ANTI_ASIAN),
                        null,
                        null,
                        null,
                        List.of(),
                        assault.weaponsForce()));
        draft.offenses.add(
                offense(NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE, NibrsLocationType.PARKING_DROP_LOT_GARAGE));
        draft.offenses.add(offense(NibrsUcrOffense.DISORDERLY_CONDUCT, NibrsLocationType.RESIDENCE_HOME));

        assertThat(keys(draft.build(), NibrsEditFamily.OFFENSE))
                .containsExactlyInAnyOrder(
                        "nibrs.edit.duplicate",
                        "nibrs.edit.offense.alwaysCompleted",
                        "nibrs.edit.missing",
                        "nibrs.edit.missing",
                        "nibrs.edit.exclusive",
                        "nibrs.edit.offense.groupB");
        assertThat(only(draft.build(), "nibrs.edit.exclusive").english())
                .isEqualTo(
                        "Offense 13A (Aggravated Assault): None (no bias) cannot be given together with other values for bias motivation.");
        assertThat(only(draft.build(), "nibrs.edit.offense.groupB").spanish())
                .isEqualTo(
                        "Delito 90C (Alteración del orden público): un delito del grupo B no se notifica en un incidente; notifíquelo como detención del grupo B.");

        draft.offenses.remove(4);
        draft.offenses.remove(3);
        draft.offenses.set(0, assault);
        assertThat(edits.check(draft.build())).isEmpty();
    }

    @Test
    void weaponsActivityAndEntryFitTheOffense() {
        NibrsTestIncidents.Draft draft = burglaryAndSimpleAssault(
                withWeapons(
                        offense(NibrsUcrOffense.SIMPLE_ASSAULT, NibrsLocationType.HOTEL_MOTEL),
                        NibrsWeaponForce.HANDGUN),
                offense(NibrsUcrOffense.BURGLARY_BREAKING_AND_ENTERING, NibrsLocationType.HOTEL_MOTEL));
        draft.offenses.add(withWeapons(
                offense(NibrsUcrOffense.DRUG_NARCOTIC_VIOLATIONS, NibrsLocationType.HOTEL_MOTEL),
                NibrsWeaponForce.OTHER));
        draft.victims.add(new org.precinct.records.NibrsVictim(
                3,
                List.of(NibrsUcrOffense.DRUG_NARCOTIC_VIOLATIONS),
                org.precinct.records.NibrsVictimType.SOCIETY_PUBLIC,
                null,
                null,
                null,
                null,
                null,
                null));
        draft.property.add(NibrsPropertyItem.lossOnly(NibrsPropertyLossType.NONE));

        assertThat(keys(draft.build(), NibrsEditFamily.OFFENSE_CIRCUMSTANCES))
                .containsExactlyInAnyOrder(
                        "nibrs.edit.weapon.simpleAssault",
                        "nibrs.edit.missing",
                        "nibrs.edit.missing",
                        "nibrs.edit.missing",
                        "nibrs.edit.notForOffense");
        assertThat(only(draft.build(), "nibrs.edit.weapon.simpleAssault").english())
                .isEqualTo(
                        "Offense 13B (Simple Assault): a simple assault involves no weapon; 12 (Handgun) makes it an aggravated assault (13A).");

        NibrsTestIncidents.Draft fixed = burglaryAndSimpleAssault(
                withWeapons(
                        offense(NibrsUcrOffense.SIMPLE_ASSAULT, NibrsLocationType.HOTEL_MOTEL),
                        NibrsWeaponForce.PERSONAL_WEAPONS),
                new NibrsOffense(
                        NibrsUcrOffense.BURGLARY_BREAKING_AND_ENTERING,
                        false,
                        List.of(NibrsOffenderSuspectedOfUsing.NOT_APPLICABLE),
                        List.of(NibrsBiasMotivation.NONE),
                        NibrsLocationType.HOTEL_MOTEL,
                        2,
                        NibrsMethodOfEntry.FORCE,
                        List.of(),
                        List.of()));
        assertThat(edits.check(fixed.build())).isEmpty();
    }

    @Test
    void aCompletedTheftFromAMotorVehicleNeedsAStolenItem() {
        NibrsTestIncidents.Draft draft = theftFromCar();
        draft.property.add(NibrsPropertyItem.of(
                NibrsPropertyLossType.DESTROYED_DAMAGED_VANDALIZED,
                NibrsPropertyDescription.VEHICLE_PARTS_ACCESSORIES,
                300));

        assertThat(keys(draft.build(), NibrsEditFamily.OFFENSE_PROPERTY))
                .containsExactlyInAnyOrder("nibrs.edit.property.needsLoss", "nibrs.edit.property.lossNotAllowed");
        NibrsViolation needs = only(draft.build(), "nibrs.edit.property.needsLoss");
        assertThat(needs.english())
                .isEqualTo(
                        "Offense 23F (Theft From Motor Vehicle): add a property item with the loss type Stolen/Etc. (includes bribed, defrauded, embezzled, extorted, ransomed, robbed).");
        assertThat(needs.spanish())
                .startsWith(
                        "Delito 23F (Hurto del interior de vehículo): añada un bien con el tipo de pérdida Sustraído");

        draft.property.clear();
        draft.property.add(NibrsPropertyItem.of(
                NibrsPropertyLossType.STOLEN, NibrsPropertyDescription.PORTABLE_ELECTRONIC_COMMUNICATIONS, 900));
        assertThat(edits.check(draft.build())).isEmpty();

        draft.property.add(new NibrsPropertyItem(
                NibrsPropertyLossType.RECOVERED,
                NibrsPropertyDescription.MONEY,
                40L,
                LocalDate.of(2026, 11, 6),
                null,
                null));
        assertThat(keys(draft.build(), NibrsEditFamily.OFFENSE_PROPERTY))
                .containsExactly("nibrs.edit.property.recoveredNotStolen");

        NibrsTestIncidents.Draft attempted = theftFromCar();
        NibrsOffense theft = attempted.offenses.get(0);
        attempted.offenses.set(
                0,
                new NibrsOffense(
                        theft.offense(),
                        true,
                        theft.offenderSuspectedOfUsing(),
                        theft.biasMotivations(),
                        theft.location(),
                        null,
                        null,
                        List.of(),
                        List.of()));
        assertThat(keys(attempted.build(), NibrsEditFamily.OFFENSE_PROPERTY))
                .containsExactly("nibrs.edit.property.needsOneOf");
        attempted.property.add(NibrsPropertyItem.lossOnly(NibrsPropertyLossType.NONE));
        assertThat(edits.check(attempted.build())).isEmpty();
    }

    @Test
    void propertyItemsCarryWhatTheirLossTypeNeeds() {
        NibrsTestIncidents.Draft draft = theftFromCar();
        draft.property.add(NibrsPropertyItem.of(NibrsPropertyLossType.STOLEN, NibrsPropertyDescription.MONEY, 0));
        draft.property.add(new NibrsPropertyItem(
                NibrsPropertyLossType.RECOVERED, NibrsPropertyDescription.MONEY, null, null, 2, null));

        assertThat(keys(draft.build(), NibrsEditFamily.PROPERTY_ITEM))
                .containsExactlyInAnyOrder(
                        "nibrs.edit.property.zeroValue",
                        "nibrs.edit.missing",
                        "nibrs.edit.missing",
                        "nibrs.edit.property.vehiclesNotAllowed");
        assertThat(keys(draft.build(), NibrsEditFamily.PROPERTY_ITEM).stream()
                        .filter("nibrs.edit.missing"::equals)
                        .count())
                .isEqualTo(2);
        assertThat(edits.check(draft.build()))
                .extracting(NibrsViolation::english)
                .contains("Property item 2 (Recovered: Money): the date recovered is missing.");

        draft.property.clear();
        draft.property.add(NibrsPropertyItem.of(NibrsPropertyLossType.STOLEN, NibrsPropertyDescription.MONEY, 120));
        draft.property.add(new NibrsPropertyItem(
                NibrsPropertyLossType.RECOVERED,
                NibrsPropertyDescription.MONEY,
                80L,
                LocalDate.of(2026, 11, 7),
                null,
                null));
        assertThat(edits.check(draft.build())).isEmpty();
    }

    @Test
    void aCrimeAgainstPersonsNeedsAVictimWhoIsAPerson() {
        NibrsTestIncidents.Draft draft = theftFromCar();
        draft.offenses.add(withWeapons(
                offense(NibrsUcrOffense.AGGRAVATED_ASSAULT, NibrsLocationType.PARKING_DROP_LOT_GARAGE),
                NibrsWeaponForce.RIFLE));
        draft.property.add(NibrsPropertyItem.of(NibrsPropertyLossType.STOLEN, NibrsPropertyDescription.TOOLS, 75));
        draft.victims.set(0, business(1, NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE, NibrsUcrOffense.AGGRAVATED_ASSAULT));

        assertThat(keys(draft.build(), NibrsEditFamily.OFFENSE_VICTIM))
                .containsExactly("nibrs.edit.victim.personCrime");
        assertThat(only(draft.build(), "nibrs.edit.victim.personCrime").english())
                .isEqualTo(
                        "Victim 1: 13A (Aggravated Assault) is a crime against persons; its victim must be an individual or a law enforcement officer.");

        draft.victims.set(
                0,
                individual(
                        1,
                        List.of(NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE, NibrsUcrOffense.AGGRAVATED_ASSAULT),
                        List.of(NibrsInjury.SEVERE_LACERATION),
                        List.of(NibrsAssaultHomicideCircumstance.ARGUMENT),
                        List.of(new NibrsOffenderRelationship(1, NibrsRelationship.STRANGER))));
        assertThat(edits.check(draft.build())).isEmpty();

        draft.victims.add(business(2));
        assertThat(keys(draft.build(), NibrsEditFamily.OFFENSE_VICTIM)).containsExactly("nibrs.edit.victim.noOffense");
    }

    @Test
    void aVictimGivesTheDetailsItsOffensesAsk() {
        NibrsTestIncidents.Draft draft = burglaryAndSimpleAssault(
                withWeapons(
                        offense(NibrsUcrOffense.SIMPLE_ASSAULT, NibrsLocationType.RESIDENCE_HOME),
                        NibrsWeaponForce.PERSONAL_WEAPONS),
                null);
        draft.victims.set(
                0,
                new org.precinct.records.NibrsVictim(
                        1,
                        List.of(NibrsUcrOffense.SIMPLE_ASSAULT),
                        org.precinct.records.NibrsVictimType.INDIVIDUAL,
                        null,
                        new NibrsPersonDescription(null, NibrsSex.FEMALE, NibrsRace.WHITE, null, null),
                        List.of(NibrsAssaultHomicideCircumstance.ARGUMENT),
                        null,
                        List.of(NibrsInjury.APPARENT_BROKEN_BONES),
                        List.of(new NibrsOffenderRelationship(1, NibrsRelationship.FRIEND))));

        assertThat(keys(draft.build(), NibrsEditFamily.VICTIM_DETAILS))
                .containsExactlyInAnyOrder(
                        "nibrs.edit.person.descriptors",
                        "nibrs.edit.victim.simpleAssaultInjury",
                        "nibrs.edit.notForOffense");
        assertThat(only(draft.build(), "nibrs.edit.victim.simpleAssaultInjury").spanish())
                .isEqualTo(
                        "Víctima 1: una agresión simple causa como mucho una lesión leve aparente; B (Posibles fracturas óseas) la convierte en agresión agravada (13A).");

        draft.victims.set(
                0,
                individual(
                        1,
                        List.of(NibrsUcrOffense.SIMPLE_ASSAULT),
                        List.of(NibrsInjury.APPARENT_MINOR_INJURY),
                        List.of(),
                        List.of(new NibrsOffenderRelationship(1, NibrsRelationship.FRIEND))));
        assertThat(edits.check(draft.build())).isEmpty();
    }

    @Test
    void victimOffenderRelationshipsOnlyForCrimesAgainstPersonsAndRobbery() {
        NibrsTestIncidents.Draft draft = theftFromCar();
        draft.property.add(NibrsPropertyItem.of(NibrsPropertyLossType.STOLEN, NibrsPropertyDescription.TOOLS, 75));
        draft.victims.set(
                0,
                individual(
                        1,
                        List.of(NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE),
                        List.of(),
                        List.of(),
                        List.of(new NibrsOffenderRelationship(1, NibrsRelationship.NEIGHBOR))));

        assertThat(keys(draft.build(), NibrsEditFamily.VICTIM_OFFENDER_RELATIONSHIP))
                .containsExactly("nibrs.edit.relationship.notForOffense");
        draft.victims.set(
                0, individual(1, List.of(NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE), List.of(), List.of(), List.of()));
        assertThat(edits.check(draft.build())).isEmpty();

        NibrsTestIncidents.Draft assault = burglaryAndSimpleAssault(
                withWeapons(
                        offense(NibrsUcrOffense.SIMPLE_ASSAULT, NibrsLocationType.RESIDENCE_HOME),
                        NibrsWeaponForce.PERSONAL_WEAPONS),
                null);
        assault.offenders.add(NibrsTestIncidents.offender(2));
        NibrsViolation missing = only(assault.build(), "nibrs.edit.relationship.missing");
        assertThat(missing.english()).isEqualTo("Victim 1: give the relationship of the victim to offender 2.");
        assault.victims.set(
                0,
                individual(
                        1,
                        List.of(NibrsUcrOffense.SIMPLE_ASSAULT),
                        List.of(NibrsInjury.NONE),
                        List.of(),
                        List.of(
                                new NibrsOffenderRelationship(1, NibrsRelationship.FRIEND),
                                new NibrsOffenderRelationship(2, NibrsRelationship.RELATIONSHIP_UNKNOWN))));
        assertThat(edits.check(assault.build())).isEmpty();
    }

    @Test
    void offendersGiveAgeSexAndRace() {
        NibrsTestIncidents.Draft draft = theftFromCar();
        draft.property.add(NibrsPropertyItem.of(NibrsPropertyLossType.STOLEN, NibrsPropertyDescription.TOOLS, 75));
        draft.offenders.set(
                0,
                new NibrsOffender(
                        1,
                        new NibrsPersonDescription(
                                NibrsAge.of(NibrsAgeText.NEWBORN), NibrsSex.MALE, null, null, null)));
        draft.offenders.add(NibrsTestIncidents.offender(1));

        assertThat(keys(draft.build(), NibrsEditFamily.OFFENDER))
                .containsExactlyInAnyOrder(
                        "nibrs.edit.person.descriptors", "nibrs.edit.person.infant", "nibrs.edit.sequence.duplicate");

        draft.offenders.set(
                0,
                new NibrsOffender(
                        1,
                        new NibrsPersonDescription(
                                NibrsAge.unknown(), NibrsSex.UNKNOWN, NibrsRace.UNKNOWN, null, null)));
        draft.offenders.remove(1);
        assertThat(edits.check(draft.build())).isEmpty();
    }

    @Test
    void anArresteeUnder18HasADispositionAndOnlyThey() {
        NibrsTestIncidents.Draft draft = NibrsTestIncidents.complete();
        draft.arrestees.set(
                0,
                NibrsTestIncidents.arrestee(
                        1, 27, NibrsUcrOffense.AGGRAVATED_ASSAULT, NibrsJuvenileDisposition.HANDLED_WITHIN_DEPARTMENT));
        draft.arrestees.set(1, NibrsTestIncidents.arrestee(2, 16, NibrsUcrOffense.JUSTIFIABLE_HOMICIDE, null));

        assertThat(keys(draft.build(), NibrsEditFamily.ARRESTEE))
                .containsExactlyInAnyOrder(
                        "nibrs.edit.arrest.juvenileDispositionAdult",
                        "nibrs.edit.arrest.juvenileDispositionMissing",
                        "nibrs.edit.arrest.justifiableHomicide");
        assertThat(only(draft.build(), "nibrs.edit.arrest.juvenileDispositionMissing")
                        .english())
                .isEqualTo(
                        "Arrestee 2: the arrestee is under 18; give the disposition (handled within the department or referred to other authorities).");

        draft.arrestees.set(0, NibrsTestIncidents.arrestee(1, 27, NibrsUcrOffense.AGGRAVATED_ASSAULT, null));
        draft.arrestees.set(
                1,
                NibrsTestIncidents.arrestee(
                        2,
                        16,
                        NibrsUcrOffense.DRUG_NARCOTIC_VIOLATIONS,
                        NibrsJuvenileDisposition.HANDLED_WITHIN_DEPARTMENT));
        assertThat(edits.check(draft.build())).isEmpty();
    }

    @Test
    void aGroupBArrestIsForAGroupBOffenseWithinTheMonth() {
        NibrsGroupBArrest wrong = new NibrsGroupBArrest(
                "B26 877",
                1,
                LocalDate.of(2026, 12, 1),
                null,
                NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE,
                List.of(),
                new NibrsPersonDescription(NibrsAge.of(15), NibrsSex.MALE, NibrsRace.WHITE, null, null),
                null);

        List<NibrsViolation> violations = edits.check(wrong);
        assertThat(violations)
                .extracting(NibrsViolation::messageKey)
                .containsExactlyInAnyOrder(
                        "nibrs.edit.arrest.transactionNumberForm",
                        "nibrs.edit.missing",
                        "nibrs.edit.missing",
                        "nibrs.edit.arrest.juvenileDispositionMissing",
                        "nibrs.edit.groupB.groupAOffense",
                        "nibrs.edit.date.afterMonth");
        assertThat(violations)
                .extracting(NibrsViolation::english)
                .contains(
                        "Group B arrest B26 877: 23F (Theft From Motor Vehicle) is a Group A offense; report it in an incident, not as a Group B arrest.");

        assertThat(edits.check(NibrsTestIncidents.groupBArrest(
                        NibrsUcrOffense.CURFEW_LOITERING_VAGRANCY,
                        15,
                        NibrsJuvenileDisposition.REFERRED_TO_OTHER_AUTHORITIES)))
                .isEmpty();
    }

    @Test
    void everyMessageIsPutIntoWordsInBothLanguages() {
        NibrsTestIncidents.Draft draft = new NibrsTestIncidents.Draft();
        draft.offenses.add(new NibrsOffense(null, false, null, null, null, null, null, null, null));
        draft.offenses.add(withWeapons(
                offense(NibrsUcrOffense.ROBBERY, null),
                NibrsWeaponForce.NONE,
                NibrsWeaponForce.LETHAL_CUTTING_INSTRUMENT));
        draft.victims.add(business(0, NibrsUcrOffense.ARSON));
        draft.property.add(new NibrsPropertyItem(
                NibrsPropertyLossType.NONE, NibrsPropertyDescription.MONEY, 5L, null, null, null));

        List<NibrsViolation> violations = edits.check(draft.build());
        assertThat(violations).hasSizeGreaterThan(5);
        for (NibrsViolation violation : violations) {
            assertThat(violation.english())
                    .as(violation.messageKey())
                    .doesNotContain("{")
                    .doesNotContain("nibrs.");
            assertThat(violation.spanish())
                    .as(violation.messageKey())
                    .doesNotContain("{")
                    .doesNotContain("nibrs.");
            assertThat(violation.spanish()).as(violation.messageKey()).isNotEqualTo(violation.english());
        }
    }

    /** A completed theft from a car with one individual victim and one offender, still without property. */
    private static NibrsTestIncidents.Draft theftFromCar() {
        NibrsTestIncidents.Draft draft = new NibrsTestIncidents.Draft();
        draft.offenses.add(
                offense(NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE, NibrsLocationType.PARKING_DROP_LOT_GARAGE));
        draft.victims.add(
                individual(1, List.of(NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE), List.of(), List.of(), List.of()));
        draft.offenders.add(NibrsTestIncidents.offender(1));
        return draft;
    }

    /** A simple assault, and a burglary when given, against one individual by one offender. */
    private static NibrsTestIncidents.Draft burglaryAndSimpleAssault(NibrsOffense assault, NibrsOffense burglary) {
        NibrsTestIncidents.Draft draft = new NibrsTestIncidents.Draft();
        draft.offenses.add(assault);
        List<NibrsUcrOffense> against = burglary == null
                ? List.of(NibrsUcrOffense.SIMPLE_ASSAULT)
                : List.of(NibrsUcrOffense.SIMPLE_ASSAULT, NibrsUcrOffense.BURGLARY_BREAKING_AND_ENTERING);
        if (burglary != null) {
            draft.offenses.add(burglary);
            draft.property.add(NibrsPropertyItem.of(
                    NibrsPropertyLossType.STOLEN, NibrsPropertyDescription.JEWELRY_PRECIOUS_METALS_GEMS, 2500));
        }
        draft.victims.add(individual(
                1,
                against,
                List.of(NibrsInjury.NONE),
                List.of(),
                List.of(new NibrsOffenderRelationship(1, NibrsRelationship.FRIEND))));
        draft.offenders.add(NibrsTestIncidents.offender(1));
        return draft;
    }

    private List<String> keys(NibrsIncident incident, NibrsEditFamily family) {
        return edits.check(incident).stream()
                .filter(violation -> violation.family() == family)
                .map(NibrsViolation::messageKey)
                .toList();
    }

    private NibrsViolation only(NibrsIncident incident, String key) {
        List<NibrsViolation> found = edits.check(incident).stream()
                .filter(violation -> violation.messageKey().equals(key))
                .toList();
        assertThat(found).as(key + " in " + edits.check(incident)).hasSize(1);
        return found.get(0);
    }
}
