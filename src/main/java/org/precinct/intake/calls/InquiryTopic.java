package org.precinct.intake.calls;

import java.util.Locale;

/**
 * What a caller asked about when they needed information rather than a report.
 *
 * @param code stable key, upper snake case
 * @param labelEn shown to English readers
 * @param labelEs shown to Spanish readers
 * @param position order in lists, lower first
 * @param active whether call-takers may choose it; retired topics keep their past calls
 */
public record InquiryTopic(String code, String labelEn, String labelEs, int position, boolean active) {

    public static final String CODE_PATTERN = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*";
    public static final int MAX_CODE = 40;
    public static final int MAX_LABEL = 120;

    public String label(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? labelEs : labelEn;
    }
}
