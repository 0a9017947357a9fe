package org.precinct.analysis;

import java.time.Instant;

/**
 * An incident as stored: its place generalised to the block, its beat and jurisdiction where its point lies inside
 * one.
 *
 * @param id the store's id
 * @param beatCode {@code null} outside every beat
 * @param jurisdictionCode {@code null} outside every jurisdiction
 */
public record AnalysisIncidentView(
        long id,
        AnalysisIncidentSource source,
        String externalId,
        String offense,
        Instant occurredAt,
        Double latitude,
        Double longitude,
        String blockAddress,
        String beatCode,
        String jurisdictionCode,
        boolean sensitive) {}
