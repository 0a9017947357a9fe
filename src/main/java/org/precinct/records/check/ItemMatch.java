package org.precinct.records.check;

import java.util.List;
import org.precinct.records.MasterRecordKind;

/**
 * A vehicle or serialized item a check found.
 *
 * @param title what it is ("2019 Honda Civic", "BICYCLE WTU123")
 * @param identifiers how it is known (VIN, plate and state, serial)
 * @param warnings message keys (a VIN whose check digit does not add up)
 * @param matchedOn message key of what matched (plate, partial plate, VIN, serial)
 */
public record ItemMatch(
        MasterRecordKind kind, long id, String title, String identifiers, List<String> warnings, String matchedOn) {}
