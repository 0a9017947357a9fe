package org.precinct.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.springframework.beans.factory.annotation.Autowired;

@PrecinctTest
class EmployeeDirectoryTests {

    @Autowired
    EmployeeDirectory directory;

    @Autowired
    OrgChart orgChart;

    @Autowired
    EmployeeRecords records;

    @Test
    void findsEmployeesByAnyPartOfTheirNameIgnoringAccentsOrByTheStartOfTheirDsn() {
        PersonnelFixtures fixtures = new PersonnelFixtures(orgChart, records);
        String suffix = PersonnelFixtures.randomSuffix().toLowerCase();
        long unit = fixtures.division("Directory Division " + suffix);
        Dsn dsn = fixtures.officer("Zoë", "Ibáñez" + suffix, unit);
        fixtures.officer("Zachary", "Ibanez" + suffix, unit);

        assertThat(directory.search("ibanez" + suffix, 10))
                .extracting(EmployeeSummary::displayName)
                .containsExactly("Ofc. Zachary Ibanez" + suffix, "Ofc. Zoë Ibáñez" + suffix);
        assertThat(directory.search("zoe IBÁÑEZ" + suffix, 10)).singleElement().satisfies(summary -> {
            assertThat(summary.dsn()).isEqualTo(dsn.value());
            assertThat(summary.unitName()).isEqualTo("Directory Division " + suffix);
            assertThat(summary.status()).isEqualTo("ACTIVE");
        });
        assertThat(directory.search(dsn.value(), 10))
                .extracting(EmployeeSummary::dsn)
                .contains(dsn.value());
        assertThat(directory.search("ibanez" + suffix, 1)).hasSize(1);
        assertThat(directory.search("  ", 10)).isEmpty();
        assertThat(directory.search("100%_", 10)).isEmpty();
    }

    @Test
    void looksUpByIdAndDsn() {
        PersonnelFixtures fixtures = new PersonnelFixtures(orgChart, records);
        long unit = fixtures.division("Lookup Division " + PersonnelFixtures.randomSuffix());
        Dsn dsn = fixtures.officer("Lena", "Lookup", unit);

        EmployeeSummary byDsn = directory.findByDsn(dsn.value()).orElseThrow();
        assertThat(directory.findById(byDsn.id())).contains(byDsn);
        assertThat(byDsn.email()).isEqualTo("lena.lookup@police.example");
        assertThat(byDsn.rank()).isEqualTo("OFFICER");
        assertThat(directory.findByDsn("999")).isEmpty();
    }
}
