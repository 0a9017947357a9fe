package org.precinct.personnel.demo;

import static org.precinct.personnel.Rank.CAPTAIN;
import static org.precinct.personnel.Rank.CHIEF;
import static org.precinct.personnel.Rank.CIVILIAN;
import static org.precinct.personnel.Rank.CORPORAL;
import static org.precinct.personnel.Rank.DETECTIVE;
import static org.precinct.personnel.Rank.LIEUTENANT;
import static org.precinct.personnel.Rank.OFFICER;
import static org.precinct.personnel.Rank.RESERVE_OFFICER;
import static org.precinct.personnel.Rank.SERGEANT;
import static org.precinct.personnel.StandardUnit.ACCREDITATION;
import static org.precinct.personnel.StandardUnit.ADMINISTRATION_BUREAU;
import static org.precinct.personnel.StandardUnit.CLARKSON_VALLEY;
import static org.precinct.personnel.StandardUnit.CODE_ENFORCEMENT;
import static org.precinct.personnel.StandardUnit.COMMUNICATIONS;
import static org.precinct.personnel.StandardUnit.COMMUNITY_AFFAIRS;
import static org.precinct.personnel.StandardUnit.COMMUNITY_ENGAGEMENT_BUREAU;
import static org.precinct.personnel.StandardUnit.CRIME_ANALYSIS;
import static org.precinct.personnel.StandardUnit.CRIMINAL_INVESTIGATION;
import static org.precinct.personnel.StandardUnit.ELEMENTARY_SRO;
import static org.precinct.personnel.StandardUnit.FLEET_MAINTENANCE;
import static org.precinct.personnel.StandardUnit.HUMAN_RESOURCES;
import static org.precinct.personnel.StandardUnit.INTERNAL_AFFAIRS;
import static org.precinct.personnel.StandardUnit.MEDIA_RELATIONS;
import static org.precinct.personnel.StandardUnit.OFFICE_OF_THE_CHIEF;
import static org.precinct.personnel.StandardUnit.OPERATIONAL_SUPPORT;
import static org.precinct.personnel.StandardUnit.PATROL;
import static org.precinct.personnel.StandardUnit.PERSONNEL;
import static org.precinct.personnel.StandardUnit.POLICE_OPERATIONS;
import static org.precinct.personnel.StandardUnit.PROFESSIONAL_RESPONSIBILITY;
import static org.precinct.personnel.StandardUnit.PROPERTY;
import static org.precinct.personnel.StandardUnit.RECORDS;
import static org.precinct.personnel.StandardUnit.RECORDS_BUREAU;
import static org.precinct.personnel.StandardUnit.SCHOOL_RESOURCE;
import static org.precinct.personnel.StandardUnit.SPECIAL_OPERATIONS;
import static org.precinct.personnel.StandardUnit.TRAFFIC_SAFETY;
import static org.precinct.personnel.StandardUnit.TRAINING;
import static org.precinct.personnel.StandardUnit.TRAINING_COORDINATION;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.precinct.personnel.CreateEmployeeCommand;
import org.precinct.personnel.Dsn;
import org.precinct.personnel.EmployeeDirectory;
import org.precinct.personnel.EmployeeProfile;
import org.precinct.personnel.EmployeeRecords;
import org.precinct.personnel.EmploymentStatus;
import org.precinct.personnel.OrgChart;
import org.precinct.personnel.OrgUnitView;
import org.precinct.personnel.Rank;
import org.precinct.personnel.StandardUnit;
import org.precinct.personnel.TransferEmployeeCommand;
import org.precinct.personnel.UnitCode;
import org.precinct.personnel.UpdateOrgUnitCommand;
import org.precinct.shared.PrecinctProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo department's organisation (the {@link StandardUnit standard one}) and about ninety invented employees
 * with commanders and assignment histories. DSNs 1001 to 1015 belong to the people behind the demo accounts, which
 * the identity module links by DSN. Runs first of the demo loaders and skips whatever already exists.
 */
