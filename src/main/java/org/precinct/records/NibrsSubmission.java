package org.precinct.records;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An agency's NIBRS submission for one month: one document per Group A incident and per Group B arrest, or a
 * single zero report when the month has neither.
 *
 * <p>The 2019.1 schema allows one report per {@code nibrs:Submission} message, so a month with several reports is
 * a batch of documents; {@link #writeZip(OutputStream)} packs them into one ZIP file, one XML file each.
 *
 * @param ori the agency's ORI
 * @param month the month the submission reports
 * @param documents the documents, incidents first (in the order given), then arrests
 */
public record NibrsSubmission(NibrsOri ori, YearMonth month, List<NibrsSubmissionDocument> documents) {

    public NibrsSubmission {
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("A month's submission has at least its zero report");
        }
    }

    /** Whether the month had nothing to report and the submission is its zero report. */
    public boolean isZeroReport() {
        return documents.size() == 1 && documents.get(0).category() == NibrsReportCategory.ZERO_REPORT;
    }

    /** The documents of one kind. */
    public List<NibrsSubmissionDocument> documents(NibrsReportCategory category) {
        return documents.stream()
                .filter(document -> document.category() == category)
                .toList();
    }

    /** Writes the documents as a ZIP file, one XML file each under its {@code fileName}; leaves {@code out} open. */
    public void writeZip(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (NibrsSubmissionDocument document : documents) {
            zip.putNextEntry(new ZipEntry(document.fileName()));
            zip.write(document.xml().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }
}
