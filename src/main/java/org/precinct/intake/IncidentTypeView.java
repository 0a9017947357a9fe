package org.precinct.intake;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An incident type of the department's catalogue, as every part of Precinct reads it.
 *
 * @param code its stable code
 * @param nameEn its name in English
 * @param nameEs its name in Spanish
 * @param descriptionEn what it covers and what it does not, in English, shown to residents when they choose
 * @param descriptionEs the same in Spanish
 * @param nibrsOffenseCode the NIBRS offense a report of this type usually is; {@code null} for what is no crime
 * @param onlineReportable whether residents may file it online (otherwise by phone only)
 * @param anonymousAllowed whether it may be filed without the reporter's name and contact, on any channel
 * @param defaultPriority the priority a report starts with
 * @param reviewTarget how soon a report should have its first review; later counts as overdue
 * @param duplicateWindow when another report counts as a likely duplicate; {@code null} when reports of this type
 *     are never compared
 * @param routing where a report goes
 * @param active whether new reports may be filed; an inactive type stays readable for the reports that have it
 * @param questions what the reporter is asked, in order
 */
public record IncidentTypeView(
        IncidentTypeCode code,
        String nameEn,
        String nameEs,
        String descriptionEn,
        String descriptionEs,
        NibrsOffenseCode nibrsOffenseCode,
        boolean onlineReportable,
        boolean anonymousAllowed,
        Priority defaultPriority,
        Duration reviewTarget,
        DuplicateWindow duplicateWindow,
        Routing routing,
        boolean active,
        List<IncidentQuestion> questions) {

    public IncidentTypeView {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(defaultPriority, "defaultPriority");
        Objects.requireNonNull(reviewTarget, "reviewTarget");
        Objects.requireNonNull(routing, "routing");
        questions = List.copyOf(questions);
    }

    /** The name in {@code locale}'s language: Spanish for Spanish, English otherwise. */
    public String name(Locale locale) {
        return spanish(locale) ? nameEs : nameEn;
    }

    /** The description in {@code locale}'s language: Spanish for Spanish, English otherwise. */
    public String description(Locale locale) {
        return spanish(locale) ? descriptionEs : descriptionEn;
    }

    /** The question with this code, if the type asks it. */
    public Optional<IncidentQuestion> question(String questionCode) {
        return questions.stream()
                .filter(question -> question.code().equals(questionCode))
                .findFirst();
    }

    /** Whether a resident may file it online now: active and online-reportable. */
    public boolean fileableOnline() {
        return active && onlineReportable;
    }

    static boolean spanish(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage());
    }
}
