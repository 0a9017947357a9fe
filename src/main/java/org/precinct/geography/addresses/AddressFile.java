package org.precinct.geography.addresses;

import java.util.List;

/**
 * An address file read and checked row by row.
 *
 * @param rows the rows that can be imported
 * @param rejected the rows that cannot, in file order
 */
public record AddressFile(List<AddressRow> rows, List<RejectedRow> rejected) {

    public AddressFile {
        rows = List.copyOf(rows);
        rejected = List.copyOf(rejected);
    }
}
