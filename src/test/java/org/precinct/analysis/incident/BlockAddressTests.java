package org.precinct.analysis.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.precinct.records.NibrsUcrOffense;

class BlockAddressTests {

    @Test
    void aHouseNumberBecomesItsHundredBlock() {
        assertThat(BlockAddress.of("1234 Main St")).isEqualTo("1200 BLOCK MAIN ST");
        assertThat(BlockAddress.of("  99   elm  avenue ")).isEqualTo("0 BLOCK ELM AVENUE");
        assertThat(BlockAddress.of("2932 S JOSEPHINE ST")).isEqualTo("2900 BLOCK S JOSEPHINE ST");
        assertThat(BlockAddress.of("12B Oak Rd")).isEqualTo("0 BLOCK OAK RD");
    }

    @Test
    void blocksStayBlocksWhateverTheSpelling() {
        assertThat(BlockAddress.of("2100 BLOCK E 17TH AVE")).isEqualTo("2100 BLOCK E 17TH AVE");
        assertThat(BlockAddress.of("3456 BLK N WYANDOT ST")).isEqualTo("3400 BLOCK N WYANDOT ST");
    }

    @Test
    void intersectionsAndNamedPlacesAreKept() {
        assertThat(BlockAddress.of("E SPEER BLVD / N GRANT ST")).isEqualTo("E SPEER BLVD / N GRANT ST");
        assertThat(BlockAddress.of("Union Station")).isEqualTo("UNION STATION");
        assertThat(BlockAddress.of("  ")).isNull();
        assertThat(BlockAddress.of(null)).isNull();
    }

    @Test
    void sexOffensesAreSensitiveWhateverTheSourceSays() {
        assertThat(SensitiveOffenses.sensitive(NibrsUcrOffense.RAPE, false)).isTrue();
        assertThat(SensitiveOffenses.sensitive(NibrsUcrOffense.FONDLING, false)).isTrue();
        assertThat(SensitiveOffenses.sensitive(NibrsUcrOffense.THEFT_FROM_MOTOR_VEHICLE, false))
                .isFalse();
        assertThat(SensitiveOffenses.sensitive(NibrsUcrOffense.SIMPLE_ASSAULT, true))
                .isTrue();
    }
}
