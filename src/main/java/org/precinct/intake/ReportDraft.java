package org.precinct.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A report as a reporter or call-taker gives it, before any check. Every part but the type and description is
 * optional; the submission checks it all against the type's questions, the jurisdiction and the clock.
 *
 * @param incidentType code of the incident type
 * @param description what happened, in the reporter's words
 * @param occurredFrom when it happened, or started
 * @param occurredTo when it ended, when known
 * @param address a typed address, or {@code null} when a map point is given
 * @param latitude the map point's latitude
 * @param longitude the map point's longitude
 * @param answers the type's questions answered, by question code
 * @param reporter who reports it; may be {@code null} where the type allows anonymity
 * @param people people involved
 * @param vehicles vehicles involved
 * @param property property stolen, lost, found or damaged
 */
public record ReportDraft(
        String incidentType,
        String description,
        Instant occurredFrom,
        Instant occurredTo,
        String address,
        Double latitude,
        Double longitude,
        Map<String, Object> answers,
        Reporter reporter,
        List<PersonInvolved> people,
        List<VehicleInvolved> vehicles,
        List<PropertyInvolved> property) {

    public ReportDraft {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        people = people == null ? List.of() : List.copyOf(people);
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
        property = property == null ? List.of() : List.copyOf(property);
    }

    /** @param name full name; @param email for the receipt and updates; @param phone for a call-back */
    public record Reporter(String name, String email, String phone) {}

    /** @param role VICTIM, SUSPECT or WITNESS */
    public record PersonInvolved(String role, String name, String description) {}

    public record VehicleInvolved(String make, String model, String colour, String plate, String plateState) {}

    /** @param valueCents estimated value in cents, when known */
    public record PropertyInvolved(String description, Long valueCents, String serial) {}
}
