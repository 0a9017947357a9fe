package org.precinct.intake.triage.web;

import java.util.List;

/**
 * The answer of {@code POST /api/v1/triage}.
 *
 * @param emergency the contact belongs with 911
 * @param reasons why, each with its code, the words that raised it and an explanation for the call-taker
 * @param suggestedIncidentType the incident type code the description reads most like, or {@code null}
 */
record TriageResponse(boolean emergency, List<Reason> reasons, String suggestedIncidentType) {

    record Reason(String code, String phrase, String explanation) {}
}
