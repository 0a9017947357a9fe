package org.precinct.personnel;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Makes the units and employees a test needs, with random codes and DSNs so that tests sharing one database never
 * collide. Works as an HR user whoever the test is signed in as.
 */
class PersonnelFixtures {

    static final LocalDate HIRED = LocalDate.of(2018, 3, 5);

    private final OrgChart orgChart;
    private final EmployeeRecords records;

    PersonnelFixtures(OrgChart orgChart, EmployeeRecords records) {
        this.orgChart = orgChart;
        this.records = records;
    }

    static String randomDsn() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    }

    static String randomSuffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF), 36)
                .toUpperCase();
    }

    /** A new top-level division. */
    long division(String name) {
        return asHr(() -> orgChart.create(new CreateOrgUnitCommand(
                OrgUnitKind.DIVISION, new UnitCode("T" + randomSuffix()), name, name + " (es)", null, null)));
    }

    long unitUnder(long parentId, String name) {
        return asHr(() -> orgChart.create(new CreateOrgUnitCommand(
                OrgUnitKind.UNIT, new UnitCode("T" + randomSuffix()), name, name + " (es)", parentId, null)));
    }

    Dsn officer(String firstName, String lastName, long unitId) {
        return asHr(() -> records.create(new CreateEmployeeCommand(
                new Dsn(randomDsn()),
                new EmployeeProfile(
                        firstName,
                        lastName,
                        Rank.OFFICER,
                        "Patrol Officer",
                        "(636) 555-0199",
                        firstName.toLowerCase() + "." + lastName.toLowerCase() + "@police.example",
                        HIRED),
                EmploymentStatus.ACTIVE,
                unitId)));
    }

    static <T> T asHr(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext hr = SecurityContextHolder.createEmptyContext();
        hr.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "fixtures", null, AuthorityUtils.createAuthorityList("ROLE_HR")));
        SecurityContextHolder.setContext(hr);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
