package org.precinct.personnel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read side of the module: the org chart, lists and searches of employees, an employee's full record. */
@Component
class PersonnelQueries {

    /** Units in chart order: offices before divisions before bureaus and so on, then in order of creation. */
    static final Comparator<OrgUnitView> CHART_ORDER =
            Comparator.comparing(OrgUnitView::kind).thenComparingLong(OrgUnitView::id);

    private static final String UNIT_VIEW = """
            select u.id, u.kind, u.code, u.name_en, u.name_es, u.parent_id, u.active,
                   c.dsn as commander_dsn, c.first_name as commander_first_name,
                   c.last_name as commander_last_name, c.rank as commander_rank,
                   (select count(*) from personnel.employee m
                     where m.unit_id = u.id and m.status <> 'INACTIVE') as member_count
            from personnel.org_unit u left join personnel.employee c on c.id = u.commander_id
            """;

    private static final String LIST_ENTRY = """
            select e.dsn, e.first_name, e.last_name, e.rank, e.job_title, e.sworn, e.status, e.work_phone, e.email,
                   e.hire_date, u.id as unit_id, u.code as unit_code, u.name_en as unit_name_en, u.name_es as unit_name_es
            from personnel.employee e left join personnel.org_unit u on u.id = e.unit_id
            """;

    /** Depth guard for walks up the tree, far beyond any real organisation. */
    private static final int MAX_DEPTH = 64;

    private final JdbcClient jdbc;

    PersonnelQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OrgUnitView> allUnits() {
        return jdbc.sql(UNIT_VIEW).query(PersonnelQueries::unitView).list().stream()
                .sorted(CHART_ORDER)
                .toList();
    }

    Optional<OrgUnitView> unit(long id) {
        return jdbc.sql(UNIT_VIEW + " where u.id = :id")
                .param("id", id)
                .query(PersonnelQueries::unitView)
                .optional();
    }

    Optional<OrgUnitView> unitByCode(String code) {
        return jdbc.sql(UNIT_VIEW + " where u.code = :code")
                .param("code", code)
                .query(PersonnelQueries::unitView)
                .optional();
    }

    List<OrgUnitView> subUnits(long id) {
        return jdbc
                .sql(UNIT_VIEW + " where u.parent_id = :id")
                .param("id", id)
                .query(PersonnelQueries::unitView)
                .list()
                .stream()
                .sorted(CHART_ORDER)
                .toList();
    }

    /** The org chart as a forest: top-level units with everything under them. */
    List<OrgUnitNode> tree() {
        List<OrgUnitView> units = allUnits();
        Map<Long, List<OrgUnitView>> byParent = new HashMap<>();
        for (OrgUnitView unit : units) {
            byParent.computeIfAbsent(unit.parentId(), parent -> new ArrayList<>())
                    .add(unit);
        }
        return byParent.getOrDefault(null, List.of()).stream()
                .map(root -> node(root, byParent, 0))
                .toList();
    }

    private static OrgUnitNode node(OrgUnitView unit, Map<Long, List<OrgUnitView>> byParent, int depth) {
        List<OrgUnitNode> children = depth >= MAX_DEPTH
                ? List.of()
                : byParent.getOrDefault(unit.id(), List.of()).stream()
                        .map(child -> node(child, byParent, depth + 1))
                        .toList();
        return new OrgUnitNode(unit, children);
    }

    /** The ids of the unit and of every unit above it, the unit itself first. */
    List<Long> lineage(long unitId) {
        return jdbc.sql("""
                        with recursive up (id, parent_id, depth) as (
                            select id, parent_id, 0 from personnel.org_unit where id = :id
                            union all
                            select u.id, u.parent_id, up.depth + 1
                            from personnel.org_unit u join up on u.id = up.parent_id
                            where up.depth < :maxDepth
                        )
                        select id from up order by depth
                        """)
                .param("id", unitId)
                .param("maxDepth", MAX_DEPTH)
                .query(Long.class)
                .list();
    }

    UnitUsage usage(long unitId) {
        return jdbc.sql("""
                        select
                          (select count(*) from personnel.employee
                            where unit_id = :id and status <> 'INACTIVE') as serving_members,
                          (select count(distinct employee_id) from (
                              select id as employee_id from personnel.employee where unit_id = :id
                              union all
                              select employee_id from personnel.assignment where unit_id = :id) members
                          ) as former_members,
                          (select count(*) from personnel.org_unit where parent_id = :id and active) as active_sub_units,
                          (select count(*) from personnel.org_unit where parent_id = :id) as sub_units
                        """)
                .param("id", unitId)
                .query((row, index) -> new UnitUsage(
                        row.getLong("serving_members"),
                        row.getLong("former_members"),
                        row.getLong("active_sub_units"),
                        row.getLong("sub_units")))
                .single();
    }

    List<EmployeeListEntry> members(long unitId) {
        return jdbc.sql(LIST_ENTRY + " where e.unit_id = :unitId order by e.last_name, e.first_name, e.dsn")
                .param("unitId", unitId)
                .query(PersonnelQueries::listEntry)
                .list();
    }

