package org.precinct.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** What kind of answer a question takes, and what a well-formed answer of that kind looks like as text. */
public enum QuestionDatatype {
    /** Free text, at most {@value #MAX_TEXT} characters. */
    TEXT,
    /** A number such as {@code 2} or {@code -3.5}. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A calendar date, ISO 8601 ({@code 2026-11-23}). */
    DATE,
    /** One value of the question's choices. */
    CHOICE,
    /** An amount of US dollars, not negative, with at most two decimals ({@code 1250} or {@code 19.99}). */
    MONEY;

    public static final int MAX_TEXT = 1000;

    private static final Pattern NUMBER_FORMAT = Pattern.compile("-?[0-9]{1,12}(\\.[0-9]{1,6})?");
    private static final Pattern MONEY_FORMAT = Pattern.compile("[0-9]{1,10}(\\.[0-9]{1,2})?");

    /**
     * Whether {@code answer} (not blank) is well formed for this datatype. Choices are checked by the question, which
     * knows them; here any non-blank text passes.
     */
    public boolean wellFormed(String answer) {
        return switch (this) {
            case TEXT -> answer.length() <= MAX_TEXT;
            case NUMBER -> NUMBER_FORMAT.matcher(answer).matches();
            case BOOLEAN -> answer.equals("true") || answer.equals("false");
            case DATE -> isDate(answer);
            case CHOICE -> !answer.isBlank();
            case MONEY -> MONEY_FORMAT.matcher(answer).matches();
        };
    }

    public String messageKey() {
        return "intake.datatype." + name();
    }

    private static boolean isDate(String answer) {
        try {
            LocalDate.parse(answer);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
