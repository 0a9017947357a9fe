package org.precinct.geography;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.geography.addresses.AddressPlacement;
import org.precinct.shared.NoSuchRecordException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jurisdictions and patrol beats: defines them and tells what they are.
 *
 * <p>Whenever a boundary changes, the addresses it gains or loses are placed again, so an address's beat and
 * jurisdiction always follow the current polygons.
 *
 * <p>Written with SQL rather than as Spring Data aggregates because PostgreSQL's geometric types have no Spring
 * Data mapping; the rules of a definition live in {@link JurisdictionDefinition} and {@link BeatDefinition}.
 */
@Service
public class Boundaries {

    private static final String JURISDICTIONS = """
            select j.code, j.name, j.kind, j.boundary::text as boundary,
                   (select count(*) from geography.beat b where b.jurisdiction_id = j.id) as beats,
                   (select count(*) from geography.address a where a.jurisdiction_id = j.id) as addresses
            from geography.jurisdiction j
            """;

    private static final String BEATS = """
            select b.code, b.name, j.code as jurisdiction_code, j.name as jurisdiction_name, j.kind,
                   b.boundary::text as boundary,
                   (select count(*) from geography.address a where a.beat_id = b.id) as addresses
            from geography.beat b join geography.jurisdiction j on j.id = b.jurisdiction_id
            """;

    private final JdbcClient jdbc;
    private final AddressPlacement placement;
    private final AuditTrail audit;

    Boundaries(JdbcClient jdbc, AddressPlacement placement, AuditTrail audit) {
        this.jdbc = jdbc;
        this.placement = placement;
        this.audit = audit;
    }

    /**
     * Creates the jurisdiction, or changes the one with the same code.
     *
     * <p>No role check: there is no page for it yet; the demo data and set-up code call it.
     */
    @Transactional
    public void defineJurisdiction(JurisdictionDefinition definition) {
        boolean existed = findJurisdiction(definition.code()).isPresent();
        long id = jdbc.sql("""
                        insert into geography.jurisdiction (code, name, kind, boundary)
                        values (:code, :name, :kind, cast(:boundary as polygon))
                        on conflict (code) do update
                            set name = excluded.name, kind = excluded.kind, boundary = excluded.boundary,
                                updated_at = now()
                        returning id
                        """)
                .param("code", definition.code())
                .param("name", definition.name())
                .param("kind", definition.kind().name())
                .param("boundary", definition.boundary().toPostgres())
                .query(Long.class)
                .single();
        placement.placeAfterJurisdictionChange(id, definition.boundary());
        audit.success(existed ? AuditAction.CHANGE : AuditAction.CREATE, "jurisdiction", definition.code());
    }

    /**
     * Creates the beat, or changes the one with the same code.
     *
     * <p>No role check: there is no page for it yet; the demo data and set-up code call it.
     *
     * @throws NoSuchRecordException when the jurisdiction does not exist
     */
    @Transactional
    public void defineBeat(BeatDefinition definition) {
        long jurisdiction = jdbc.sql("select id from geography.jurisdiction where code = :code")
                .param("code", definition.jurisdictionCode())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NoSuchRecordException("jurisdiction", definition.jurisdictionCode()));
        boolean existed = findBeat(definition.code()).isPresent();
        long id = jdbc.sql("""
                        insert into geography.beat (code, name, jurisdiction_id, boundary)
                        values (:code, :name, :jurisdiction, cast(:boundary as polygon))
                        on conflict (code) do update
                            set name = excluded.name, jurisdiction_id = excluded.jurisdiction_id,
                                boundary = excluded.boundary, updated_at = now()
                        returning id
                        """)
                .param("code", definition.code())
                .param("name", definition.name())
                .param("jurisdiction", jurisdiction)
                .param("boundary", definition.boundary().toPostgres())
                .query(Long.class)
                .single();
        placement.placeAfterBeatChange(id, definition.boundary());
        audit.success(existed ? AuditAction.CHANGE : AuditAction.CREATE, "beat", definition.code());
    }

    /** Every jurisdiction, the department's city first, then by name. */
    public List<Jurisdiction> jurisdictions() {
        return jdbc.sql(JURISDICTIONS + " order by j.kind, j.name")
                .query(Boundaries::jurisdiction)
                .list();
    }

    public Optional<Jurisdiction> findJurisdiction(String code) {
        return jdbc.sql(JURISDICTIONS + " where j.code = :code")
                .param("code", code)
                .query(Boundaries::jurisdiction)
                .optional();
    }

    /** Every beat, grouped by jurisdiction as {@link #jurisdictions()} orders them, then by code. */
    public List<Beat> beats() {
        return jdbc.sql(BEATS + " order by j.kind, j.name, b.code")
                .query(Boundaries::beat)
                .list();
    }

    public Optional<Beat> findBeat(String code) {
        return jdbc.sql(BEATS + " where b.code = :code")
                .param("code", code)
                .query(Boundaries::beat)
                .optional();
    }

    private static Jurisdiction jurisdiction(ResultSet row, int index) throws SQLException {
        return new Jurisdiction(
                row.getString("code"),
                row.getString("name"),
                JurisdictionKind.valueOf(row.getString("kind")),
                GeoPolygon.fromPostgres(row.getString("boundary")),
                row.getInt("beats"),
                row.getLong("addresses"));
    }

    private static Beat beat(ResultSet row, int index) throws SQLException {
        return new Beat(
                row.getString("code"),
                row.getString("name"),
                row.getString("jurisdiction_code"),
                row.getString("jurisdiction_name"),
                JurisdictionKind.valueOf(row.getString("kind")),
                GeoPolygon.fromPostgres(row.getString("boundary")),
                row.getLong("addresses"));
    }
}
