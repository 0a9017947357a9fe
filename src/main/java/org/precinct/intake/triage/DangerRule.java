package org.precinct.intake.triage;

/**
 * A section of the danger list: the phrases of one kind of danger and when a mention of it is over. See the head
 * of {@code intake/triage/dangers.txt} for what each option means.
 *
 * @param code the reason code it raises
 * @param phrases its phrases
 * @param clearedAtPast the time cue level (1 minutes ago to 4 last week or older) at which it is over, or
 *     {@link Integer#MAX_VALUE} when no time makes it over
 * @param needs whether it counts only in the present
 * @param clearedWhenGone the suspect being gone makes it over
 * @param clearedAfterTheFact a crime found afterwards or seen on a recording makes it over
 * @param clearedByHabit "every weekend", "always" make it over
 * @param clearedByWorry "someone is going to get hurt" is no mention of it
 * @param clearedByPastAspect "was stealing", "has been stealing" make it over
 * @param resolvedBy the cue section that says it is over, or {@code null}
 * @param resolvedEvenInPresent the resolution beats a present tense ("there's a fire ... they put it out")
 */
record DangerRule(
        String code,
        PhraseBook.Section phrases,
        int clearedAtPast,
        Needs needs,
        boolean clearedWhenGone,
        boolean clearedAfterTheFact,
        boolean clearedByHabit,
        boolean clearedByWorry,
        boolean clearedByPastAspect,
        String resolvedBy,
        boolean resolvedEvenInPresent) {

    enum Needs {
        NOTHING,
        PRESENT,
        NOW
    }

    static DangerRule of(PhraseBook.Section section) {
        String past = section.option("past", "");
        String needs = section.option("needs", "");
        return new DangerRule(
                section.option("code", section.name()),
                section,
                past.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(past),
                switch (needs) {
                    case "" -> Needs.NOTHING;
                    case "present" -> Needs.PRESENT;
                    case "now" -> Needs.NOW;
                    default ->
                        throw new IllegalStateException(
                                "Section [" + section.name() + "]: needs=" + needs + " is neither present nor now");
                },
                section.flag("gone"),
                section.flag("after"),
                section.flag("habitual"),
                section.flag("hypothetical"),
                section.flag("aspect-clears"),
                section.options().get("resolve"),
                section.flag("resolve-always"));
    }
}
