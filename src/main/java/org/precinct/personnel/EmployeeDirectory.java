package org.precinct.personnel;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Looks employees up for other modules (linking accounts, naming assignees). */
@Service
public class EmployeeDirectory {

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
                .param("dsn", dsn)
                .query(EmployeeDirectory::summary)
                .optional();
    }

    private static EmployeeSummary summary(java.sql.ResultSet row, int index) throws java.sql.SQLException {
        return new EmployeeSummary(
                row.getLong("id"),
                row.getString("dsn"),
                row.getString("first_name") + " " + row.getString("last_name"),
                row.getString("rank"),
                row.getString("email"),
                row.getBoolean("sworn"),
                row.getString("status"),
                row.getString("unit_name"));
    }
}
