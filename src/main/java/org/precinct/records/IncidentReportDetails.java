package org.precinct.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An incident report as the rest of Precinct reads it: what happened, where and when, the offenses (NIBRS codes), the
 * people, vehicles and property involved, the narrative and its supplements, and where the report stands.
 *
 * @param id the report's row id
 * @param reportNumber its official number, from the department's yearly series ({@code 26-004567})
 * @param trackingNumber the intake tracking number it came from, or {@code null} for a report an officer wrote
 * @param jurisdictionCode the jurisdiction it happened in, or {@code null} when not placed yet
 * @param beatCode the beat, or {@code null}
 * @param occurredFrom when it happened or began, or {@code null} while not known
 * @param occurredTo when it ended, or {@code null}
 * @param reportedAt when the department learnt of it
 * @param exceptionalClearance the NIBRS exceptional clearance code (A to E) when cleared exceptionally, else
 *     {@code null}
 * @param clearedOn the day it was cleared, or {@code null} while open
 * @param sealed sealed by court order: shown only to records staff
 * @param author the account that wrote it
 * @param authorName how the console names the author
 * @param approvedAt when the Bureau of Records approved it, or {@code null} before
 * @param version the version a change must be made from
 */
public record IncidentReportDetails(
        long id,
        String reportNumber,
        String trackingNumber,
        IncidentReportStatus status,
        HowReceived howReceived,
        String jurisdictionCode,
        String beatCode,
        String address,
        Double latitude,
        Double longitude,
        Instant occurredFrom,
        Instant occurredTo,
        Instant reportedAt,
        List<Offense> offenses,
        List<Person> people,
        List<Vehicle> vehicles,
        List<PropertyItem> property,
        String narrative,
        Clearance clearance,
        String exceptionalClearance,
        LocalDate clearedOn,
        boolean sealed,
        String author,
        String authorName,
        List<Supplement> supplements,
        Instant approvedAt,
        int version) {

    public IncidentReportDetails {
        Objects.requireNonNull(reportNumber, "reportNumber");
        Objects.requireNonNull(status, "status");
        offenses = List.copyOf(offenses);
        people = List.copyOf(people);
        vehicles = List.copyOf(vehicles);
        property = List.copyOf(property);
        supplements = List.copyOf(supplements);
    }

    /** How the department learnt of the incident. */
    public enum HowReceived {
        ONLINE,
        PHONE,
        OFFICER_INITIATED,
        WALK_IN
    }

    /** Whether and how the case was cleared. */
    public enum Clearance {
        OPEN,
        CLEARED_BY_ARREST,
        EXCEPTIONALLY_CLEARED,
        UNFOUNDED,
        INACTIVE
    }

    /** What part a person played in the incident. */
    public enum PersonRole {
        VICTIM,
        SUSPECT,
        ARRESTEE,
        WITNESS,
        REPORTING_PARTY,
        INVOLVED_OTHER
    }

    /** What happened to an item of property, or why the department holds it. */
    public enum PropertyStatus {
        STOLEN,
        RECOVERED,
        DAMAGED,
        EVIDENCE,
        FOUND
    }

    /**
     * One offense of the incident.
     *
     * @param code the NIBRS offense code, e.g. {@code 23F}
     * @param attempted attempted rather than completed
     * @param locationType the NIBRS location type code, e.g. {@code 20} (residence/home), or {@code null}
     * @param weaponForce the NIBRS weapon or force code, e.g. {@code 40} (personal weapons), or {@code null}
     * @param biasMotivation the NIBRS bias motivation code, {@code NONE} when there was none, or {@code null}
     */
    public record Offense(
            String code, boolean attempted, String locationType, String weaponForce, String biasMotivation) {}

    /**
     * A person (or organisation) involved.
     *
     * @param id the row id, {@code null} for one not stored yet
     * @param organisation a business, agency or other organisation rather than a person; its name is in
     *     {@code lastName}
     * @param dateOfBirth {@code null} when not known
     * @param sex NCIC sex code (F, M, U), or {@code null}
     * @param race NCIC race code (A, B, I, P, U, W), or {@code null}
     * @param juvenile under 18 at the time of the incident (from the date of birth when known); shown only to
     *     records staff
     * @param phone a contact phone, or {@code null}
     * @param address a contact address, or {@code null}
     * @param masterPersonId the master person record this person is linked to, or {@code null}
     */
    public record Person(
            Long id,
            PersonRole role,
            boolean organisation,
            String lastName,
            String firstName,
            LocalDate dateOfBirth,
            String sex,
            String race,
            boolean juvenile,
            String phone,
            String address,
            Long masterPersonId) {

        /** The name as a list shows it: "Lopez, Mia", or the organisation's name. */
        public String displayName() {
            if (organisation || firstName == null || firstName.isBlank()) {
                return Objects.toString(lastName, "");
            }
            return (lastName == null ? "" : lastName) + ", " + firstName;
        }
    }

    /**
     * A vehicle involved.
     *
     * @param id the row id, {@code null} for one not stored yet
     * @param masterVehicleId the master vehicle record it is linked to, or {@code null}
     */
    public record Vehicle(
            Long id,
            String plate,
            String plateState,
            String vin,
            String make,
            String model,
            Integer year,
            String colour,
            Long masterVehicleId) {}

    /**
     * An item of property involved.
     *
     * @param id the row id, {@code null} for one not stored yet
     * @param category the NIBRS property category code, e.g. {@code 77} (other), or {@code null}
     * @param valueCents its value in cents, or {@code null} when not known
     */
    public record PropertyItem(
            Long id, String description, String category, Long valueCents, String serial, PropertyStatus status) {}

    /** Something added to the report after it was submitted, by any of its authors. */
    public record Supplement(long id, String author, String authorName, Instant at, String text) {}

    /** The same report without its juvenile persons, as everyone but records staff reads it. */
    public IncidentReportDetails withoutJuveniles() {
        return new IncidentReportDetails(
                id,
                reportNumber,
                trackingNumber,
                status,
                howReceived,
                jurisdictionCode,
                beatCode,
                address,
                latitude,
                longitude,
                occurredFrom,
                occurredTo,
                reportedAt,
                offenses,
                people.stream().filter(person -> !person.juvenile()).toList(),
                vehicles,
                property,
                narrative,
                clearance,
                exceptionalClearance,
                clearedOn,
                sealed,
                author,
                authorName,
                supplements,
                approvedAt,
                version);
    }
}
