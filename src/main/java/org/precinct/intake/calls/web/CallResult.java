package org.precinct.intake.calls.web;

import java.util.List;
import org.precinct.intake.TriageReason;

/**
 * How the call ended, shown in place of the form until the next call.
 *
 * @param kind which ending
 * @param trackingNumber the report filed or added to
 * @param trackingCode the code to read out with a new report's number; {@code null} when the same form was filed
 *     before (the code was shown then and is not kept)
 * @param reasons for a transfer, the emergency check's reasons
 * @param topicLabel for an inquiry, its topic
 */
record CallResult(
        Kind kind, String trackingNumber, String trackingCode, List<TriageReason> reasons, String topicLabel) {

    enum Kind {
        FILED,
        ADDED,
        TRANSFERRED,
        INQUIRY
    }
}
