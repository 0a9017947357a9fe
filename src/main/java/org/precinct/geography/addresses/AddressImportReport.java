package org.precinct.geography.addresses;

import java.util.List;

/**
 * What an import of an address file did.
 *
 * @param imported addresses new to the index
 * @param updated addresses already in the index whose text or position changed
 * @param unchanged addresses already in the index exactly as in the file
 * @param outsideJurisdictions of the addresses in the file, how many lie outside every jurisdiction
 * @param rejected the rows that were not imported, with line and reason
 */
public record AddressImportReport(
        int imported, int updated, int unchanged, int outsideJurisdictions, List<RejectedRow> rejected) {

    public AddressImportReport {
        rejected = List.copyOf(rejected);
    }

    /** Rows that made it into the index, changed or not. */
    public int accepted() {
        return imported + updated + unchanged;
    }
}
