package org.precinct.geography.addresses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.precinct.geography.GeoPoint;
import org.precinct.shared.RuleViolationException;

class AddressCsvTests {

    private static AddressFile read(String text) {
        return AddressCsv.read(new StringReader(text));
    }

    @Test
    void readsRowsByTheHeadersColumnNamesInAnyOrder() {
        AddressFile file = read("""
                longitude,id,address,latitude
                -90.576,17,123 Clarkson Rd,38.657
                """);
        assertThat(file.rejected()).isEmpty();
        assertThat(file.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.address()).isEqualTo("123 Clarkson Rd");
            assertThat(row.normalised().text()).isEqualTo("123 CLARKSON RD");
            assertThat(row.point()).isEqualTo(new GeoPoint(38.657, -90.576));
        });
    }

    @Test
    void acceptsShortColumnNamesAByteOrderMarkAndWindowsLineEnds() {
        AddressFile file = read("\uFEFFAddress,Lat,Lon\r\n1 Elm St,38.6,-90.5\r\n2 Elm St,38.61,-90.51\r\n");
        assertThat(file.rows()).extracting(AddressRow::line).containsExactly(2, 3);
    }

    @Test
    void readsQuotedAddressesWithCommasQuotesAndLineBreaks() {
        AddressFile file = read("""
                address,latitude,longitude
                "123 Clarkson Rd, Apt 4",38.657,-90.576
                "7 ""The Pines"" Ct",38.66,-90.58
                "9 Long
                Rd",38.67,-90.59
                10 Long Rd,38.68,-90.6
                """);
        assertThat(file.rejected()).isEmpty();
        assertThat(file.rows())
                .extracting(AddressRow::address)
                .containsExactly("123 Clarkson Rd, Apt 4", "7 \"The Pines\" Ct", "9 Long Rd", "10 Long Rd");
        assertThat(file.rows()).extracting(AddressRow::line).containsExactly(2, 3, 4, 6);
        assertThat(file.rows().get(0).normalised().text()).isEqualTo("123 CLARKSON RD APT 4");
    }

    @Test
    void reportsEachBadRowWithItsLineAndReasonAndKeepsTheGoodOnes() {
        AddressFile file = read("""
                address,latitude,longitude
                1 Elm St,38.6,-90.5
                ,38.6,-90.5
                2 Elm St,north,-90.5
                3 Elm St,91,-90.5
                4 Elm St,38.6,
                5 Elm St,38.6,-190
                6 Elm St,0,0
                7 Elm St,38.6

                1 ELM STREET,38.7,-90.4
                12345,38.6,-90.5
                8 Elm St,38.6,-90.5
                """);
        assertThat(file.rows()).extracting(AddressRow::address).containsExactly("1 Elm St", "8 Elm St");
        assertThat(file.rejected())
                .extracting(RejectedRow::line, RejectedRow::reason, RejectedRow::value)
                .containsExactly(
                        tuple(3, "geography.import.reject.address-missing", null),
                        tuple(4, "geography.import.reject.latitude-invalid", "north"),
                        tuple(5, "geography.import.reject.latitude-range", "91"),
                        tuple(6, "geography.import.reject.longitude-missing", null),
                        tuple(7, "geography.import.reject.longitude-range", "-190"),
                        tuple(8, "geography.import.reject.zero-point", "0,0"),
                        tuple(9, "geography.import.reject.columns", "2"),
                        tuple(11, "geography.import.reject.duplicate", "2"),
                        tuple(12, "geography.import.reject.no-street", "12345"));
    }

    @Test
    void reportsAnUnclosedQuoteAtTheLineWhereItOpens() {
        AddressFile file = read("""
                address,latitude,longitude
                1 Elm St,38.6,-90.5
                "2 Elm St,38.6,-90.5
                3 Elm St,38.6,-90.5
                """);
        assertThat(file.rows()).extracting(AddressRow::address).containsExactly("1 Elm St");
        assertThat(file.rejected())
                .extracting(RejectedRow::line, RejectedRow::reason)
                .containsExactly(tuple(3, "geography.import.reject.unterminated-quote"));
    }

    @Test
    void refusesTheWholeFileWithoutTheNeededHeader() {
        assertThatThrownBy(() -> read("123 Clarkson Rd,38.657,-90.576\n124 Clarkson Rd,38.658,-90.576\n"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("geography.import.error.header"));
        assertThatThrownBy(() -> read("address,latitude\n1 Elm St,38.6\n"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("geography.import.error.header"));
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> read("\n\n"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("geography.import.error.empty"));
    }
}
