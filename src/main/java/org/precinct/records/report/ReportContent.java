package org.precinct.records.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.precinct.records.IncidentReportDetails;
import org.precinct.records.IncidentReportDetails.Clearance;
import org.precinct.records.IncidentReportDetails.HowReceived;

/**
 * What an author writes in an incident report, apart from where the report stands: the place, the times, offenses,
 * people, vehicles, property, narrative and clearance. Checked by {@link ContentRules} before it reaches a report.
 *
 * @param jurisdictionCode the jurisdiction the place lies in, or {@code null} when outside every one or not placed
 * @param beatCode the beat, or {@code null}
 */
public record ReportContent(
        HowReceived howReceived,
        String address,
        Double latitude,
        Double longitude,
        String jurisdictionCode,
        String beatCode,
        Instant occurredFrom,
        Instant occurredTo,
        Instant reportedAt,
        List<IncidentReportDetails.Offense> offenses,
        List<IncidentReportDetails.Person> people,
        List<IncidentReportDetails.Vehicle> vehicles,
        List<IncidentReportDetails.PropertyItem> property,
        String narrative,
        Clearance clearance,
        String exceptionalClearance,
        LocalDate clearedOn) {

    public ReportContent {
        Objects.requireNonNull(howReceived, "howReceived");
        Objects.requireNonNull(reportedAt, "reportedAt");
        offenses = offenses == null ? List.of() : List.copyOf(offenses);
        people = people == null ? List.of() : List.copyOf(people);
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
        property = property == null ? List.of() : List.copyOf(property);
        clearance = clearance == null ? Clearance.OPEN : clearance;
    }

    /** The same content with other people. */
    public ReportContent withPeople(List<IncidentReportDetails.Person> others) {
        return new ReportContent(
                howReceived,
                address,
                latitude,
                longitude,
                jurisdictionCode,
                beatCode,
                occurredFrom,
                occurredTo,
                reportedAt,
                offenses,
                others,
                vehicles,
                property,
                narrative,
                clearance,
                exceptionalClearance,
                clearedOn);
    }

    /** The same content with the place resolved to a map point, a jurisdiction and a beat. */
    public ReportContent placedAt(Double pointLatitude, Double pointLongitude, String jurisdiction, String beat) {
        return new ReportContent(
                howReceived,
                address,
                pointLatitude,
                pointLongitude,
                jurisdiction,
                beat,
                occurredFrom,
                occurredTo,
                reportedAt,
                offenses,
                people,
                vehicles,
                property,
                narrative,
                clearance,
                exceptionalClearance,
                clearedOn);
    }
}
