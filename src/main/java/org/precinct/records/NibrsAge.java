package org.precinct.records;

/**
 * An age as NIBRS reports it (Data Elements 26, 37 and 47): a number of whole years, a range of years, or one of
 * the words of {@link NibrsAgeText} (a newborn, a baby, unknown). Exactly one of the three forms is set.
 *
 * @param years the exact age in years, 0 to 99 (99 stands for 99 or older), or {@code null}
 * @param upToYears with {@code years}, the upper end of a range such as 25 to 30, or {@code null}
 * @param text the age in words, or {@code null}
 */
public record NibrsAge(Integer years, Integer upToYears, NibrsAgeText text) {

    /** The oldest age NIBRS writes; older persons are reported as 99. */
    public static final int OLDEST = 99;

    public NibrsAge {
        if ((years == null) == (text == null)) {
            throw new IllegalArgumentException("An age is either a number of years or a word, not both or neither");
        }
        if (upToYears != null && years == null) {
            throw new IllegalArgumentException("An age range needs its lower end");
        }
        if (years != null && (years < 0 || years > OLDEST)) {
            throw new IllegalArgumentException("An age is 0 to 99 years");
        }
        if (upToYears != null && (upToYears <= years || upToYears > OLDEST)) {
            throw new IllegalArgumentException("An age range goes from a younger to an older age, at most 99");
        }
    }

    /** An exact age in years. */
    public static NibrsAge of(int years) {
        return new NibrsAge(years, null, null);
    }

    /** An age between two ages, e.g. an offender thought to be 25 to 30. */
    public static NibrsAge between(int fromYears, int toYears) {
        return new NibrsAge(fromYears, toYears, null);
    }

    /** An age in words. */
    public static NibrsAge of(NibrsAgeText text) {
        return new NibrsAge(null, null, text);
    }

    /** An age nobody knows. */
    public static NibrsAge unknown() {
        return of(NibrsAgeText.UNKNOWN);
    }

    /** Whether this is a range of years. */
    public boolean isRange() {
        return upToYears != null;
    }

    /** Whether the person was certainly under 18: a younger age, a range below 18, or an infant. */
    public boolean isCertainlyUnder18() {
        if (text != null) {
            return text != NibrsAgeText.UNKNOWN;
        }
        return (upToYears != null ? upToYears : years) < 18;
    }

    /** Whether the person was certainly 18 or older. */
    public boolean isCertainly18OrOlder() {
        return years != null && years >= 18;
    }

    /** The youngest the person can have been, in years; {@code null} when the age is unknown. */
    public Integer youngestYears() {
        if (text == null) {
            return years;
        }
        return text == NibrsAgeText.UNKNOWN ? null : 0;
    }
}
