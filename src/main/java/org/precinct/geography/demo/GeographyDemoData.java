package org.precinct.geography.demo;

import java.io.StringReader;
import org.precinct.geography.BeatDefinition;
import org.precinct.geography.Boundaries;
import org.precinct.geography.Jurisdiction;
import org.precinct.geography.JurisdictionDefinition;
import org.precinct.geography.addresses.AddressImport;
import org.precinct.geography.addresses.AddressImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo map (see {@link DemoStreetGrid}): the two jurisdictions, their seven beats and the address index,
 * the addresses through the same CSV import an administrator uses. Skips whatever is already there, so restarting
 * changes nothing and boundaries edited since are kept.
 */
@Component
@ConditionalOnProperty(name = "precinct.demo.enabled", havingValue = "true")
@Order(5)
class GeographyDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GeographyDemoData.class);

    private final Boundaries boundaries;
    private final AddressImport addressImport;

    GeographyDemoData(Boundaries boundaries, AddressImport addressImport) {
        this.boundaries = boundaries;
        this.addressImport = addressImport;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        DemoStreetGrid grid = DemoStreetGrid.generate();
        for (JurisdictionDefinition jurisdiction : grid.jurisdictions()) {
            if (boundaries.findJurisdiction(jurisdiction.code()).isEmpty()) {
                boundaries.defineJurisdiction(jurisdiction);
            }
        }
        for (BeatDefinition beat : grid.beats()) {
            if (boundaries.findBeat(beat.code()).isEmpty()) {
                boundaries.defineBeat(beat);
            }
        }
        long indexed = boundaries
                .findJurisdiction(DemoStreetGrid.CITY)
                .map(Jurisdiction::addresses)
                .orElse(0L);
        if (indexed == 0) {
            AddressImportReport report = addressImport.importCsv(new StringReader(grid.csv()));
            log.info(
                    "Demo address index loaded: {} addresses, {} rows rejected",
                    report.accepted(),
                    report.rejected().size());
        }
    }
}
