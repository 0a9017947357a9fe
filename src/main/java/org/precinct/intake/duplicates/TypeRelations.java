package org.precinct.intake.duplicates;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which incident types may describe the same incident (table {@code intake.related_incident_type}, each pair once
 * in either order). Read on every check rather than cached, so that a pair the department adds counts at once on
 * every application node.
 */
@Repository
class TypeRelations {

    private final JdbcClient jdbc;

    TypeRelations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The codes related to {@code code}, in code order; never {@code code} itself. */
    List<String> relatedTo(String code) {
        return jdbc.sql("""
                        select case when incident_type_code = :code then related_code else incident_type_code end
                            as other
                        from intake.related_incident_type
                        where incident_type_code = :code or related_code = :code
                        order by other
                        """).param("code", code).query(String.class).list();
    }
}
