package org.precinct.intake.calls;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How many calls ended how, and which inquiries were answered, over some days.
 *
 * @param from the first day, in the department's time zone
 * @param to the last day, included
 * @param byOutcome every outcome with its count, zero included, in the outcome's order
 * @param byTopic the answered inquiries per topic: every active topic, and retired ones that had calls
 */
public record CallSummary(LocalDate from, LocalDate to, Map<CallOutcome, Long> byOutcome, List<TopicCount> byTopic) {

    public record TopicCount(InquiryTopic topic, long calls) {}

    public long total() {
        return byOutcome.values().stream().mapToLong(Long::longValue).sum();
    }
}
