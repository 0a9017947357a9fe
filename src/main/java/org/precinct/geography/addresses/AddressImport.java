package org.precinct.geography.addresses;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.shared.RuleViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads address files into the address index: the good rows of a file in one transaction, each address placed in
 * its beat and jurisdiction, an address already in the index moved to the file's position.
 *
 * <p>The index is written with batched SQL rather than as Spring Data aggregates: it is reference data loaded
 * tens of thousands of rows at a time, and its geometric columns have no Spring Data mapping.
 *
 * <p>No role check here: the upload page allows administrators only, and the demo data loads the demo index
 * without anyone signed in.
 */
@Service
public class AddressImport {

    /** Arbitrary constant naming the advisory lock that lets one import run at a time, so its counts are true. */
    private static final long IMPORT_LOCK = 0x4745_4f5f_494d_5054L;

    private static final int BATCH_SIZE = 1_000;

    /** Beyond this many new or moved addresses the planner's statistics are refreshed at once, not at autovacuum's leisure. */
    private static final int ANALYZE_AFTER = 1_000;

    private static final String UPSERT = """
            insert into geography.address as a (full_address, normalized, house_number, street, latitude, longitude)
            values (?, ?, ?, ?, ?, ?)
            on conflict (normalized) do update
                set full_address = excluded.full_address,
                    house_number = excluded.house_number,
                    street = excluded.street,
                    latitude = excluded.latitude,
                    longitude = excluded.longitude,
                    updated_at = now()
                where a.full_address <> excluded.full_address
                   or a.latitude <> excluded.latitude
                   or a.longitude <> excluded.longitude
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final AddressPlacement placement;
    private final AuditTrail audit;

    AddressImport(JdbcClient jdbc, JdbcTemplate batches, AddressPlacement placement, AuditTrail audit) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.placement = placement;
        this.audit = audit;
    }

    /**
     * Imports a CSV file given as bytes, which must be UTF-8.
     *
     * @throws RuleViolationException when the file as a whole cannot be imported (see {@link AddressCsv#read});
     *     then nothing is changed
     */
    @Transactional
    public AddressImportReport importCsv(InputStream bytes) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return importCsv(new InputStreamReader(bytes, decoder));
    }

    /**
     * Imports a CSV file.
     *
     * @throws RuleViolationException when the file as a whole cannot be imported (see {@link AddressCsv#read});
     *     then nothing is changed
     */
    @Transactional
    public AddressImportReport importCsv(Reader text) {
        AddressFile file = AddressCsv.read(text);
        AddressImportReport report = store(file);
        audit.success(
                AuditAction.CREATE,
                "address-index",
                "imported=%d updated=%d unchanged=%d rejected=%d"
                        .formatted(
                                report.imported(),
                                report.updated(),
                                report.unchanged(),
                                report.rejected().size()));
        return report;
    }

    private AddressImportReport store(AddressFile file) {
        jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", IMPORT_LOCK)
                .query()
                .singleRow();
        List<AddressRow> rows = file.rows();
        String[] keys = rows.stream().map(row -> row.normalised().text()).toArray(String[]::new);
        Map<String, Stored> existing = new HashMap<>();
        jdbc.sql("""
                        select normalized, full_address, latitude, longitude
                        from geography.address where normalized = any(:keys)
                        """).param("keys", keys).query(resultSet -> {
            existing.put(
                    resultSet.getString("normalized"),
                    new Stored(
                            resultSet.getString("full_address"),
                            resultSet.getDouble("latitude"),
                            resultSet.getDouble("longitude")));
        });
        int imported = 0;
        int updated = 0;
        int unchanged = 0;
        for (AddressRow row : rows) {
            Stored stored = existing.get(row.normalised().text());
            if (stored == null) {
                imported++;
            } else if (stored.sameAs(row)) {
                unchanged++;
            } else {
                updated++;
            }
        }
        batches.batchUpdate(UPSERT, rows, BATCH_SIZE, (statement, row) -> {
            statement.setString(1, row.address());
            statement.setString(2, row.normalised().text());
            statement.setObject(3, row.normalised().houseNumber(), java.sql.Types.INTEGER);
            statement.setString(4, row.normalised().street());
            statement.setDouble(5, row.point().latitude());
            statement.setDouble(6, row.point().longitude());
        });
        placement.placeAddresses(keys);
        if (imported + updated > ANALYZE_AFTER) {
            // Without fresh statistics the planner takes a grown index for a small table and scans it row by row.
            jdbc.sql("analyze geography.address").update();
        }
        int outside = jdbc.sql("""
                        select count(*) from geography.address
                        where normalized = any(:keys) and jurisdiction_id is null
                        """).param("keys", keys).query(Integer.class).single();
        return new AddressImportReport(imported, updated, unchanged, outside, file.rejected());
    }

    private record Stored(String fullAddress, double latitude, double longitude) {

        boolean sameAs(AddressRow row) {
            return fullAddress.equals(row.address())
                    && latitude == row.point().latitude()
                    && longitude == row.point().longitude();
        }
    }
}
