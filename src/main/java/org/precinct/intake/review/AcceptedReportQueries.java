package org.precinct.intake.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.precinct.intake.AcceptedReport;
import org.precinct.intake.AcceptedReports;
import org.precinct.intake.Attachment;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.IncidentTypes;
import org.precinct.intake.ReportDraft;
import org.precinct.intake.ReportNumber;
import org.precinct.intake.TrackingNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads an accepted report with its parts, from the same rows the review pages read. */
@Service
class AcceptedReportQueries implements AcceptedReports {

    private final ReviewQueries queries;
    private final IncidentTypes types;
    private final Clock clock;

    AcceptedReportQueries(ReviewQueries queries, IncidentTypes types, Clock clock) {
        this.queries = queries;
        this.types = types;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AcceptedReport> find(TrackingNumber number) {
        return queries.report(number, clock.instant())
                .filter(row -> row.reportNumber() != null)
                .map(row -> new AcceptedReport(
                        row.trackingNumber(),
                        new ReportNumber(row.reportNumber()),
                        row.channel(),
                        row.incidentType(),
                        types.find(row.incidentType())
                                .map(IncidentTypeView::nibrsOffenseCode)
                                .orElse(null),
                        row.description(),
                        row.occurredFrom(),
                        row.occurredTo(),
                        row.address(),
                        row.latitude(),
                        row.longitude(),
                        row.beat(),
                        row.jurisdiction(),
                        row.receivedAt(),
                        new ReportDraft.Reporter(
                                row.reporter().name(),
                                row.reporter().email(),
                                row.reporter().phone()),
                        queries.people(row.id()),
                        queries.vehicles(row.id()),
                        queries.property(row.id()),
                        attachments(row.id())));
    }

    /** The report's files with their bytes; one that is no longer an acceptable attachment is left out. */
    private List<Attachment> attachments(long requestId) {
        List<Attachment> files = new ArrayList<>();
        for (ReportUnderReview.Attachment stored : queries.attachments(requestId)) {
            queries.attachment(requestId, stored.id())
                    .filter(file -> Attachment.problemWith(file.content()).isEmpty())
                    .ifPresent(file -> files.add(Attachment.of(file.fileName(), file.content())));
        }
        return files;
    }
}
