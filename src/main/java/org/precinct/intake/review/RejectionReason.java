package org.precinct.intake.review;

import java.util.Locale;

/**
 * A reason a reviewer may give for not accepting a report, such as "Civil matter". The reporter reads its label in
 * their language.
 *
 * @param code stable key, upper snake case ({@code CIVIL_MATTER})
 * @param labelEn the label in English
 * @param labelEs the label in Spanish
 * @param active whether reviewers may choose it now
 */
public record RejectionReason(String code, String labelEn, String labelEs, boolean active) {

    /** The format of a code. */
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,39}";

    public String label(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? labelEs : labelEn;
    }
}
