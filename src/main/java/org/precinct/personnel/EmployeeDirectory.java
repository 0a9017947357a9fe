package org.precinct.personnel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Looks employees up for other modules (linking accounts, naming assignees). These lookups are not audited here:
 * the module that shows or uses the result audits its own access.
 */
@Service
public class EmployeeDirectory {

    /** The most results {@link #search} returns, whatever the caller asks for. */
    public static final int MAX_RESULTS = 100;

    private static final String SELECT = """
            select e.id, e.dsn, e.first_name, e.last_name, e.rank, e.email, e.sworn, e.status, u.name_en as unit_name
            from personnel.employee e left join personnel.org_unit u on u.id = e.unit_id
            """;

    private final JdbcClient jdbc;

    EmployeeDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EmployeeSummary> findById(long id) {
        return jdbc.sql(SELECT + " where e.id = :id")
                .param("id", id)
                .query(EmployeeDirectory::summary)
                .optional();
    }

    public Optional<EmployeeSummary> findByDsn(String dsn) {
        return jdbc.sql(SELECT + " where e.dsn = :dsn")
                .param("dsn", dsn == null ? null : dsn.strip())
                .query(EmployeeDirectory::summary)
                .optional();
    }

    /**
     * Employees whose names contain every word of {@code text} (accents and case ignored) or whose DSN starts with
     * it, serving ones first, then by name.
     *
     * @param text what was typed; blank finds nothing
     * @param limit the most results wanted, capped at {@link #MAX_RESULTS}
     */
    public List<EmployeeSummary> search(String text, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        NameFilter filter = NameFilter.of(text);
        return filter.bind(jdbc.sql(SELECT + " where true" + filter.condition()
                        + " order by (e.status = 'INACTIVE'), e.last_name, e.first_name, e.dsn limit :limit"))
                .param("limit", Math.min(limit, MAX_RESULTS))
                .query(EmployeeDirectory::summary)
                .list();
    }

    private static EmployeeSummary summary(ResultSet row, int index) throws SQLException {
        Rank rank = Rank.valueOf(row.getString("rank"));
        return new EmployeeSummary(
                row.getLong("id"),
                row.getString("dsn"),
                rank.prefix(row.getString("first_name") + " " + row.getString("last_name")),
                rank.name(),
                row.getString("email"),
                row.getBoolean("sworn"),
                row.getString("status"),
                row.getString("unit_name"));
    }
}
