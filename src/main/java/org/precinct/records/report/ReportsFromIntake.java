package org.precinct.records.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.precinct.intake.AcceptedReport;
import org.precinct.intake.AcceptedReports;
import org.precinct.intake.Channel;
import org.precinct.intake.ReportAccepted;
import org.precinct.intake.ReportDraft;
import org.precinct.intake.TrackingNumber;
import org.precinct.records.IncidentReportCodes;
import org.precinct.records.IncidentReportDetails;
import org.precinct.records.IncidentReportDetails.PersonRole;
import org.precinct.records.IncidentReportDetails.PropertyStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens an incident report for every report intake accepts, with what intake knows: the type's NIBRS offense as the
 * proposed offense, the place, the times, the reporter's words as the narrative, the reporter as reporting party, the
 * people, vehicles, property and files. It waits in the Bureau of Records' review, whose clerks complete it.
 */
@Component
class ReportsFromIntake {

    private static final Logger log = LoggerFactory.getLogger(ReportsFromIntake.class);

    private final AcceptedReports accepted;
    private final IncidentReportWorkflow workflow;

    ReportsFromIntake(AcceptedReports accepted, IncidentReportWorkflow workflow) {
        this.accepted = accepted;
        this.workflow = workflow;
    }

    @ApplicationModuleListener
    void on(ReportAccepted event) {
        AcceptedReport report = accepted.find(new TrackingNumber(event.trackingNumber()))
                .orElseThrow(
                        () -> new IllegalStateException("Accepted report " + event.trackingNumber() + " not found"));
        ReportActor acceptedBy =
                new ReportActor(event.acceptedBy() == null ? "intake" : event.acceptedBy(), null, null, Set.of());
        workflow.openFromIntake(
                        event.trackingNumber(), event.reportNumber(), content(report), report.attachments(), acceptedBy)
                .ifPresent(number -> log.info("Incident report {} opened from {}", number, event.trackingNumber()));
    }

    /** The content an accepted intake report gives, fitted to the report's fields. */
    static ReportContent content(AcceptedReport report) {
        List<IncidentReportDetails.Offense> offenses = new ArrayList<>();
        String code = report.nibrsOffenseCode() == null
                ? null
                : report.nibrsOffenseCode().value();
        if (code != null && IncidentReportCodes.contains(IncidentReportCodes.Table.OFFENSE, code)) {
            offenses.add(new IncidentReportDetails.Offense(code, false, null, null, null));
        }
        List<IncidentReportDetails.Person> people = new ArrayList<>();
        ReportDraft.Reporter reporter = report.reporter();
        if (reporter != null && reporter.name() != null && !reporter.name().isBlank()) {
            people.add(person(PersonRole.REPORTING_PARTY, reporter.name(), reporter.phone()));
        }
        StringBuilder narrative = new StringBuilder(
                report.description() == null ? "" : report.description().strip());
        for (ReportDraft.PersonInvolved involved : report.people()) {
            if (involved.name() == null || involved.name().isBlank()) {
                continue;
            }
            people.add(person(role(involved.role()), involved.name(), null));
            if (involved.description() != null && !involved.description().isBlank()) {
                narrative
                        .append("\n\n")
                        .append(involved.name().strip())
                        .append(": ")
                        .append(involved.description().strip());
            }
        }
        List<IncidentReportDetails.Vehicle> vehicles = report.vehicles().stream()
                .map(vehicle -> new IncidentReportDetails.Vehicle(
                        null,
                        plate(vehicle.plate()),
                        state(vehicle.plateState()),
                        null,
                        fit(vehicle.make(), 60),
                        fit(vehicle.model(), 60),
                        null,
                        fit(vehicle.colour(), 40),
                        null))
                .toList();
        // Intake does not say what happened to each item; the type does, near enough for records staff to correct.
        PropertyStatus status = "290".equals(code)
                ? PropertyStatus.DAMAGED
                : "FOUND_PROPERTY".equals(report.incidentType()) ? PropertyStatus.FOUND : PropertyStatus.STOLEN;
        List<IncidentReportDetails.PropertyItem> property = report.property().stream()
                .filter(item ->
                        item.description() != null && !item.description().isBlank())
                .map(item -> new IncidentReportDetails.PropertyItem(
                        null,
                        fit(item.description(), 200),
                        null,
                        item.valueCents() == null || item.valueCents() < 0 ? null : item.valueCents(),
                        fit(item.serial(), 60),
                        status))
                .toList();
        java.time.Instant occurredTo = report.occurredTo() != null
                        && report.occurredFrom() != null
                        && report.occurredTo().isBefore(report.occurredFrom())
                ? null
                : report.occurredTo();
        return new ReportContent(
                report.channel() == Channel.PHONE
                        ? IncidentReportDetails.HowReceived.PHONE
                        : IncidentReportDetails.HowReceived.ONLINE,
                fit(report.address(), 200),
                report.latitude(),
                report.longitude(),
                report.jurisdictionCode(),
                report.beatCode(),
                report.occurredFrom(),
                occurredTo,
                report.receivedAt(),
                offenses,
                people,
                vehicles,
                property,
                narrative.toString(),
                IncidentReportDetails.Clearance.OPEN,
                null,
                null);
    }

    private static IncidentReportDetails.Person person(PersonRole role, String name, String phone) {
        String full = name.strip().replaceAll("\\s+", " ");
        int space = full.lastIndexOf(' ');
        String first = space < 0 ? null : full.substring(0, space);
        String last = space < 0 ? full : full.substring(space + 1);
        return new IncidentReportDetails.Person(
                null,
                role,
                false,
                fit(last, 100),
                fit(first, 100),
                null,
                null,
                null,
                false,
                fit(phone, 40),
                null,
                null);
    }

    private static PersonRole role(String intakeRole) {
        if (intakeRole == null) {
            return PersonRole.INVOLVED_OTHER;
        }
        switch (intakeRole.toUpperCase(Locale.ROOT)) {
            case "VICTIM":
                return PersonRole.VICTIM;
            case "SUSPECT":
                return PersonRole.SUSPECT;
            case "WITNESS":
                return PersonRole.WITNESS;
            default:
                return PersonRole.INVOLVED_OTHER;
        }
    }

    /** A plate as the report keeps it: letters, digits, spaces and hyphens, at most ten. */
    private static String plate(String typed) {
        if (typed == null) {
            return null;
        }
        String cleaned =
                typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 -]", "").strip();
        return cleaned.isEmpty() ? null : fit(cleaned, 10);
    }

    private static String state(String typed) {
        if (typed == null) {
            return null;
        }
        String cleaned = typed.strip().toUpperCase(Locale.ROOT);
        return cleaned.matches("[A-Z]{2}") ? cleaned : null;
    }

    private static String fit(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
