package org.precinct.intake.review.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.precinct.intake.TrackingNumber;
import org.precinct.intake.review.InvalidReviewInput;
import org.precinct.intake.review.ReportReview;
import org.precinct.intake.review.ReviewQueue;
import org.precinct.shared.NoSuchRecordException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the review's pages and API answer alike: a report named in the address, the messages of refused input, a file
 * to download.
 */
final class ReviewResponses {

    private ReviewResponses() {}

    /**
     * The tracking number in an address.
     *
     * @throws NoSuchRecordException when it is not one, answered like a number that does not exist
     */
    static TrackingNumber trackingNumber(String number) {
        if (!TrackingNumber.isWellFormed(number)) {
            throw new NoSuchRecordException(ReportReview.OBJECT_TYPE, "?");
        }
        return new TrackingNumber(number);
    }

    /** Each refused field with its message in the reader's language, in the order the fields were checked. */
    static Map<String, String> messages(InvalidReviewInput invalid, MessageSource messages, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        invalid.problems().forEach((field, key) -> texts.put(field, messages.getMessage(key, null, locale)));
        return texts;
    }

    /**
     * A report's file as a download, never shown inline: its type was checked from its bytes when it was received,
     * and a browser must not run or render what a resident sent in the staff console's origin.
     */
    static ResponseEntity<byte[]> download(ReviewQueue.AttachmentFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }
}