@Component
@ConditionalOnProperty(name = "precinct.demo.enabled", havingValue = "true")
@Order(10)
class PersonnelDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PersonnelDemoData.class);

    /** The name the demo loader acts under, so that its work is attributed in the audit trail. */
    private static final String LOADER = "demo-data";

    private final OrgChart orgChart;
    private final EmployeeRecords records;
    private final EmployeeDirectory directory;
    private final PrecinctProperties properties;

    PersonnelDemoData(
            OrgChart orgChart, EmployeeRecords records, EmployeeDirectory directory, PrecinctProperties properties) {
        this.orgChart = orgChart;
        this.records = records;
        this.directory = directory;
        this.properties = properties;
    }

    /**
     * One demo employee.
     *
     * @param startedIn where a sworn member began, usually patrol; {@code null} when they began where they are
     */
    record Person(
            String dsn,
            String firstName,
            String lastName,
            Rank rank,
            String title,
            StandardUnit unit,
            EmploymentStatus status,
            LocalDate hired,
            StandardUnit startedIn) {

        String email() {
            return simplified(firstName) + "." + simplified(lastName) + "@police.example";
        }

        String phone() {
            return "(636) 555-" + String.format(Locale.ROOT, "%04d", Integer.parseInt(dsn) - 901);
        }

        private static String simplified(String name) {
            return Normalizer.normalize(name, Normalizer.Form.NFD)
                    .replaceAll("[^A-Za-z]", "")
                    .toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext loader = SecurityContextHolder.createEmptyContext();
        loader.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                LOADER, null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        SecurityContextHolder.setContext(loader);
        try {
            load();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void load() {
        int units = orgChart.isEmpty() ? orgChart.createStandardOrganisation() : 0;
        LocalDate today = LocalDate.now(properties.timeZone());
        int hired = 0;
        for (Person person : people()) {
            if (directory.findByDsn(person.dsn()).isEmpty() && hire(person, today)) {
                hired++;
            }
        }
        int commanders = 0;
        for (Map.Entry<StandardUnit, String> command : commanders().entrySet()) {
            if (assignCommander(command.getKey(), command.getValue())) {
                commanders++;
            }
        }
        log.info("Demo personnel: {} units, {} employees and {} commanders added", units, hired, commanders);
    }

    private boolean hire(Person person, LocalDate today) {
        Optional<OrgUnitView> unit = orgChart.findByCode(person.unit().code());
        if (unit.isEmpty()) {
            log.warn(
                    "Demo employee {} skipped: unit {} is missing",
                    person.dsn(),
                    person.unit().code());
            return false;
        }
        LocalDate transferred = person.hired().plusYears(4);
        Optional<OrgUnitView> firstUnit = person.startedIn() == null || !transferred.isBefore(today)
                ? Optional.empty()
                : orgChart.findByCode(person.startedIn().code());
        String firstTitle = firstUnit.isPresent() ? "Patrol Officer" : person.title();
        EmployeeProfile profile = new EmployeeProfile(
                person.firstName(),
                person.lastName(),
                person.rank(),
                firstTitle,
                person.phone(),
                person.email(),
                person.hired());
        Dsn dsn = records.create(new CreateEmployeeCommand(
                new Dsn(person.dsn()),
                profile,
                person.status(),
                firstUnit.orElse(unit.get()).id()));
        if (firstUnit.isPresent()) {
            records.transfer(dsn, new TransferEmployeeCommand(unit.get().id(), transferred, person.title()));
        }
        return true;
    }

    private boolean assignCommander(StandardUnit standard, String dsn) {
        Optional<OrgUnitView> found = orgChart.findByCode(standard.code());
        if (found.isEmpty()
                || found.get().commander() != null
                || directory.findByDsn(dsn).isEmpty()) {
            return false;
        }
        OrgUnitView unit = found.get();
        orgChart.update(
                unit.id(),
                new UpdateOrgUnitCommand(
                        new UnitCode(unit.code()), unit.nameEn(), unit.nameEs(), unit.parentId(), new Dsn(dsn)));
        return true;
    }

    static Map<StandardUnit, String> commanders() {
        Map<StandardUnit, String> commanders = new EnumMap<>(StandardUnit.class);
        commanders.put(OFFICE_OF_THE_CHIEF, "1002");
        commanders.put(PROFESSIONAL_RESPONSIBILITY, "1019");
        commanders.put(HUMAN_RESOURCES, "1012");
        commanders.put(INTERNAL_AFFAIRS, "1007");
        commanders.put(MEDIA_RELATIONS, "1015");
        commanders.put(TRAINING_COORDINATION, "1079");
        commanders.put(POLICE_OPERATIONS, "1016");
        commanders.put(PATROL, "1023");
        commanders.put(SPECIAL_OPERATIONS, "1017");
        commanders.put(CRIMINAL_INVESTIGATION, "1027");
        commanders.put(TRAFFIC_SAFETY, "1028");
        commanders.put(OPERATIONAL_SUPPORT, "1018");
        commanders.put(RECORDS_BUREAU, "1020");
        commanders.put(RECORDS, "1087");
        commanders.put(COMMUNICATIONS, "1077");
        commanders.put(CRIME_ANALYSIS, "1006");
        commanders.put(CLARKSON_VALLEY, "1029");
        commanders.put(ADMINISTRATION_BUREAU, "1021");
        commanders.put(PROPERTY, "1009");
        commanders.put(FLEET_MAINTENANCE, "1010");
        commanders.put(TRAINING, "1011");
        commanders.put(CODE_ENFORCEMENT, "1008");
        commanders.put(PERSONNEL, "1091");
        commanders.put(ACCREDITATION, "1092");
        commanders.put(COMMUNITY_ENGAGEMENT_BUREAU, "1022");
        commanders.put(COMMUNITY_AFFAIRS, "1013");
        commanders.put(SCHOOL_RESOURCE, "1014");
        commanders.put(ELEMENTARY_SRO, "1068");
        return commanders;
    }

    /** Everyone, in DSN order. */
    static List<Person> people() {
        Roster roster = new Roster();
        // The people behind the demo accounts.
        roster.add("1001", "Karen Whitfield", CIVILIAN, "Systems Administrator", ADMINISTRATION_BUREAU, 2012, null);
        roster.add("1002", "Raymond Ortega", CHIEF, "Chief of Police", OFFICE_OF_THE_CHIEF, 1996, PATROL);
        roster.add("1003", "Ana Ruiz", SERGEANT, "Patrol Sergeant", PATROL, 2008, null);
        roster.add("1004", "Marcus Bell", OFFICER, "Patrol Officer", PATROL, 2019, null);
        roster.add("1005", "Linda Nguyen", CIVILIAN, "Records Clerk", RECORDS, 2014, null);
        roster.add("1006", "Priya Raman", CIVILIAN, "Crime Analyst", CRIME_ANALYSIS, 2017, null);
        roster.add(
                "1007", "Thomas Kowalski", LIEUTENANT, "Internal Affairs Investigator", INTERNAL_AFFAIRS, 2001, PATROL);
        roster.add("1008", "Denise Carter", CIVILIAN, "Code Enforcement Officer", CODE_ENFORCEMENT, 2015, null);
        roster.add("1009", "Gregory Holt", CIVILIAN, "Property Custodian", PROPERTY, 2010, null);
        roster.add("1010", "Luis Mendoza", CIVILIAN, "Fleet Manager", FLEET_MAINTENANCE, 2009, null);
        roster.add("1011", "Erin Gallagher", SERGEANT, "Training Coordinator", TRAINING, 2006, PATROL);
        roster.add("1012", "Monica Reyes", CIVILIAN, "Human Resources Specialist", HUMAN_RESOURCES, 2013, null);
        roster.add("1013", "Darnell Hayes", OFFICER, "Community Affairs Officer", COMMUNITY_AFFAIRS, 2011, PATROL);
        roster.add("1014", "Jessica Park", OFFICER, "School Resource Officer", SCHOOL_RESOURCE, 2015, PATROL);
        roster.add("1015", "Brian O'Connell", OFFICER, "Public Information Officer", MEDIA_RELATIONS, 2010, PATROL);
        // Command staff.
        roster.add("1016", "Daniel Brooks", CAPTAIN, "Division Commander", POLICE_OPERATIONS, 1999, PATROL);
        roster.add("1017", "Sandra Jimenez", CAPTAIN, "Division Commander", SPECIAL_OPERATIONS, 2000, PATROL);
        roster.add("1018", "Michael Dunleavy", CAPTAIN, "Division Commander", OPERATIONAL_SUPPORT, 2001, PATROL);
        roster.add(
                "1019",
                "Patricia Lawson",
                LIEUTENANT,
                "Commander, Professional Responsibility",
                PROFESSIONAL_RESPONSIBILITY,
                2003,
                PATROL);
        roster.add("1020", "Kevin Schultz", LIEUTENANT, "Bureau Commander", RECORDS_BUREAU, 2004, PATROL);
        roster.add("1021", "Angela Ward", LIEUTENANT, "Bureau Commander", ADMINISTRATION_BUREAU, 2005, PATROL);
        roster.add("1022", "Victor Salazar", LIEUTENANT, "Bureau Commander", COMMUNITY_ENGAGEMENT_BUREAU, 2005, PATROL);
        roster.add("1023", "James Murphy", LIEUTENANT, "Patrol Watch Commander", PATROL, 2004, null);
        // Sergeants and corporals.
        roster.add("1024", "Jamal Washington", SERGEANT, "Patrol Sergeant", PATROL, 2009, null);
        roster.add("1025", "Heather Lindqvist", SERGEANT, "Patrol Sergeant", PATROL, 2010, null);
        roster.add("1026", "Omar Haddad", SERGEANT, "Patrol Sergeant", PATROL, 2011, null);
        roster.add(
                "1027",
                "Christopher Yates",
                SERGEANT,
                "Investigations Supervisor",
                CRIMINAL_INVESTIGATION,
                2007,
                PATROL);
        roster.add("1028", "Teresa Morales", SERGEANT, "Traffic Supervisor", TRAFFIC_SAFETY, 2009, PATROL);
        roster.add("1029", "Robert Pham", SERGEANT, "Clarkson Valley Supervisor", CLARKSON_VALLEY, 2008, PATROL);
        roster.add("1030", "Tyler Grant", CORPORAL, "Patrol Corporal", PATROL, 2013, null);
        roster.add("1031", "Maria Santos", CORPORAL, "Patrol Corporal", PATROL, 2014, null);
        roster.add("1032", "Derek Olsen", CORPORAL, "Traffic Corporal", TRAFFIC_SAFETY, 2012, PATROL);
        // Detectives.
        roster.add("1033", "Samuel Adeyemi", DETECTIVE, "Detective", CRIMINAL_INVESTIGATION, 2010, PATROL);
        roster.add("1034", "Laura Chen", DETECTIVE, "Detective", CRIMINAL_INVESTIGATION, 2012, PATROL);
        roster.add("1035", "Nicholas Russo", DETECTIVE, "Detective", CRIMINAL_INVESTIGATION, 2013, PATROL);
        roster.add("1036", "Yolanda Price", DETECTIVE, "Detective", CRIMINAL_INVESTIGATION, 2014, PATROL);
        roster.add("1037", "Ethan Webb", DETECTIVE, "Detective", CRIMINAL_INVESTIGATION, 2015, PATROL);
        // Patrol officers, from DSN 1038.
        String[] patrol = {
            "Kyle Anderson", "Sofia Herrera", "Jordan Ellis", "Brandon Kim", "Alicia Thompson", "Mateo Gutiérrez",
            "Ryan O'Neill", "Hannah Becker", "DeShawn Harris", "Emily Sorensen", "Antonio Silva", "Megan Clarke",
            "Isaiah Robinson", "Vanessa Cruz", "Justin Hoffman", "Lauren Petrov", "Andre Jackson", "Kayla Martin",
            "Nathan Cho", "Adriana Flores", "Cody Reynolds", "Brianna Lewis", "Trevor Mack", "Gabriela Ortiz",
            "Sean Whitaker", "Monique Davis", "Logan Hartmann", "Elena Vásquez"
        };
        for (int i = 0; i < patrol.length; i++) {
            roster.next(patrol[i], OFFICER, "Patrol Officer", PATROL, 2012 + i % 13, null);
        }
        // Officers in specialised units, all of whom began in patrol, from DSN 1066.
        roster.next("Travis Coleman", OFFICER, "Traffic Officer", TRAFFIC_SAFETY, 2013, PATROL);
        roster.next("Rosa Domínguez", OFFICER, "Traffic Officer", TRAFFIC_SAFETY, 2015, PATROL);
        roster.next("Amy Lindgren", OFFICER, "Elementary School Resource Officer", ELEMENTARY_SRO, 2012, PATROL);
        roster.next("Rafael Castillo", OFFICER, "Elementary School Resource Officer", ELEMENTARY_SRO, 2014, PATROL);
        roster.next("Courtney Bishop", OFFICER, "Elementary School Resource Officer", ELEMENTARY_SRO, 2016, PATROL);
        roster.next("Blake Sutton", OFFICER, "Traffic Officer", TRAFFIC_SAFETY, 2016, PATROL);
        roster.next("Keisha Wright", OFFICER, "Traffic Officer", TRAFFIC_SAFETY, 2017, PATROL);
        roster.next("Connor Walsh", OFFICER, "Contract City Officer", CLARKSON_VALLEY, 2014, PATROL);
        roster.next("Lucía Navarro", OFFICER, "Contract City Officer", CLARKSON_VALLEY, 2015, PATROL);
        roster.next("Dmitri Volkov", OFFICER, "Contract City Officer", CLARKSON_VALLEY, 2016, PATROL);
        roster.next("Tiffany Greene", OFFICER, "Contract City Officer", CLARKSON_VALLEY, 2018, PATROL);
        roster.next("Lisa Ferraro", OFFICER, "Communications Liaison Officer", COMMUNICATIONS, 2011, PATROL);
        roster.next("Jared Pollard", OFFICER, "School Resource Officer", SCHOOL_RESOURCE, 2013, PATROL);
        roster.next("Melissa Grady", OFFICER, "POST Training Coordinator", TRAINING_COORDINATION, 2010, PATROL);
        roster.next("Camila Rojas", OFFICER, "School Resource Officer", SCHOOL_RESOURCE, 2016, PATROL);
        roster.next("Derrick Simmons", OFFICER, "School Resource Officer", SCHOOL_RESOURCE, 2017, PATROL);
        roster.next("Yvonne Baptiste", OFFICER, "Community Affairs Officer", COMMUNITY_AFFAIRS, 2014, PATROL);
        roster.next("Peter Nakamura", OFFICER, "Community Affairs Officer", COMMUNITY_AFFAIRS, 2015, PATROL);
        roster.next("Scott Morrison", OFFICER, "Firearms Instructor", TRAINING, 2011, PATROL);
        roster.next("Gary Lund", OFFICER, "Evidence Officer", PROPERTY, 2012, PATROL);
        roster.next("Curtis Boyd", OFFICER, "Background Investigator", HUMAN_RESOURCES, 2012, PATROL);
        // Civilian staff, from DSN 1087.
        roster.next("Sharon Mitchell", CIVILIAN, "Records Supervisor", RECORDS, 2005, null);
        roster.next("Kim Tran", CIVILIAN, "Records Clerk", RECORDS, 2016, null);
        roster.next("Beatriz Álvarez", CIVILIAN, "Records Clerk and Call-Taker", RECORDS, 2019, null);
        roster.next("Carlos Vega", CIVILIAN, "Code Enforcement Officer", CODE_ENFORCEMENT, 2018, null);
        roster.next("Stephanie Moore", CIVILIAN, "Personnel Coordinator", PERSONNEL, 2011, null);
        roster.next("Andrea Novak", CIVILIAN, "Accreditation Manager", ACCREDITATION, 2009, null);
        roster.next("Rebecca Lyons", CIVILIAN, "Evidence Technician", PROPERTY, 2018, null);
        roster.next("Héctor Ramírez", CIVILIAN, "Fleet Mechanic", FLEET_MAINTENANCE, 2014, null);
        roster.next("Aaron Fischer", CIVILIAN, "Fleet and Technology Technician", FLEET_MAINTENANCE, 2020, null);
        roster.next("Diane Kaplan", CIVILIAN, "Executive Assistant to the Chief", OFFICE_OF_THE_CHIEF, 2007, null);
        roster.next("Helen Okafor", CIVILIAN, "Crime Analyst", CRIME_ANALYSIS, 2021, null);
        // Reserve officers, and a retired officer whose record stays.
        roster.next("Walter Hughes", RESERVE_OFFICER, "Reserve Officer", PATROL, 2018, null)
                .withStatus(EmploymentStatus.RESERVE);
        roster.next("Gina Rossi", RESERVE_OFFICER, "Reserve Officer", PATROL, 2020, null)
                .withStatus(EmploymentStatus.RESERVE);
        roster.next("Frank Delgado", OFFICER, "Patrol Officer (retired)", PATROL, 1992, null)
                .withStatus(EmploymentStatus.INACTIVE);
        return roster.people();
    }

    /** Collects the demo people; spreads hire dates over the year so that they do not all start on one day. */
    private static final class Roster {

        private final List<Entry> entries = new ArrayList<>();

        private static final class Entry {
            private final String dsn;
            private final String name;
            private final Rank rank;
            private final String title;
            private final StandardUnit unit;
            private final int year;
            private final StandardUnit startedIn;
            private EmploymentStatus status = EmploymentStatus.ACTIVE;

            private Entry(
                    String dsn,
                    String name,
                    Rank rank,
                    String title,
                    StandardUnit unit,
                    int year,
                    StandardUnit startedIn) {
                this.dsn = dsn;
                this.name = name;
                this.rank = rank;
                this.title = title;
                this.unit = unit;
                this.year = year;
                this.startedIn = startedIn;
            }

            void withStatus(EmploymentStatus newStatus) {
                this.status = newStatus;
            }
        }

        Entry add(
                String dsn, String name, Rank rank, String title, StandardUnit unit, int year, StandardUnit startedIn) {
            Entry entry = new Entry(dsn, name, rank, title, unit, year, startedIn);
            entries.add(entry);
            return entry;
        }

        /** Adds someone with the DSN after the one added last. */
        Entry next(String name, Rank rank, String title, StandardUnit unit, int year, StandardUnit startedIn) {
            String dsn = String.valueOf(Integer.parseInt(entries.get(entries.size() - 1).dsn) + 1);
            return add(dsn, name, rank, title, unit, year, startedIn);
        }

        List<Person> people() {
            List<Person> people = new ArrayList<>();
            for (Entry entry : entries) {
                int n = Integer.parseInt(entry.dsn);
                int space = entry.name.indexOf(' ');
                people.add(new Person(
                        entry.dsn,
                        entry.name.substring(0, space),
                        entry.name.substring(space + 1),
                        entry.rank,
                        entry.title,
                        entry.unit,
                        entry.status,
                        LocalDate.of(entry.year, 1 + n * 5 % 12, 1 + n * 11 % 28),
                        entry.startedIn));
            }
            return people;
        }
    }
}
