package org.precinct.records;

import java.util.Locale;

/**
 * One FBI data element edit a report fails, in words for its author.
 *
 * @param family the family of edits the rule belongs to
 * @param messageKey the key of the rule's message in the {@code records-nibrs} bundle, e.g.
 *     {@code nibrs.edit.property.stolenMissing}
 * @param english the message in English, with the offense, victim or item it concerns
 * @param spanish the same in Spanish
 */
public record NibrsViolation(NibrsEditFamily family, String messageKey, String english, String spanish) {

    /** The message in the language of {@code locale}: Spanish for Spanish, English otherwise. */
    public String words(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? spanish : english;
    }
}
