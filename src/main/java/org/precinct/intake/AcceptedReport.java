package org.precinct.intake;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What intake knows of a report it accepted, read-only, for the module that opens the department's incident report
 * from it. Contains the reporter's contact details: whoever reads it audits what it does with them.
 *
 * @param channel how it reached the department
 * @param incidentType the code of its incident type
 * @param nibrsOffenseCode the NIBRS offense its type usually is, or {@code null} for a type that is no crime
 * @param description what happened, in the reporter's words
 * @param occurredFrom when it happened or started, or {@code null} when not known
 * @param occurredTo when it ended, or {@code null}
 * @param address where, as the index writes it, or {@code null} for a map point alone
 * @param beatCode the beat, or {@code null}
 * @param jurisdictionCode the jurisdiction, or {@code null}
 * @param receivedAt when intake received it
 * @param reporter who reported it; every part may be {@code null} for an anonymous report
 * @param people the people it names, with intake's roles (VICTIM, SUSPECT, WITNESS)
 * @param attachments the photos and documents given with it or added to it since, oldest first
 */
public record AcceptedReport(
        TrackingNumber trackingNumber,
        ReportNumber reportNumber,
        Channel channel,
        String incidentType,
        NibrsOffenseCode nibrsOffenseCode,
        String description,
        Instant occurredFrom,
        Instant occurredTo,
        String address,
        Double latitude,
        Double longitude,
        String beatCode,
        String jurisdictionCode,
        Instant receivedAt,
        ReportDraft.Reporter reporter,
        List<ReportDraft.PersonInvolved> people,
        List<ReportDraft.VehicleInvolved> vehicles,
        List<ReportDraft.PropertyInvolved> property,
        List<Attachment> attachments) {

    public AcceptedReport {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(reportNumber, "reportNumber");
        people = List.copyOf(people);
        vehicles = List.copyOf(vehicles);
        property = List.copyOf(property);
        attachments = List.copyOf(attachments);
    }
}
