package org.precinct.intake;

import java.util.Optional;
import org.precinct.intake.request.ServiceRequestStore;
import org.springframework.stereotype.Service;

/**
 * Lets a reporter follow their report with its tracking number and code. A wrong code and an unknown number
 * give the same empty answer, so the lookup cannot be used to find out which numbers exist.
 */
@Service
public class ReportStatusLookup {

    private final ServiceRequestStore store;

    ReportStatusLookup(ServiceRequestStore store) {
        this.store = store;
    }

    public Optional<ReportStatusView> find(String trackingNumber, String trackingCode) {
        if (!TrackingNumber.isWellFormed(trackingNumber) || trackingCode == null || trackingCode.isBlank()) {
            return Optional.empty();
        }
        TrackingCode code = new TrackingCode(trackingCode);
        return store.findByTrackingNumber(new TrackingNumber(trackingNumber))
                .filter(found -> code.matches(found.trackingCodeHash()))
                .map(found -> new ReportStatusView(
                        found.trackingNumber().value(),
                        found.status(),
                        found.reportNumber() == null
                                ? null
                                : found.reportNumber().value(),
                        found.incidentType(),
                        found.receivedAt(),
                        found.history().stream()
                                .filter(step -> !step.kind().staffOnly())
                                .map(step -> new ReportStatusView.Entry(step.status(), step.at(), step.publicNote()))
                                .toList()));
    }
}
