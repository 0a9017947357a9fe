package org.precinct.records;

import java.time.LocalDate;
import java.util.List;

/**
 * A person arrested for a Group A incident (the Arrestee Segment, Data Elements 40 to 52).
 *
 * @param sequenceNumber the arrestee's number in the incident, 1 to 99 (40)
 * @param arrestTransactionNumber the number the department gave the arrest (41)
 * @param arrestDate when the arrest was made (42)
 * @param arrestType on view, summoned or cited, or taken into custody (43)
 * @param multipleArresteeIndicator whether the arrest clears other incidents too (44)
 * @param arrestOffense the offense the arrestee was arrested for (45)
 * @param armedWith what the arrestee was armed with, or unarmed (46; one or two)
 * @param person age, sex, race, ethnicity and resident status (47 to 51); never {@code null}
 * @param juvenileDisposition what became of an arrestee under 18 (52), or {@code null}
 */
public record NibrsArrestee(
        int sequenceNumber,
        String arrestTransactionNumber,
        LocalDate arrestDate,
        NibrsArrestType arrestType,
        NibrsMultipleArresteeIndicator multipleArresteeIndicator,
        NibrsUcrOffense arrestOffense,
        List<NibrsArmedWith> armedWith,
        NibrsPersonDescription person,
        NibrsJuvenileDisposition juvenileDisposition) {

    public NibrsArrestee {
        armedWith = NibrsLists.copy(armedWith);
        person = person == null ? NibrsPersonDescription.nothingKnown() : person;
    }
}