    /** Employees who serve (active or reserve), by name: the candidates for a unit's command. */
    List<EmployeeListEntry> serving() {
        return jdbc.sql(LIST_ENTRY + " where e.status <> 'INACTIVE' order by e.last_name, e.first_name, e.dsn")
                .query(PersonnelQueries::listEntry)
                .list();
    }

    EmployeePage search(EmployeeSearch search) {
        NameFilter filter = NameFilter.of(search.text());
        String where = """
                 where (cast(:unitId as bigint) is null or e.unit_id in (
                          with recursive scope (id, depth) as (
                              select cast(:unitId as bigint), 0
                              union all
                              select u.id, scope.depth + 1
                              from personnel.org_unit u join scope on u.parent_id = scope.id
                              where scope.depth < %d)
                          select id from scope))
                   and (cast(:rank as text) is null or e.rank = :rank)
                   and (cast(:status as text) is null or e.status = :status)
                """.formatted(MAX_DEPTH) + filter.condition();
        long total = filter.bind(jdbc.sql("select count(*) from personnel.employee e" + where))
                .param("unitId", search.unitId())
                .param("rank", search.rank() == null ? null : search.rank().name())
                .param(
                        "status",
                        search.status() == null ? null : search.status().name())
                .query(Long.class)
                .single();
        List<EmployeeListEntry> entries = filter.bind(jdbc.sql(
                        LIST_ENTRY + where + " order by e.last_name, e.first_name, e.dsn limit :limit offset :offset"))
                .param("unitId", search.unitId())
                .param("rank", search.rank() == null ? null : search.rank().name())
                .param(
                        "status",
                        search.status() == null ? null : search.status().name())
                .param("limit", EmployeeSearch.PAGE_SIZE)
                .param("offset", (long) search.page() * EmployeeSearch.PAGE_SIZE)
                .query(PersonnelQueries::listEntry)
                .list();
        return new EmployeePage(entries, search.page(), EmployeeSearch.PAGE_SIZE, total);
    }

    Optional<EmployeeDetails> details(String dsn) {
        record Row(EmployeeListEntry entry, LocalDate hireDate) {}
        Optional<Row> found = jdbc.sql(LIST_ENTRY + " where e.dsn = :dsn")
                .param("dsn", dsn)
                .query((row, index) -> new Row(listEntry(row, index), row.getObject("hire_date", LocalDate.class)))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<AssignmentEntry> assignments = jdbc.sql("""
                        select a.title, a.starts_on, a.ends_on,
                               u.id as unit_id, u.code as unit_code, u.name_en as unit_name_en, u.name_es as unit_name_es
                        from personnel.assignment a
                        join personnel.employee e on e.id = a.employee_id
                        join personnel.org_unit u on u.id = a.unit_id
                        where e.dsn = :dsn
                        order by a.position
                        """)
                .param("dsn", dsn)
                .query((row, index) -> new AssignmentEntry(
                        unitRef(row),
                        row.getString("title"),
                        row.getObject("starts_on", LocalDate.class),
                        row.getObject("ends_on", LocalDate.class)))
                .list();
        EmployeeListEntry e = found.get().entry();
        return Optional.of(new EmployeeDetails(
                e.dsn(),
                e.firstName(),
                e.lastName(),
                e.rank(),
                e.jobTitle(),
                e.sworn(),
                e.status(),
                e.unit(),
                e.workPhone(),
                e.email(),
                found.get().hireDate(),
                assignments));
    }

    private static OrgUnitView unitView(ResultSet row, int index) throws SQLException {
        String commanderDsn = row.getString("commander_dsn");
        EmployeeRef commander = commanderDsn == null
                ? null
                : new EmployeeRef(
                        commanderDsn,
                        row.getString("commander_first_name"),
                        row.getString("commander_last_name"),
                        Rank.valueOf(row.getString("commander_rank")));
        return new OrgUnitView(
                row.getLong("id"),
                OrgUnitKind.valueOf(row.getString("kind")),
                row.getString("code"),
                row.getString("name_en"),
                row.getString("name_es"),
                row.getObject("parent_id", Long.class),
                row.getBoolean("active"),
                commander,
                row.getLong("member_count"));
    }

    private static EmployeeListEntry listEntry(ResultSet row, int index) throws SQLException {
        return new EmployeeListEntry(
                row.getString("dsn"),
                row.getString("first_name"),
                row.getString("last_name"),
                Rank.valueOf(row.getString("rank")),
                row.getString("job_title"),
                row.getBoolean("sworn"),
                EmploymentStatus.valueOf(row.getString("status")),
                row.getObject("unit_id") == null ? null : unitRef(row),
                row.getString("work_phone"),
                row.getString("email"));
    }

    private static UnitRef unitRef(ResultSet row) throws SQLException {
        return new UnitRef(
                row.getLong("unit_id"),
                row.getString("unit_code"),
                row.getString("unit_name_en"),
                row.getString("unit_name_es"));
    }
}
