package org.precinct.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.geography.addresses.AddressImport;
import org.precinct.geography.addresses.AddressImportReport;
import org.precinct.geography.addresses.RejectedRow;
import org.precinct.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;

@PrecinctTest
class AddressImportTests {

    @Autowired
    AddressImport addressImport;

    @Autowired
    Boundaries boundaries;

    @Autowired
    Geocoder geocoder;

    private TestTerritory territory;
    private String street;

    @BeforeEach
    void territory() {
        territory = TestTerritory.create(boundaries);
        street = "Aspen " + territory.suffix() + " Dr";
    }

    @Test
    void importsTheGoodRowsPlacedInTheirBeatsAndReportsTheBadOnesByLine() {
        AddressImportReport report = territory.importRows(
                addressImport,
                territory.row("10 " + street, 100, 200),
                "\"12 " + street + "\",north,-100.5\n",
                territory.row("14 " + street, 100, 1_800),
                territory.row("", 100, 300));

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.updated()).isZero();
        assertThat(report.rejected())
                .extracting(RejectedRow::line, RejectedRow::reason, RejectedRow::value)
                .containsExactly(
                        tuple(3, "geography.import.reject.latitude-invalid", "north"),
                        tuple(5, "geography.import.reject.address-missing", null));
        assertThat(geocoder.geocode("10 " + street)).first().satisfies(match -> {
            assertThat(match.kind()).isEqualTo(MatchKind.EXACT);
            assertThat(match.beatCode()).isEqualTo(territory.westBeat());
            assertThat(match.jurisdictionCode()).isEqualTo(territory.jurisdictionCode());
        });
        assertThat(geocoder.geocode("14 " + street))
                .first()
                .satisfies(match -> assertThat(match.beatCode()).isEqualTo(territory.eastBeat()));
        assertThat(geocoder.geocode("12 " + street)).noneMatch(match -> match.kind() == MatchKind.EXACT);
        assertThat(beat(territory.westBeat()).addresses()).isEqualTo(1);
        assertThat(beat(territory.eastBeat()).addresses()).isEqualTo(1);
    }

    @Test
    void movesAnAddressImportedAgainAndLeavesAnUnchangedOneAlone() {
        territory.importRows(
                addressImport, territory.row("20 " + street, 100, 200), territory.row("22 " + street, 150, 200));

        AddressImportReport again = territory.importRows(
                addressImport,
                territory.row("20 " + street.toUpperCase(), 100, 1_700),
                territory.row("22 " + street, 150, 200),
                territory.row("24 " + street, 200, 200));

        assertThat(again.imported()).isEqualTo(1);
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(geocoder.geocode("20 " + street)).first().satisfies(match -> {
            assertThat(match.address()).isEqualTo("20 " + street.toUpperCase());
            assertThat(match.point().metresTo(territory.at(100, 1_700))).isLessThan(0.1);
            assertThat(match.beatCode()).isEqualTo(territory.eastBeat());
        });
    }

    @Test
    void changesNothingWhenTheFileLacksItsHeader() {
        territory.importRows(addressImport, territory.row("30 " + street, 100, 200));
        String withoutHeader = territory.row("30 " + street, 100, 1_900) + territory.row("32 " + street, 100, 300);

        assertThatThrownBy(() -> addressImport.importCsv(
                        new ByteArrayInputStream(withoutHeader.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("geography.import.error.header"));

        assertThat(geocoder.geocode("30 " + street))
                .first()
                .satisfies(match -> assertThat(match.point().metresTo(territory.at(100, 200)))
                        .isLessThan(0.1));
        assertThat(geocoder.geocode("32 " + street)).noneMatch(match -> match.kind() == MatchKind.EXACT);
        assertThat(beat(territory.westBeat()).addresses()).isEqualTo(1);
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] latin1 = ("address,latitude,longitude\n" + territory.row("40 Caña " + street, 100, 200))
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> addressImport.importCsv(new ByteArrayInputStream(latin1)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("geography.import.error.unreadable"));
    }

    @Test
    void keepsAddressesOutsideEveryJurisdictionWithoutBeat() {
        AddressImportReport report = territory.importRows(addressImport, territory.row("50 " + street, -2_000, -2_000));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.outsideJurisdictions()).isEqualTo(1);
        assertThat(geocoder.geocode("50 " + street)).first().satisfies(match -> {
            assertThat(match.beatCode()).isNull();
            assertThat(match.jurisdictionCode()).isNull();
        });
    }

    @Test
    void placesAddressesAgainWhenABoundaryChanges() {
        territory.importRows(addressImport, territory.row("60 " + street, 100, 900));
        assertThat(geocoder.geocode("60 " + street).get(0).beatCode()).isEqualTo(territory.westBeat());

        // The east beat takes over the strip from 800 to 1000 m east.
        boundaries.defineBeat(new BeatDefinition(
                territory.westBeat(),
                "West " + territory.suffix(),
                territory.jurisdictionCode(),
                territory.rectangle(0, 800)));
        boundaries.defineBeat(new BeatDefinition(
                territory.eastBeat(),
                "East " + territory.suffix(),
                territory.jurisdictionCode(),
                territory.rectangle(800, TestTerritory.SIZE_METRES)));

        assertThat(geocoder.geocode("60 " + street).get(0).beatCode()).isEqualTo(territory.eastBeat());
        assertThat(beat(territory.eastBeat()).addresses()).isEqualTo(1);
        assertThat(beat(territory.westBeat()).addresses()).isZero();
    }

    private Beat beat(String code) {
        return boundaries.findBeat(code).orElseThrow();
    }
}
