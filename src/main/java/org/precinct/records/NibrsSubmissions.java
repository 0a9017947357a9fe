package org.precinct.records;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.precinct.records.nibrs.NibrsReportWriter;
import org.precinct.records.nibrs.NibrsSchema;
import org.precinct.shared.RuleViolationException;
import org.xml.sax.SAXException;

/**
 * Produces the department's NIBRS submission for a month in the XML format of the FBI's 2019.1 IEPD: one Group A
 * incident report (action {@code I}) per incident and one Group B arrest report per arrest, each in a message with
 * the agency's ORI ({@code precinct.nibrs.ori}) and the month; a month with neither gets a zero report.
 *
 * <p>Which incidents and arrests belong to a month is the caller's choice (the reports approved in it). Every
 * document is checked against the IEPD's schema before it is handed out, so a document that would not validate
 * is a programming error, never a file sent to the FBI.
 */
public class NibrsSubmissions {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final NibrsOri ori;
    private final Clock clock;
    private final ZoneId zone;
    private final NibrsReportWriter writer = new NibrsReportWriter();

    /**
     * @param ori the agency's ORI, or {@code null} when none is configured (then no submission can be made)
     * @param clock the clock that stamps the messages
     * @param zone the department's time zone, in which the stamps are written
     */
    public NibrsSubmissions(NibrsOri ori, Clock clock, ZoneId zone) {
        this.ori = ori;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * The submission for {@code month}.
     *
     * @param month the month reported
     * @param incidents the month's Group A incidents, each checked by {@link NibrsEdits} beforehand
     * @param groupBArrests the month's Group B arrests
     * @throws RuleViolationException {@code nibrs.submission.noOri} when no ORI is configured
     */
    public NibrsSubmission submission(
            YearMonth month, Collection<NibrsIncident> incidents, Collection<NibrsGroupBArrest> groupBArrests) {
        Objects.requireNonNull(month, "month");
        if (ori == null) {
            throw new RuleViolationException("nibrs.submission.noOri");
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone)).withNano(0);
        List<NibrsSubmissionDocument> documents = new ArrayList<>();
        for (NibrsIncident incident : incidents) {
            NibrsReportWriter.Header header = header(month, documents.size() + 1, now);
            documents.add(document(
                    header,
                    NibrsReportCategory.GROUP_A_INCIDENT,
                    incident.incidentNumber(),
                    writer.incidentReport(header, incident)));
        }
        for (NibrsGroupBArrest arrest : groupBArrests) {
            NibrsReportWriter.Header header = header(month, documents.size() + 1, now);
            documents.add(document(
                    header,
                    NibrsReportCategory.GROUP_B_ARREST,
                    arrest.arrestTransactionNumber(),
                    writer.groupBArrestReport(header, arrest)));
        }
        if (documents.isEmpty()) {
            NibrsReportWriter.Header header = header(month, 1, now);
            documents.add(document(header, NibrsReportCategory.ZERO_REPORT, null, writer.zeroReport(header)));
        }
        return new NibrsSubmission(ori, month, documents);
    }

    private NibrsReportWriter.Header header(YearMonth month, int number, LocalDateTime now) {
        String id = String.format("%s-%s-%04d-%s", ori.value(), month, number, STAMP.format(now));
        return new NibrsReportWriter.Header(ori, month, id, now);
    }

    private static NibrsSubmissionDocument document(
            NibrsReportWriter.Header header, NibrsReportCategory category, String reference, String xml) {
        try {
            NibrsSchema.validate(xml);
        } catch (SAXException e) {
            throw new IllegalStateException(
                    "The NIBRS " + category.code() + " for " + reference + " is not valid: " + e.getMessage(), e);
        }
        String fileName = header.messageId().substring(0, header.messageId().lastIndexOf('-')) + ".xml";
        return new NibrsSubmissionDocument(fileName, category, reference, xml);
    }
}
