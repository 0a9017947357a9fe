package org.precinct.records;

import java.time.LocalDate;
import java.util.List;

/**
 * An arrest for a Group B offense (a Group B Arrest Report): for these offenses, such as 90D driving under the
 * influence, NIBRS counts only the arrests, one report per arrestee.
 *
 * @param arrestTransactionNumber the number the department gave the arrest (41)
 * @param sequenceNumber the arrestee's number within the arrest, from 1 (40)
 * @param arrestDate when the arrest was made (42)
 * @param arrestType on view, summoned or cited, or taken into custody (43)
 * @param arrestOffense the Group B offense (45)
 * @param armedWith what the arrestee was armed with, or unarmed (46; one or two)
 * @param person age, sex, race, ethnicity and resident status (47 to 51); never {@code null}
 * @param juvenileDisposition what became of an arrestee under 18 (52), or {@code null}
 */
public record NibrsGroupBArrest(
        String arrestTransactionNumber,
        int sequenceNumber,
        LocalDate arrestDate,
        NibrsArrestType arrestType,
        NibrsUcrOffense arrestOffense,
        List<NibrsArmedWith> armedWith,
        NibrsPersonDescription person,
        NibrsJuvenileDisposition juvenileDisposition) {

    public NibrsGroupBArrest {
        armedWith = NibrsLists.copy(armedWith);
        person = person == null ? NibrsPersonDescription.nothingKnown() : person;
    }
}
